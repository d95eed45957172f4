import Foundation
import YusuanCore

/// A deterministic JSON document (sorted keys, amounts as strings) with one report per file: summary, one
/// outcome per rule, and the findings.
public struct JSONReportWriter: ReportWriter {
    /// The `format` field of the document.
    public static let formatIdentifier = "yusuan-validation-report"

    public var language: Language

    /// Creates a writer.
    public init(language: Language = .zh) { self.language = language }

    public func render(_ entries: [ReportEntry]) -> String {
        let document = Document(
            format: Self.formatIdentifier,
            version: 1,
            language: language.rawValue,
            reports: entries.map { FileReport($0, language: language) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var format: String
        var version: Int
        var language: String
        var reports: [FileReport]
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var info: Int
        var rulesPassed: Int
        var rulesFailed: Int
        var rulesNotApplicable: Int
        var rulesInsufficientData: Int
    }

    struct Outcome: Encodable {
        var rule: String
        var title: String
        var severity: String
        var category: String
        var status: String
        var findings: Int
        var reason: String?
    }

    struct Location: Encodable {
        var table: String?
        var caption: String?
        var row: String?
        var column: String?
        var line: Int?
        var sentence: String?

        init(_ location: FindingLocation) {
            table = location.table?.identifier
            caption = location.caption
            row = location.row
            column = location.column
            line = location.line
            sentence = location.sentence
        }
    }

    struct Item: Encodable {
        var rule: String
        var severity: String
        var rounding: Bool
        var message: String
        var location: Location
        var related: Location?
        var expected: Amount?
        var actual: Amount?
        var difference: Amount?
        var tolerance: Amount?
    }

    struct FileReport: Encodable {
        var file: String
        var department: String
        var departmentCode: String?
        var year: Int
        var hasErrors: Bool
        var summary: Summary
        var outcomes: [Outcome]
        var findings: [Item]

        init(_ entry: ReportEntry, language: Language) {
            let report = entry.report
            file = entry.fileName
            department = report.departmentName
            departmentCode = report.departmentCode
            year = report.year
            hasErrors = report.hasErrors
            summary = Summary(
                errors: report.errorCount,
                warnings: report.warningCount,
                info: report.infoCount,
                rulesPassed: report.count(.passed),
                rulesFailed: report.count(.failed),
                rulesNotApplicable: report.count(.notApplicable),
                rulesInsufficientData: report.count(.insufficientData)
            )
            outcomes = report.outcomes.map { outcome in
                let descriptor = report.descriptor(of: outcome.ruleID)
                return Outcome(
                    rule: outcome.ruleID,
                    title: descriptor?.title(in: language) ?? outcome.ruleID,
                    severity: descriptor?.severity.rawValue ?? "",
                    category: descriptor?.category.rawValue ?? "",
                    status: outcome.status.rawValue,
                    findings: outcome.findings.count,
                    reason: outcome.reason?.text(in: language)
                )
            }
            findings = report.findings.map { finding in
                Item(
                    rule: finding.ruleID,
                    severity: finding.severity.rawValue,
                    rounding: finding.isRounding,
                    message: finding.message.text(in: language),
                    location: Location(finding.location),
                    related: finding.related.map(Location.init),
                    expected: finding.expected,
                    actual: finding.actual,
                    difference: finding.difference,
                    tolerance: finding.tolerance
                )
            }
        }
    }
}
