import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanTestSupport

@testable import YusuanValidation

/// A report written one entry at a time (`validate` on a batch) is byte for byte the report of all the entries at
/// once, in every format; JSON Lines holds the same objects as the JSON document's `reports`.
struct StreamingReportWriterTests {
    /// Reports of generated documents (a series, so N5 runs), a seed with an error, a joined document and a part
    /// validated alone: every kind of entry a batch writes.
    static func entries() throws -> [ReportEntry] {
        let validator = Validator()
        var entries: [ReportEntry] = []
        let generated = DisclosureGenerator.generate(count: 9, seed: 5)
        for (index, document) in generated.enumerated() {
            let prior = index > 0 ? generated[index - 1] : nil
            entries.append(
                ReportEntry(fileName: "gen/\(index).txt", report: validator.validate(document, prior: prior))
            )
        }
        let broken = try Seeds.year2024.with { $0.tables.threePublicExpenditure?.amounts.reception.bump() }
        entries.append(ReportEntry(fileName: "seed, \"quoted\".txt", report: validator.validate(broken)))
        let (_, parts) = try JoinedDocumentReportTests.seedAndParts()
        let joined = try DisclosureJoiner.join(
            parts.narrative,
            file: JoinedDocumentReportTests.narrativeFile,
            parts.tables,
            file: JoinedDocumentReportTests.tablesFile
        )
        entries.append(
            ReportEntry(
                fileName: "\(JoinedDocumentReportTests.narrativeFile) + \(JoinedDocumentReportTests.tablesFile)",
                report: validator.validate(joined)
            )
        )
        entries.append(
            ReportEntry(fileName: JoinedDocumentReportTests.narrativeFile, report: validator.validate(parts.narrative))
        )
        return entries
    }

    static let writers: [any StreamingReportWriter] = [
        TextReportWriter(language: .zh), TextReportWriter(language: .en, includesInfo: false),
        JSONReportWriter(language: .zh), JSONReportWriter(language: .en), CSVReportWriter(language: .zh),
        CSVReportWriter(language: .en, includesByteOrderMark: false),
    ]

    @Test func everyFormatStreamsTheSameBytes() throws {
        let entries = try Self.entries()
        #expect(entries.contains { $0.report.hasErrors })
        #expect(entries.contains { $0.report.parts?.count == 2 })
        for writer in Self.writers {
            for count in [0, 1, 2, entries.count] {
                let prefix = Array(entries.prefix(count))
                let whole = writer.render(prefix)
                #expect(writer.renderStreamed(prefix) == whole, "\(type(of: writer)) \(writer.language) \(count)")
                // Bodies rendered in another order (as parallel workers do) and put back in input order.
                let bodies = Dictionary(
                    uniqueKeysWithValues: prefix.indices.reversed().map { ($0, writer.body(of: prefix[$0])) }
                )
                var text = writer.header
                for index in prefix.indices {
                    if index > 0 { text += writer.separator }
                    text += bodies[index] ?? ""
                }
                #expect(text + writer.footer(entryCount: prefix.count) == whole)
            }
        }
    }

    /// The JSON bodies are written without `JSONEncoder`: byte for byte what it writes, pretty and compact, for every
    /// entry — and for texts that need every kind of escape.
    @Test func jsonBodiesAreTheEncodersBytes() throws {
        var entries = try Self.entries()
        var odd = entries[0]
        odd.fileName = "a/\"b\"\\c\u{01}\u{08}\u{0C}\n\r\t\u{1F}\u{7F}é\u{2028}.txt"
        odd.report.departmentName = "部门\"名\"/"
        odd.report.parts = [DocumentPart(file: "n\t.pdf", content: .narrative, firstLine: 1, lineCount: 3)]
        entries.append(odd)
        for language in [Language.zh, .en] {
            let json = JSONReportWriter(language: language)
            let lines = JSONLinesReportWriter(language: language)
            for entry in entries {
                #expect(json.body(of: entry) == json.encodedBody(of: entry), "\(entry.fileName)")
                #expect(lines.body(of: entry) == lines.encodedBody(of: entry), "\(entry.fileName)")
            }
        }
    }

    /// A report made by hand with every kind of field the JSON writers write, present and absent, and texts that need
    /// every escape: control characters, quotes, backslashes, a slash (not escaped), non-BMP scalars, U+2028, empty
    /// strings; an outcome whose rule has no descriptor, one with a reason, findings with and without amounts and a
    /// related location, lines inside and outside the parts, numbers of one digit and of several, negative ones.
    static func trickyEntries() -> [ReportEntry] {
        let tricky = "a\u{0}\u{1}\u{1F}\u{7F}\"q\"\\/😀𠀀\u{10FFFF}\u{2028}é\r\n\t\u{08}\u{0C}"
        let descriptor = RuleDescriptor(
            id: "T1" + tricky,
            titleZh: "标题" + tricky,
            titleEn: "",
            severity: .warning,
            category: .crossTable,
            tables: [],
            tolerance: .exact
        )
        let full = FindingLocation(
            table: .financialSummary,
            caption: tricky,
            row: "",
            column: "列😀",
            line: 12,
            sentence: tricky
        )
        let findings = [
            Finding(
                ruleID: descriptor.id,
                severity: .warning,
                message: LocalizedText(zh: tricky, en: ""),
                location: full,
                related: FindingLocation(line: 3),
                expected: Amount(minorUnits: -123_456, scale: 2),
                actual: Amount(0),
                difference: Amount(minorUnits: 5, scale: 4),
                tolerance: Amount(minorUnits: 1, scale: 2)
            ),
            Finding(
                ruleID: "",
                severity: .info,
                isRounding: true,
                message: LocalizedText(zh: "", en: tricky),
                location: FindingLocation(line: -7)
            ),
            Finding(
                ruleID: "E",
                severity: .error,
                message: LocalizedText(zh: "错", en: "e"),
                location: FindingLocation()
            ),
        ]
        let outcomes = [
            RuleOutcome(ruleID: descriptor.id, status: .failed, findings: Array(findings.prefix(2))),
            RuleOutcome(
                ruleID: "no descriptor " + tricky,
                status: .notApplicable,
                reason: LocalizedText(zh: tricky, en: "")
            ),
            RuleOutcome(ruleID: "E", status: .failed, findings: Array(repeating: findings[2], count: 12)),
            RuleOutcome(ruleID: "I", status: .insufficientData, reason: LocalizedText(zh: "", en: "")),
        ]
        let report = ValidationReport(
            departmentCode: tricky,
            departmentName: "",
            year: -1,
            outcomes: outcomes,
            descriptors: [
                descriptor,
                RuleDescriptor(
                    id: "E",
                    titleZh: "",
                    titleEn: "E",
                    severity: .error,
                    category: .arithmetic,
                    tables: [],
                    tolerance: .exact
                ),
            ]
        )
        var parted = report
        parted.parts = [
            DocumentPart(file: tricky, content: .narrative, firstLine: 1, lineCount: 10),
            DocumentPart(file: "", content: .tables, firstLine: 11, lineCount: 1_000),
        ]
        var alone = report
        alone.parts = [DocumentPart(file: "t.txt", content: .tables, firstLine: 1, lineCount: 5)]
        alone.departmentCode = nil
        let empty = ValidationReport(
            departmentCode: nil,
            departmentName: tricky,
            year: 0,
            outcomes: [],
            descriptors: []
        )
        return [
            ReportEntry(fileName: tricky, report: report), ReportEntry(fileName: "", report: parted),
            ReportEntry(fileName: "alone", report: alone), ReportEntry(fileName: "empty", report: empty),
        ]
    }

    /// The writers' bytes are `JSONEncoder`'s, pretty and compact, on reports with every kind of field and escape,
    /// and the bytes `validate` writes are the body's text.
    @Test func jsonBodiesAreTheEncodersBytesOnTrickyReports() throws {
        for language in [Language.zh, .en] {
            let json = JSONReportWriter(language: language)
            let lines = JSONLinesReportWriter(language: language)
            for entry in Self.trickyEntries() {
                #expect(json.body(of: entry) == json.encodedBody(of: entry), "\(entry.fileName)")
                #expect(lines.body(of: entry) == lines.encodedBody(of: entry), "\(entry.fileName)")
                #expect(json.bodyBytes(of: entry) == Array(json.encodedBody(of: entry).utf8), "\(entry.fileName)")
                #expect(lines.bodyBytes(of: entry) == Array(lines.encodedBody(of: entry).utf8), "\(entry.fileName)")
            }
            // The whole document, streamed, is the encoder's document.
            let entries = Self.trickyEntries()
            #expect(json.renderStreamed(entries) == json.render(entries))
        }
    }

    /// Every writer's bytes are its body's text (the default for the text and CSV writers).
    @Test func bodyBytesAreTheBodysText() throws {
        let entries = try Self.entries() + Self.trickyEntries()
        for writer in Self.writers + [JSONLinesReportWriter(language: .zh), JSONLinesReportWriter(language: .en)] {
            for entry in entries {
                #expect(writer.bodyBytes(of: entry) == Array(writer.body(of: entry).utf8), "\(type(of: writer))")
            }
        }
    }

    /// Each outcome's title, severity and category are its rule's, whether the report's descriptors stand in the
    /// outcomes' order (every rule ran) or not.
    @Test func jsonOutcomesTakeTheirOwnRulesDescriptor() throws {
        let entries = try Self.entries()
        for language in [Language.zh, .en] {
            let json = JSONReportWriter(language: language)
            for entry in entries {
                #expect(entry.report.descriptors.map(\.id) == entry.report.outcomes.map(\.ruleID))
                var shuffled = entry
                shuffled.report.descriptors.reverse()
                #expect(json.body(of: shuffled) == json.body(of: entry), "\(entry.fileName)")
                var fewer = entry
                fewer.report.descriptors.removeLast()
                let outcomes = JSONReportWriter.FileReport(fewer, language: language).outcomes
                let last = try #require(outcomes.last)
                #expect(last.title == last.rule && last.severity.isEmpty && last.category.isEmpty)
                #expect(
                    outcomes.dropLast() == JSONReportWriter.FileReport(entry, language: language).outcomes.dropLast()
                )
            }
        }
    }

    @Test func jsonLinesHoldsTheReportsOfTheJSONDocument() throws {
        let entries = try Self.entries()
        for language in [Language.zh, .en] {
            let lines = JSONLinesReportWriter(language: language).render(entries)
            #expect(lines.hasSuffix("\n"))
            let split = lines.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(split.count == entries.count)
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(JSONReportWriter(language: language).render(entries).utf8))
                    as? [String: Any]
            )
            let reports = try #require(document["reports"] as? [Any])
            for (line, report) in zip(split, reports) {
                #expect(!line.contains("\n"))
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                #expect(try Self.canonical(object) == Self.canonical(report))
            }
        }
        #expect(JSONLinesReportWriter().render([]) == "")
    }

    /// A parsed JSON value written again with sorted keys, to compare two values.
    static func canonical(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    }
}
