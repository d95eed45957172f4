/// One row of a table broken down by source of funds (表七 部门收入总表, 表九 政府采购预算明细表).
public struct SourceBreakdownRow: Sendable, Hashable, Codable {
    /// The code: a function code in 表七 (`2010301`), a procurement category in 表九 (`A`, `B`, `C`); empty for
    /// the 合计 row.
    public var code: String
    /// The name (`行政运行`, `服务`).
    public var name: String
    /// 总计.
    public var total: Amount?
    /// One amount per source column, in the order of ``SourceBreakdownTable/sourceColumns``.
    public var sources: [Amount?]
    /// The source line (the first line, for a row wrapped over several lines).
    public var line: SourceLine?

    public init(code: String, name: String, total: Amount?, sources: [Amount?], line: SourceLine? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.sources = sources
        self.line = line
    }

    /// The level of a function code (nil for procurement categories).
    public var level: ClassificationLevel? { ClassificationLevel(code: code) }
}

/// 表七 部门收入总表 and 表九 政府采购预算明细表: rows with 总计 and one column per source of funds.
public struct SourceBreakdownTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The source column headers after 总计 (`一般公共预算拨款收入`, … `其他收入`).
    public var sourceColumns: [String]
    /// The 合计 row.
    public var totalRow: SourceBreakdownRow?
    /// The rows, in published order.
    public var rows: [SourceBreakdownRow]

    public init(header: TableHeader, sourceColumns: [String], totalRow: SourceBreakdownRow?, rows: [SourceBreakdownRow])
    {
        self.header = header
        self.sourceColumns = sourceColumns
        self.totalRow = totalRow
        self.rows = rows
    }

    /// The standard ten source columns of the Chongqing template.
    public static let standardSourceColumns = [
        "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入", "事业收入",
        "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入",
    ]

    /// The index of the 一般公共预算 source column: the first whose header starts with `一般公共预算` (as `hasPrefix`
    /// answers, found by bytes).
    public var generalBudgetColumn: Int? { sourceColumns.firstIndex { $0.hasIdeographPrefix("一般公共预算") } }

    /// The row with the given code.
    public func row(code: String) -> SourceBreakdownRow? { rows.first { $0.code == code } }
}
