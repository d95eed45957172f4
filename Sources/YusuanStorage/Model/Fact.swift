import YusuanCore

/// One amount of a stored disclosure, addressed by table, row and column: the unit of aggregation.
///
/// A blank cell gives no fact (blank is not zero). Within one revision, `(table, row, column)` is unique.
public struct Fact: Sendable, Hashable, Codable {
    /// What the row key is.
    public enum RowKind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A function classification code (类/款/项: 201, 20103, 2010301).
        case function
        /// An economic classification code (类/款: 301, 30101).
        case economic
        /// A procurement category (A 货物, B 工程, C 服务).
        case procurement
        /// The 合计 row of a coded table.
        case total
        /// A labelled line (表一, 表四, 表六, 表十).
        case label
        /// A project of 表十一, by name.
        case project
    }

    public var table: TableKind
    /// The row's key: its code, its label, `合计`, or the project name. A label printed twice in one table
    /// gets `#2`, `#3` … appended in printed order.
    public var row: String
    public var rowKind: RowKind
    /// The row's printed name (`行政运行`), or the label again.
    public var name: String
    /// The column header (`总计`, `基本支出`, `一般公共预算拨款收入`).
    public var column: String
    public var amount: Amount

    /// Creates a fact.
    public init(table: TableKind, row: String, rowKind: RowKind, name: String, column: String, amount: Amount) {
        self.table = table
        self.row = row
        self.rowKind = rowKind
        self.name = name
        self.column = column
        self.amount = amount
    }

    /// 类, 款 or 项 for classification rows.
    public var level: ClassificationLevel? {
        rowKind == .function || rowKind == .economic ? ClassificationLevel(code: row) : nil
    }

    /// The address of the fact within its revision.
    public var address: FactAddress { FactAddress(table: table, row: row, column: column) }
}

/// Where a fact sits: table, row key and column.
public struct FactAddress: Sendable, Hashable, Codable, Comparable {
    public var table: TableKind
    public var row: String
    public var column: String

    /// Creates an address.
    public init(table: TableKind, row: String, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    public static func < (left: FactAddress, right: FactAddress) -> Bool {
        (left.table.rawValue, left.row, left.column) < (right.table.rawValue, right.row, right.column)
    }
}
