/// One row of a function-classified expenditure table: a 类/款/项 code, its name and the amounts.
public struct FunctionRow: Sendable, Hashable, Codable {
    /// The function classification code (`2010301`); empty for the 合计 row.
    public var code: String
    /// The name as printed (`行政运行`).
    public var name: String
    /// 总计, 基本支出, 项目支出.
    public var amounts: ExpenditureSplit
    /// The source line.
    public var line: SourceLine?

    public init(code: String, name: String, amounts: ExpenditureSplit, line: SourceLine? = nil) {
        self.code = code
        self.name = name
        self.amounts = amounts
        self.line = line
    }

    /// 类, 款 or 项, from the code's length.
    public var level: ClassificationLevel? { ClassificationLevel(code: code) }
}

/// 表二 一般公共预算财政拨款支出预算表, 表五 政府性基金预算支出表 and 表八 部门支出总表: rows by function
/// classification with 总计/基本支出/项目支出 columns.
public struct FunctionExpenditureTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The 合计 row, when printed.
    public var totalRow: FunctionRow?
    /// The coded rows, in published order.
    public var rows: [FunctionRow]

    public init(header: TableHeader, totalRow: FunctionRow?, rows: [FunctionRow]) {
        self.header = header
        self.totalRow = totalRow
        self.rows = rows
    }

    /// Whether the table has no amount at all (an empty table, which must carry a note).
    public var isEmpty: Bool {
        rows.isEmpty && (totalRow?.amounts.columns.allSatisfy { $0 == nil } ?? true)
    }

    /// The row with the given code.
    public func row(code: String) -> FunctionRow? { rows.first { $0.code == code } }
}
