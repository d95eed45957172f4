import Foundation
import YusuanCore

/// A deterministic JSON document (sorted keys, amounts as strings) with one report per file: summary, one
/// outcome per rule, and the findings.
public struct JSONReportWriter: StreamingReportWriter {
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

    /// The document's keys before its reports, sorted as the encoder sorts them (`format`, `language`), and the
    /// opening of `reports`.
    public var header: String {
        "{\n  \"format\" : \"\(Self.formatIdentifier)\",\n  \"language\" : \"\(language.rawValue)\",\n  \"reports\" : [\n"
    }

    /// One report as an element of `reports`: the object the whole document holds, indented to its depth (written
    /// by ``ReportJSONText``, the bytes `JSONEncoder` gives).
    public func body(of entry: ReportEntry) -> String { String(decoding: bodyBytes(of: entry), as: UTF8.self) }

    /// The bytes of ``body(of:)``.
    public func bodyBytes(of entry: ReportEntry) -> [UInt8] {
        // Room for the report as most are: about 280 bytes an outcome, pretty.
        var json = ReportJSONText(isPretty: true, depth: 2, capacity: 1_024 + 320 * entry.report.outcomes.count)
        json.write(entry, language: language)
        return json.bytes
    }

    /// One report as `JSONEncoder` writes it alone, indented as an element of `reports` (the reference of the tests).
    func encodedBody(of entry: ReportEntry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(FileReport(entry, language: language)) else { return "{}" }
        // Every line four spaces deeper (a string in JSON holds no line break: each one is the encoder's), but for
        // the empty line the encoder writes inside an empty array.
        var bytes: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        bytes.reserveCapacity(data.count + data.count / 8)
        var previous: UInt8 = 0
        for byte in data {
            if previous == 0x0A, byte != 0x0A { bytes += [0x20, 0x20, 0x20, 0x20] }
            bytes.append(byte)
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Between two reports of `reports`.
    public var separator: String { ",\n" }

    /// The end of `reports` (an empty array is written as the encoder writes one), then `version`.
    public func footer(entryCount: Int) -> String { "\n  ],\n  \"version\" : 1\n}\n" }

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

    struct Outcome: Encodable, Equatable {
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
        /// The line in ``file`` when the document has parts, else the line of the report's file.
        var line: Int?
        /// The file of the part the line belongs to, for a document joined from two files (or one part of one).
        var file: String?
        /// The line through the joined document (the model's source line), when it differs from ``line``.
        var documentLine: Int?
        var sentence: String?

        init(_ location: FindingLocation, report: ValidationReport) {
            table = location.table?.identifier
            caption = location.caption
            row = location.row
            column = location.column
            line = location.line
            if let documentLine = location.line, let place = report.place(of: documentLine) {
                file = place.file
                line = place.line
                if place.line != documentLine { self.documentLine = documentLine }
            }
            sentence = location.sentence
        }
    }

    /// A file of the document (``ValidationReport/parts``).
    struct Part: Encodable {
        var file: String
        var content: String
        var firstLine: Int
        var lineCount: Int
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
        /// The files of a document joined from two, or of a part validated alone.
        var parts: [Part]?
        /// `true` for a part validated without its other file.
        var unpaired: Bool?
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
            parts = report.parts?.map {
                Part(file: $0.file, content: $0.content.rawValue, firstLine: $0.firstLine, lineCount: $0.lineCount)
            }
            unpaired = report.unpairedContent == nil ? nil : true
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
            // When every rule ran, the descriptors stand in the outcomes' order: found by position, not searched
            // for (a search per outcome costs as much as the rest of the report).
            let descriptors = report.descriptors
            let isAligned = descriptors.count == report.outcomes.count
            outcomes = report.outcomes.enumerated().map { index, outcome in
                let descriptor =
                    isAligned && descriptors[index].id == outcome.ruleID
                    ? descriptors[index] : report.descriptor(of: outcome.ruleID)
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
                    location: Location(finding.location, report: report),
                    related: finding.related.map { Location($0, report: report) },
                    expected: finding.expected,
                    actual: finding.actual,
                    difference: finding.difference,
                    tolerance: finding.tolerance
                )
            }
        }
    }
}
