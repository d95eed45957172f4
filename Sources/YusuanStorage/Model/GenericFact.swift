import YusuanCore

/// One amount of a table that is none of the eleven typed tables (a ``GenericTable``: a 决算's nine tables, a Jiangsu
/// budget's), addressed by the table's identifier, row and column, with its unit.
///
/// A blank cell gives no fact. Within one document, `(table, row, column)` is unique: a label printed twice on one
/// side gets `#2`, `#3` …, a column name printed twice gets ` (2)`, and a two-sided table (收入 | 支出) keys each side's
/// amounts by that side's label under its group (`收入 / 决算数`, `支出 / 合计`).
public struct GenericFact: Sendable, Hashable, Codable {
    /// The table's identifier (`final-income`, `jiangsu-04`).
    public var table: String
    /// The table's title as printed.
    public var tableTitle: String
    /// The row's key: its classification code, its label, or the 合计 label.
    public var row: String
    public var rowKind: Fact.RowKind
    /// The row's printed name (`行政运行`), or the label again.
    public var name: String
    /// The column header.
    public var column: String
    public var amount: Amount
    /// The table's unit line, else the document's unit.
    public var unit: AmountUnit

    /// Creates a fact.
    public init(
        table: String,
        tableTitle: String,
        row: String,
        rowKind: Fact.RowKind,
        name: String,
        column: String,
        amount: Amount,
        unit: AmountUnit
    ) {
        self.table = table
        self.tableTitle = tableTitle
        self.row = row
        self.rowKind = rowKind
        self.name = name
        self.column = column
        self.amount = amount
        self.unit = unit
    }
}
