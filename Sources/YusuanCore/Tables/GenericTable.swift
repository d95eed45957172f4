/// A table of another template that has no typed counterpart among the Chongqing eleven: its title, caption,
/// unit, column headers and rows of cells, each row with its source line.
public struct GenericTable: Sendable, Hashable, Codable {
    /// A stable identifier of the table within its template (`state-capital-expenditure`, `jiangsu-04`).
    public var identifier: String
    public var header: TableHeader
    /// The column headers of the amount columns, in published order (`合计`, `基本支出`, `项目支出`).
    public var columns: [String]
    /// The rows, in published order (the 合计 row where it is printed).
    public var rows: [GenericRow]

    public init(identifier: String, header: TableHeader, columns: [String], rows: [GenericRow]) {
        self.identifier = identifier
        self.header = header
        self.columns = columns
        self.rows = rows
    }

    /// Whether the table holds no amount at all (an empty table, which must carry a note).
    public var isEmpty: Bool { rows.allSatisfy { $0.amounts.allSatisfy { $0 == nil } } }

    /// The row with the given code.
    public func row(code: String) -> GenericRow? { rows.first { $0.code == code } }

    /// The 合计 (or 总计) row.
    public var totalRow: GenericRow? { rows.first { $0.isTotal } }
}

/// One row of a ``GenericTable``: an optional classification code, a label and one amount per column.
public struct GenericRow: Sendable, Hashable, Codable {
    /// The classification code (`2010301`, `30101`); empty when the row has none.
    public var code: String
    /// The name or label as printed.
    public var name: String
    /// One amount per column of the table; a blank cell is `nil`.
    public var amounts: [Amount?]
    /// The source line.
    public var line: SourceLine?

    public init(code: String, name: String, amounts: [Amount?], line: SourceLine? = nil) {
        self.code = code
        self.name = name
        self.amounts = amounts
        self.line = line
    }

    /// Whether this is the 合计/总计 row.
    public var isTotal: Bool { code.isEmpty && (name.hasSuffix("合计") || name.hasSuffix("总计")) }

    /// 类, 款 or 项, from the code's length.
    public var level: ClassificationLevel? { ClassificationLevel(code: code) }
}
