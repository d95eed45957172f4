import Foundation
import YusuanCore

/// JSON Lines: one report per line, the object ``JSONReportWriter`` puts in `reports` (file, department, year,
/// parts, summary, outcomes, findings) written without indentation, keys sorted.
///
/// Each line stands alone, so a batch's report can be read, filtered (`jq -c`, `grep`) and loaded (DuckDB
/// `read_json`, pandas `read_json(lines=True)`) one report at a time, and a report cut short by a killed run is
/// whole up to its last line.
public struct JSONLinesReportWriter: StreamingReportWriter {
    public var language: Language

    /// Creates a writer.
    public init(language: Language = .zh) { self.language = language }

    public func render(_ entries: [ReportEntry]) -> String { renderStreamed(entries) }

    /// Nothing: the first line is the first report.
    public var header: String { "" }

    /// One report on one line, ending with a line break (written by ``ReportJSONText``: the bytes `JSONEncoder`
    /// gives without indentation).
    public func body(of entry: ReportEntry) -> String { String(decoding: bodyBytes(of: entry), as: UTF8.self) }

    /// The bytes of ``body(of:)``.
    public func bodyBytes(of entry: ReportEntry) -> [UInt8] {
        // Room for the line as most are: about 180 bytes an outcome.
        var json = ReportJSONText(isPretty: false, capacity: 1_024 + 200 * entry.report.outcomes.count)
        json.write(entry, language: language)
        json.newline()
        return json.bytes
    }

    /// The same line from `JSONEncoder` (the reference of the tests).
    func encodedBody(of entry: ReportEntry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONReportWriter.FileReport(entry, language: language)) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Nothing: each line ends with a line break.
    public var separator: String { "" }

    /// Nothing.
    public func footer(entryCount: Int) -> String { "" }
}
