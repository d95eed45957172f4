import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanTestSupport

@testable import YusuanValidation

/// Reports of a document joined from a narrative file and a tables file name the file each line is in and the line
/// there; a part validated alone says so, and its rules that need the other part report insufficient data.
struct JoinedDocumentReportTests {
    static let narrativeFile = "2025-情况说明.pdf"
    static let tablesFile = "2025-报表.pdf"

    static func seedAndParts() throws -> (seed: Disclosure, parts: SeedParts) {
        let name = Seeds.names[1]
        let seed = try Seeds.disclosure(name)
        return (seed, try SeedParts(seed, text: Seeds.text(name), narrativeFile: narrativeFile, tablesFile: tablesFile))
    }

    static func joined() throws -> (seed: ValidationReport, joined: ValidationReport, narrativeLines: Int) {
        let (seed, parts) = try seedAndParts()
        let document = try DisclosureJoiner.join(
            parts.narrative,
            file: narrativeFile,
            parts.tables,
            file: tablesFile
        )
        return (Validator().validate(seed), Validator().validate(document), parts.narrativeLines)
    }

    /// The file and line a report must print for a line of the seed.
    static func place(of line: Int, narrativeLines: Int) -> String {
        line <= narrativeLines ? "\(narrativeFile):\(line)" : "\(tablesFile):\(line - narrativeLines)"
    }

    @Test func theJoinedSeedHasTheSeedsFindingsAtItsFilesLines() throws {
        let (seed, joined, narrativeLines) = try Self.joined()
        #expect(joined.findings == seed.findings)
        #expect(joined.parts?.map(\.file) == [Self.narrativeFile, Self.tablesFile])
        let writer = TextReportWriter(language: .zh)
        let lines = joined.findings.compactMap(\.location.line)
        // The seed has findings in both parts (R5 in the narrative, P6 in 表十一).
        #expect(lines.contains { $0 <= narrativeLines } && lines.contains { $0 > narrativeLines })
        for finding in joined.findings {
            let text = writer.diagnostic(finding, fileName: "joined", report: joined)
            if let line = finding.location.line {
                #expect(text.hasPrefix(Self.place(of: line, narrativeLines: narrativeLines) + ": "), "\(text)")
            } else {
                #expect(text.hasPrefix("joined: "), "\(text)")
            }
        }
        let rendered = writer.render([
            ReportEntry(fileName: "\(Self.narrativeFile) + \(Self.tablesFile)", report: joined)
        ])
        #expect(rendered.contains("\(Self.tablesFile):\(396 - narrativeLines): warning[P6]"))
        #expect(!rendered.contains("未配对"))
    }

    @Test func csvNamesTheFileAndLineOfEachFinding() throws {
        let (_, joined, narrativeLines) = try Self.joined()
        let csv = CSVReportWriter(language: .zh, includesByteOrderMark: false).render(joined, fileName: "joined")
        let rows = csv.split(separator: "\r\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.count == joined.findings.count)
        for (row, finding) in zip(rows, joined.findings) {
            if let line = finding.location.line {
                #expect("\(row[0]):\(row[8])" == Self.place(of: line, narrativeLines: narrativeLines))
            } else {
                #expect(row[0] == "joined" && row[8].isEmpty)
            }
        }
    }

    @Test func jsonGivesTheFileTheLineAndTheDocumentLine() throws {
        let (_, joined, narrativeLines) = try Self.joined()
        let text = JSONReportWriter(language: .en).render(joined, fileName: "joined")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let report = try #require((object["reports"] as? [[String: Any]])?.first)
        let parts = try #require(report["parts"] as? [[String: Any]])
        #expect(parts.map { $0["file"] as? String } == [Self.narrativeFile, Self.tablesFile])
        #expect(parts.map { $0["content"] as? String } == ["narrative", "tables"])
        #expect(parts[1]["firstLine"] as? Int == narrativeLines + 1)
        #expect(report["unpaired"] == nil)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let p6 = try #require(findings.first { $0["rule"] as? String == "P6" }?["location"] as? [String: Any])
        #expect(p6["file"] as? String == Self.tablesFile)
        #expect(p6["line"] as? Int == 396 - narrativeLines)
        #expect(p6["documentLine"] as? Int == 396)
        let r5 = try #require(findings.first { $0["rule"] as? String == "R5" }?["location"] as? [String: Any])
        #expect(r5["file"] as? String == Self.narrativeFile)
        #expect(r5["documentLine"] == nil)
    }

    /// A whole document's report is as before: no parts, lines of the file given.
    @Test func aWholeDocumentHasNoParts() throws {
        let (seed, _, _) = try Self.joined()
        #expect(seed.parts == nil && seed.place(of: 396) == nil && seed.unpairedContent == nil)
        let text = JSONReportWriter(language: .en).render(seed, fileName: "a.txt")
        #expect(!text.contains("\"parts\"") && !text.contains("\"documentLine\"") && !text.contains("\"unpaired\""))
    }

    /// The narrative alone: the rules that read tables (R1 asks for the eleven tables, N2 compares the narrative's
    /// classes with 表八) report insufficient data instead of errors; the narrative's own rules still run.
    @Test func theNarrativeAloneReportsInsufficientDataForTheTables() throws {
        let (seed, parts) = try Self.seedAndParts()
        let report = Validator().validate(parts.narrative)
        #expect(report.unpairedContent == .narrative)
        #expect(report.errorCount == 0)
        for rule in ["R1", "N2", "A1", "X3", "C1", "P2"] {
            let outcome = try #require(report.outcome(of: rule))
            #expect(outcome.status == .insufficientData, "\(rule)")
            #expect(outcome.reason?.zh.contains("只有情况说明") == true)
        }
        // N13 (stated percentages) and R5/R6 (wording, placeholders) read the narrative alone.
        #expect(report.outcome(of: "N13")?.status == Validator().validate(seed).outcome(of: "N13")?.status)
        #expect(report.outcome(of: "R6")?.status != .insufficientData)
        let summary = TextReportWriter(language: .zh).summary(ReportEntry(fileName: Self.narrativeFile, report: report))
        #expect(summary.contains("2025年（只有情况说明，未与表格配对）：错误 0"))
        let english = TextReportWriter(language: .en).summary(ReportEntry(fileName: Self.narrativeFile, report: report))
        #expect(english.contains("2025 (narrative only, not paired with its tables): 0 errors"))
        let json = JSONReportWriter().render(report, fileName: Self.narrativeFile)
        #expect(json.contains("\"unpaired\" : true"))
    }

    /// The tables alone: the rules that read the narrative (R2 asks for its sections, N10 for 机关运行经费) report
    /// insufficient data; the tables' own rules run as on the whole seed.
    @Test func theTablesAloneReportInsufficientDataForTheNarrative() throws {
        let (seed, parts) = try Self.seedAndParts()
        let report = Validator().validate(parts.tables)
        let whole = Validator().validate(seed)
        #expect(report.unpairedContent == .tables)
        for rule in ["R2", "N10", "N1", "N6"] {
            let outcome = try #require(report.outcome(of: rule))
            #expect(outcome.status == .insufficientData, "\(rule)")
            #expect(outcome.reason?.zh.contains("只有表格") == true)
        }
        for rule in ["A1", "A5", "X3", "C1", "P6", "R1"] {
            #expect(report.outcome(of: rule)?.findings.count == whole.outcome(of: rule)?.findings.count, "\(rule)")
        }
        let summary = TextReportWriter(language: .zh).summary(ReportEntry(fileName: Self.tablesFile, report: report))
        #expect(summary.contains("（只有表格，未与情况说明配对）"))
    }

    /// Without `needs`, a rule needs what its category and tables say; `needs` overrides that.
    @Test func theCatalogueSaysWhichPartEachRuleNeeds() throws {
        let catalogue = RuleCatalogue.standard
        let r2 = try #require(catalogue.descriptor(id: "R2"))
        #expect(r2.needsNarrative && !r2.needsTables)
        let r6 = try #require(catalogue.descriptor(id: "R6"))
        #expect(!r6.needsNarrative && !r6.needsTables)
        let n2 = try #require(catalogue.descriptor(id: "N2"))
        #expect(n2.needs == nil && n2.needsNarrative && n2.needsTables)
        let f1 = try #require(catalogue.descriptor(id: "F1"))
        #expect(!f1.needsNarrative && f1.needsTables)
        let n13 = try #require(catalogue.descriptor(id: "N13"))
        #expect(n13.needsNarrative && !n13.needsTables)
    }
}
