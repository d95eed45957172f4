import YusuanCore

/// One row per finding with stable columns, for spreadsheets:
/// `file,department,year,rule,severity,table,row,column,line,expected,actual,difference,message`.
///
/// For a document joined from two files, `file` and `line` are the file of the part the finding's line belongs to
/// and the line in it (a finding without a line names the joined entry, `NARRATIVE + TABLES`).
public struct CSVReportWriter: StreamingReportWriter {
    /// The header, in order. These names are stable.
    public static let columns = [
        "file", "department", "year", "rule", "severity", "table", "row", "column", "line", "expected", "actual",
        "difference", "message",
    ]

    public var language: Language
    /// Whether the text starts with a UTF-8 byte order mark, so spreadsheet programs read the Chinese correctly.
    public var includesByteOrderMark: Bool

    /// Creates a writer.
    public init(language: Language = .zh, includesByteOrderMark: Bool = true) {
        self.language = language
        self.includesByteOrderMark = includesByteOrderMark
    }

    public func render(_ entries: [ReportEntry]) -> String {
        var lines = [Self.columns.joined(separator: ",")]
        for entry in entries { lines += rows(of: entry) }
        return (includesByteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The byte order mark (when included) and the header line.
    public var header: String {
        (includesByteOrderMark ? "\u{FEFF}" : "") + Self.columns.joined(separator: ",") + "\r\n"
    }

    /// The rows of one entry's findings, each ending with CR LF.
    public func body(of entry: ReportEntry) -> String {
        var text = ""
        for row in rows(of: entry) { text += row + "\r\n" }
        return text
    }

    /// Nothing: each row ends with CR LF.
    public var separator: String { "" }

    /// Nothing.
    public func footer(entryCount: Int) -> String { "" }

    /// One line per finding of an entry, without line breaks.
    func rows(of entry: ReportEntry) -> [String] {
        var lines: [String] = []
        for finding in entry.report.findings {
            let location = finding.location
            let table = location.caption ?? location.table?.caption ?? (language == .zh ? "情况说明" : "narrative")
            // A line of a document joined from two files names the file it is in and its line there.
            let place = location.line.flatMap { entry.report.place(of: $0) }
            let fields: [String] = [
                place?.file ?? entry.fileName, entry.report.department, String(entry.report.year), finding.ruleID,
                finding.severity.rawValue, table, location.row ?? "", location.column ?? "",
                (place?.line ?? location.line).map(String.init) ?? "", finding.expected?.plainText ?? "",
                finding.actual?.plainText ?? "", finding.difference?.plainText ?? "",
                finding.message.text(in: language),
            ]
            lines.append(fields.map(Self.escape).joined(separator: ","))
        }
        return lines
    }

    /// Quotes a field when it holds a comma, a quote or a line break.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result.append("\"") }
            result.append(character)
        }
        return result
    }
}
