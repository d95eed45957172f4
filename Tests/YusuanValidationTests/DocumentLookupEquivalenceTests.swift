import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// The validator's document-level fast paths (pre-filters of the narrative rules, placeholder and block searches,
/// renamed rows, amounts and names read once per document) give the same answers as the plain reading they replace.
struct DocumentLookupEquivalenceTests {
    /// N15's pre-filter never skips a text in which a figure is zero.
    @Test func zeroFigureFilterKeepsEveryTextWithAZeroFigure() throws {
        var texts = [
            "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元", "支出0.00万元，比上年增加5万元", "收入 0,000.0 元",
            "比2023年增加10万元", "共计100万元", "0", "a.05万元", "0.5万元", "1.0万元", "00万元比上年增长", "",
        ]
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 9, count: 10) {
            texts += document.narrative.blocks.map(\.text)
        }
        for text in texts {
            let hasZero = NarrativeText.figures(in: text).contains { $0.amount.isZero }
            if hasZero { #expect(NarrativeText.mayHaveZeroFigure(text), "\(text)") }
            if hasZero { #expect(NarrativeText.mayHaveZeroFigure(text[...]), "\(text)") }
        }
        #expect(!NarrativeText.mayHaveZeroFigure("比2023年增加10万元"))
        #expect(NarrativeText.mayHaveZeroFigure("支出0.00万元"))
    }

    /// R6's needle set reports the first placeholder of its list that a plain byte search finds, and the tag test
    /// is a byte search for `<`.
    @Test func placeholdersAsAPlainSearch() throws {
        func has(_ text: String, _ needle: String) -> Bool {
            let bytes = Array(text.utf8)
            let needle = Array(needle.utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        var texts = [
            "", "X", "XX", "xX", "xx年", "x", "Ｘ", "ＸＸ", "×", "××", "待", "待填写", "{", "{单位}", "【", "【单位名称】",
            "<", "<p>", "a<b", "X<", "文本X", "文本X待", "弃", "彳", "徒", "《", "〔", "Ｙ", "ｘ", "Ã", "é", "😀X", "😀XX",
            "😀<", "比上年增加10万元。", "部门XX年预算", "预算<ol style=\"x\">", "\u{E5}\u{BE}", "É×", "待补充XX",
        ]
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 7, count: 10) {
            texts += document.narrative.blocks.map(\.text)
        }
        let placeholders = R6NoPlaceholders.placeholders.needles
        for word in placeholders {
            texts += ["文本" + word, word + "X", "【" + word, "<p>" + word + "{", "xx" + word]
        }
        for text in texts {
            let first = placeholders.first { has(text, $0) }
            #expect(R6NoPlaceholders.placeholders.first(in: text) == first, "\(text)")
            #expect(text.has("<") == has(text, "<"), "\(text)")
        }
    }

    /// N15 tests whole paragraphs before splitting them: a paragraph that fails the test has no clause that passes.
    @Test func changeFromZeroParagraphFilterKeepsEveryCandidateClause() throws {
        var narratives: [Narrative] = []
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 8, count: 20) {
            narratives.append(document.narrative)
        }
        let texts = [
            "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。其他", "收入0万元；比上年增长5万元", "比上年增加0;支出0.00万元",
            "支出0万元。比上年增加", "比上年增加10万元；支出0", "0。比增加", "比增长0", "比上年减少0万元",
        ]
        narratives.append(
            Narrative(
                title: "",
                blocks: texts.enumerated().map { NarrativeBlock(kind: .paragraph, text: $1, line: $0 + 1) },
                facts: NarrativeFacts()
            )
        )
        for narrative in narratives {
            var candidates: [String] = []
            NarrativeText.forEachClause(of: narrative) { clause, _ in
                if clause.has("比"), clause.has("增加") || clause.has("增长"), NarrativeText.mayHaveZeroFigure(clause) {
                    candidates.append(String(clause))
                }
            }
            var filtered: [String] = []
            NarrativeText.forEachClause(of: narrative, paragraphFilter: N15ChangeFromZero.mayHaveCandidate) {
                clause,
                _ in
                if N15ChangeFromZero.mayHaveCandidate(clause) { filtered.append(String(clause)) }
            }
            #expect(filtered == candidates)
        }
    }

    /// N7's and P1's blank test answers as trimming the spaces and testing for an empty text.
    @Test func blankReasonAsTrimmingSpaces() {
        let texts = [
            "", " ", "\t", "\u{3000}", "\u{00A0}", " \u{3000}\t\u{00A0} ", "a", " a ", "\u{3000}原因", "原因\u{3000}",
            "\u{2003}",
            "\u{00A0}x", "\n", "\u{3001}", "\u{E3}", "\u{3000}\u{301}", " \u{301}",
        ]
        for text in texts {
            #expect(
                text.isOnlySpaces == text.trimmingSpaces().isEmpty,
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    /// R5 names a paragraph's place as before: `第12行`, or `第?行` without a line.
    @Test func entityWordingPlaceNames() {
        #expect(R5EntityWording.Place.line(12).name == "第12行")
        #expect(R5EntityWording.Place.line(nil).name == "第?行")
        #expect(R5EntityWording.Place.named("标题").name == "标题")
    }

    /// X11 finds the renamed rows as a dictionary of the codes as texts does, with codes repeated within a table and
    /// across tables, names changed, and codes that are not made of digits.
    @Test func renamedRowsAsADictionaryOfCodes() throws {
        func reference(_ tables: [CodedTableView]) -> [[Int]] {
            var result: [[Int]] = []
            var first: [String: (table: Int, row: Int)] = [:]
            for (tablePosition, table) in tables.enumerated() {
                for (rowPosition, row) in table.rows.enumerated() {
                    guard let (firstTable, firstRow) = first[row.code] else {
                        first[row.code] = (tablePosition, rowPosition)
                        continue
                    }
                    guard !Labels.same(tables[firstTable].rows[firstRow].name, row.name) else { continue }
                    result.append([tablePosition, rowPosition, firstTable, firstRow])
                }
            }
            return result
        }
        func view(_ rows: [(String, String)]) -> CodedTableView { LookupEquivalenceTests.functionView(rows) }
        var cases: [[CodedTableView]] = [
            [
                view([("201", "甲"), ("20101", "乙"), ("201", "丙"), ("A", "x"), ("", "合计"), ("A", "y")]),
                view([("20101", "乙"), ("201", "丁"), ("205", "戊"), ("A", "z"), ("", "合计"), ("0201", "甲")]),
                view([("205", "己"), ("201", "甲"), ("123456789012345678", "a"), ("20101", "乙 ")]),
                view([("123456789012345678", "b"), ("205", "戊"), ("0201", "乙")]),
            ]
        ]
        var random = SplitMix64(seed: 3)
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 6, count: 10) {
            var changed = document
            if var table = changed.tables.departmentExpenditure, !table.rows.isEmpty {
                table.rows[random.int(in: 0...(table.rows.count - 1))].name = "改名"
                changed.tables.departmentExpenditure = table
            }
            cases.append(DocumentIndex(document.tables).functionTables)
            cases.append(DocumentIndex(changed.tables).functionTables)
        }
        for tables in cases {
            #expect(
                X11SameCodeSameName.renamedRows(in: tables).map { [$0.table, $0.row, $0.firstTable, $0.firstRow] }
                    == reference(tables)
            )
        }
    }

    /// A11's test of every amount answers as the test of the tables' `columns` it replaces.
    @Test func anyAmountAsTheColumns() throws {
        func reference(_ tables: DisclosureTables, where test: (Amount) -> Bool) -> Bool {
            func check(_ amounts: [Amount?]) -> Bool { amounts.contains { $0.map(test) ?? false } }
            func check(_ amount: Amount?) -> Bool { amount.map(test) ?? false }
            if let table = tables.financialSummary {
                for line in table.lines where check(line.incomeAmount) || check(line.expenditure.columns) {
                    return true
                }
            }
            for table in [
                tables.generalBudgetExpenditure, tables.governmentFundExpenditure, tables.departmentExpenditure,
            ] {
                guard let table else { continue }
                if let total = table.totalRow, check(total.amounts.columns) { return true }
                for row in table.rows where check(row.amounts.columns) { return true }
            }
            if let table = tables.generalBudgetBasicExpenditure {
                if let total = table.totalRow, check(total.columns) { return true }
                for row in table.rows where check(row.columns) { return true }
            }
            if let table = tables.threePublicExpenditure {
                let amounts = table.amounts
                if check([
                    amounts.total, amounts.abroad, amounts.vehicleSubtotal, amounts.vehiclePurchase,
                    amounts.vehicleOperation, amounts.reception,
                ]) {
                    return true
                }
            }
            if let table = tables.departmentSummary {
                for line in table.lines where check(line.incomeAmount) || check(line.expenditureAmount) { return true }
            }
            for table in [tables.departmentIncome, tables.procurement] {
                guard let table else { continue }
                if let total = table.totalRow, check(total.total) || check(total.sources) { return true }
                for row in table.rows where check(row.total) || check(row.sources) { return true }
            }
            if let table = tables.overallPerformance {
                if check(table.budget) || table.indicators.contains(where: { check($0.weight) }) { return true }
            }
            for project in tables.projectPerformance {
                if check(project.budget) || project.indicators.contains(where: { check($0.weight) }) { return true }
            }
            return false
        }
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 2, count: 10) {
            var values = AmountCells.all(in: document.tables).compactMap(\.amount)
            values += [Amount("-1"), Amount("0.001"), Amount("123456789.12")].compactMap { $0 }
            for value in values {
                #expect(
                    A11AmountFormat.anyAmount(in: document.tables, where: { $0 == value })
                        == reference(document.tables, where: { $0 == value })
                )
            }
            for test in [{ (amount: Amount) in amount.isNegative }, { $0.scale > 2 }, { $0.isZero }] {
                #expect(
                    A11AmountFormat.anyAmount(in: document.tables, where: test)
                        == reference(document.tables, where: test)
                )
            }
        }
    }

    /// P1 finds repeated project names as a set of the normalized names does, including names that are canonically
    /// equivalent with different bytes.
    @Test func repeatedProjectNamesAsASet() {
        let cases: [[String]] = [
            [], ["项目"], ["项目", "项目"], ["项目A", "项目 A", "项目(A)", "项目（A）"], ["Caf\u{E9}", "Cafe\u{301}", "Cafe"],
            ["甲", "乙", "甲", "乙", "丙"], ["\u{FA10}", "\u{585A}", "塚"], ["K", "\u{212A}", "k"],
        ]
        for names in cases {
            var seen: Set<String> = []
            let expected = names.map { !seen.insert(ClassificationCatalogue.normalized($0)).inserted }
            var projects = P1ProjectTablesComplete.SeenNames()
            #expect(names.map { !projects.insert(ClassificationCatalogue.normalized($0)) } == expected, "\(names)")
        }
    }

    /// R2 searches the blocks one by one as it searched them joined by line breaks.
    @Test func blockSearchAsTheJoinedText() throws {
        let words = [
            "职能职责", "主要职能", "单位构成", "机构设置", "内设机构", "机关运行经费", "政府采购情况", "绩效目标设置", "国有资产", "名词解释",
            "部门", "2025", "。", "本部门无", "经费", "费\n一",
        ]
        var narratives = try ([Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 12, count: 10))
            .map(\.narrative)
        narratives.append(Narrative(title: "", blocks: [], facts: NarrativeFacts()))
        narratives.append(
            Narrative(
                title: "",
                blocks: ["职能", "职责", "机关运行经", "费", "国有资产"].map { NarrativeBlock(kind: .paragraph, text: $0) },
                facts: NarrativeFacts()
            )
        )
        for narrative in narratives {
            let joined = narrative.blocks.map(\.text).joined(separator: "\n")
            let search = R2NarrativeSections.BlockSearch(blocks: narrative.blocks)
            for word in words where !word.contains("\n") {
                #expect(search.has(word) == joined.has(word), "\(word)")
            }
        }
    }

    /// The stated figures with changes read once per document are those of the document's facts, also after the
    /// context's document is replaced.
    @Test func statedFiguresWithChangesOncePerDocument() throws {
        let documents = try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 13, count: 5)
        for document in documents {
            var context = ValidationContext(
                disclosure: documents[0],
                prior: nil,
                options: ValidationOptions(),
                catalogue: .standard
            )
            context.disclosure = document
            let entries = context.statedFiguresWithChanges
            let expected = StatedFigures.withChanges(document.narrative.facts)
            #expect(entries.map(\.fact) == expected.map(\.fact))
            #expect(entries.map(\.figure) == expected.map(\.figure))
        }
    }

    /// N14 walks the stated figures in the order of ``StatedFigures/all(_:)``.
    @Test func statedFiguresVisitedInOrder() throws {
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 5, count: 10) {
            var visited: [StatedFigure] = []
            StatedFigures.forEachFigure(document.narrative.facts) { visited.append($0) }
            #expect(visited == StatedFigures.all(document.narrative.facts).map(\.figure))
        }
    }

    /// C2 answers once per code and name: a code whose name is wrong in one table only is reported in that table
    /// only, whichever table comes first.
    @Test func classificationNameCheckedPerTable() throws {
        let validator = Validator(catalogue: RuleCatalogue.standard.only(["C2"]))
        let seed = try Seeds.year2025
        let base = validator.validate(seed).findings.count
        let general = try #require(seed.tables.generalBudgetExpenditure)
        let position = try #require(general.rows.firstIndex { $0.code.utf8.count == 7 })
        let code = general.rows[position].code
        let department = try #require(seed.tables.departmentExpenditure)
        let departmentPosition = try #require(department.rows.firstIndex { $0.code == code })

        var wrongInGeneral = seed
        wrongInGeneral.tables.generalBudgetExpenditure?.rows[position].name = "不是这个名称"
        let first = validator.validate(wrongInGeneral).findings
        #expect(first.count == base + 1)
        #expect(
            first.contains {
                $0.location.table == .generalBudgetExpenditure && $0.location.row == code
                    && $0.message.zh.contains("不是这个名称")
            }
        )

        var wrongInDepartment = seed
        wrongInDepartment.tables.departmentExpenditure?.rows[departmentPosition].name = "不是这个名称"
        let second = validator.validate(wrongInDepartment).findings
        #expect(second.count == base + 1)
        #expect(
            second.contains {
                $0.location.table == .departmentExpenditure && $0.location.row == code
                    && $0.message.zh.contains("不是这个名称")
            }
        )
    }
}
