import Foundation
import Testing
import YusuanImport
import YusuanTestSupport

@testable import YusuanCore

/// `Disclosure.shiftingSourceLines(by:)` moves every source line of the model and nothing else.
struct SourceLineShiftTests {
    /// A seed (all eleven tables, narrative facts, contact) with the fields a seed does not fill: per-项 statements
    /// (`priorLine`, `budgetLine`), generic tables, reading issues, a note line, a self-evaluation (`totalLine`,
    /// `gradeLine`).
    static func documentWithEveryLine() throws -> Disclosure {
        var document = try SeedFixtures.disclosure(SeedFixtures.names[1])
        let sentence = Sentence(text: "一般行政管理事务（项）45.41万元", line: 60)
        document.narrative.facts.itemStatements = [
            ItemStatement(
                code: "2012901",
                className: "群众团体事务",
                sectionName: "",
                itemName: "一般行政管理事务",
                amount: Amount("45.41"),
                sentence: sentence,
                priorLine: 61,
                budgetLine: 62
            )
        ]
        document.narrative.facts.carryOverStatement = Sentence(text: "无结转", line: 63)
        document.tables.additionalTables = [
            GenericTable(
                identifier: "jiangsu-09",
                header: TableHeader(caption: "公开09表", title: "会议费、培训费", line: 500, noteLine: 502),
                columns: ["合计"],
                rows: [GenericRow(code: "", name: "合计", amounts: [Amount("1.00")], line: 501)]
            )
        ]
        document.tables.readingIssues = [
            TableReadingIssue(
                table: "procurement",
                caption: "表九",
                title: "政府采购预算明细表",
                line: 503,
                reason: "列未对齐",
                reasonEnglish: "columns not aligned"
            )
        ]
        document.tables.financialSummary?.header.noteLine = 504
        var evaluation = SelfEvaluationSample.table()
        evaluation.line = 510
        evaluation.funds[0].line = 511
        evaluation.indicators[0].line = 512
        evaluation.totalLine = 513
        evaluation.gradeLine = 514
        document.tables.projectSelfEvaluations = [evaluation]
        document.parts = [DocumentPart(file: "a.pdf", content: .narrative, firstLine: 1, lineCount: 600)]
        return document
    }

    /// Walks two JSON values side by side: a value under a source-line key must have moved by `offset`, every other
    /// value must be equal. Returns the source-line keys seen and how many lines moved.
    static func compare(
        _ original: Any,
        _ shifted: Any,
        offset: Int,
        path: String,
        seen: inout Set<String>,
        moved: inout Int
    ) {
        if let one = original as? [String: Any], let other = shifted as? [String: Any] {
            #expect(Set(one.keys) == Set(other.keys), "keys differ at \(path)")
            for (key, value) in one {
                guard let counterpart = other[key] else { continue }
                if Disclosure.sourceLineKeys.contains(key), let line = value as? Int {
                    #expect(counterpart as? Int == line + offset, "\(path).\(key) did not move")
                    seen.insert(key)
                    moved += 1
                } else {
                    compare(value, counterpart, offset: offset, path: "\(path).\(key)", seen: &seen, moved: &moved)
                }
            }
        } else if let one = original as? [Any], let other = shifted as? [Any] {
            #expect(one.count == other.count, "lengths differ at \(path)")
            for (index, pair) in zip(one, other).enumerated() {
                compare(pair.0, pair.1, offset: offset, path: "\(path)[\(index)]", seen: &seen, moved: &moved)
            }
        } else {
            #expect(String(describing: original) == String(describing: shifted), "\(path) changed")
        }
    }

    @Test func everySourceLineMovesAndNothingElse() throws {
        let document = try Self.documentWithEveryLine()
        let shifted = document.shiftingSourceLines(by: 1000)
        let original = try JSONSerialization.jsonObject(with: JSONEncoder().encode(document))
        let moved = try JSONSerialization.jsonObject(with: JSONEncoder().encode(shifted))
        var seen: Set<String> = []
        var count = 0
        Self.compare(original, moved, offset: 1000, path: "disclosure", seen: &seen, moved: &count)
        // The document holds every kind of source line, so a field the shift forgot would have been caught.
        #expect(seen == Disclosure.sourceLineKeys)
        #expect(count > 250)
        // The parts say where the files start: they do not move.
        #expect(shifted.parts == document.parts)
        #expect(shifted.shiftingSourceLines(by: -1000) == document)
    }

    /// Every key of the model that holds a line number (`line`, `…Line` with a number; `unitLine` is the text of a
    /// unit line) is a source line (``Disclosure/sourceLineKeys``), except the parts' `firstLine`: a new line field
    /// must be added there (and so to the shift, whose test above would then fail) — it cannot be forgotten silently.
    @Test func everyLineKeyOfTheModelIsASourceLineKey() throws {
        let document = try Self.documentWithEveryLine()
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, element) in dictionary {
                    if element is Int { keys.insert(key) }
                    collect(element)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: JSONEncoder().encode(document)))
        let lineKeys = keys.filter { $0 == "line" || $0.hasSuffix("Line") }
        #expect(lineKeys == Disclosure.sourceLineKeys.union(["firstLine"]))
    }

    @Test func absentLinesStayAbsent() {
        let document = Disclosure(
            identity: DocumentIdentity(departmentCode: nil, departmentName: "测试", year: 2025),
            narrative: Narrative(title: "", blocks: [NarrativeBlock(kind: .paragraph, text: "无行号")], facts: .init()),
            tables: DisclosureTables()
        )
        #expect(document.shiftingSourceLines(by: 7) == document)
    }
}
