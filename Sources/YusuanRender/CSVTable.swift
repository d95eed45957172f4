import YusuanCore

/// One table flattened for CSV: named fields with a type, and rows of values.
public struct CSVTable: Sendable, Hashable {
    /// A column of a ``CSVTable``.
    public struct Field: Sendable, Hashable {
        /// The field type in the Frictionless Table Schema sense.
        public enum FieldType: String, Sendable, Hashable {
            case string, number
        }

        /// The name, which is also the CSV header label.
        public var name: String
        public var type: FieldType
        /// For a number field: the largest number of decimals its values are written with.
        public var decimals: Int?

        public init(name: String, type: FieldType, decimals: Int? = nil) {
            self.name = name
            self.type = type
            self.decimals = decimals
        }
    }

    /// Which of the eleven tables this is; nil for a table of another template (a ``GenericTable``).
    public var kind: TableKind?
    /// The stable English identifier: the kind's or the generic table's (`final-income`).
    public var identifier: String
    /// The table's title.
    public var title: String
    public var fields: [Field]
    /// The rows; a blank cell is nil.
    public var rows: [[CSVValue?]]

    public init(kind: TableKind, title: String, fields: [Field], rows: [[CSVValue?]]) {
        self.kind = kind
        self.identifier = kind.identifier
        self.title = title
        self.fields = fields
        self.rows = rows
    }

    /// A table of another template, known by its identifier.
    public init(identifier: String, title: String, fields: [Field], rows: [[CSVValue?]]) {
        self.kind = nil
        self.identifier = identifier
        self.title = title
        self.fields = fields
        self.rows = rows
    }

    /// `01-financial-summary.csv`; a table of another template by its identifier alone (`final-income.csv`).
    public var fileName: String {
        guard let kind else { return "\(identifier).csv" }
        return (kind.rawValue < 10 ? "0" : "") + "\(kind.rawValue)-\(kind.identifier).csv"
    }

    /// The title of its data package resource: `表二 一般公共预算财政拨款支出表`, or the generic table's title.
    public var resourceTitle: String {
        guard let kind else { return title }
        return "\(kind.caption) \(kind.chineseName)"
    }

    /// The table as CSV (RFC 4180: CRLF line ends, quotes where needed), header first; amounts are written with
    /// their own precision and no separators, blanks as empty fields.
    public var csv: String {
        var out = fields.map { Self.quoted($0.name) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out +=
                row.map { value in
                    switch value {
                    case .text(let text): Self.quoted(text)
                    case .amount(let amount): amount.plainText
                    case nil: ""
                    }
                }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A value of a CSV cell.
public enum CSVValue: Sendable, Hashable {
    case text(String)
    case amount(Amount)
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
