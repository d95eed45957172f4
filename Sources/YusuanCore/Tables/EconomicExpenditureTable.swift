/// One row of 表三: an economic classification code (301, 30101…) with 总计/人员经费/日常公用经费.
public struct EconomicRow: Sendable, Hashable, Codable {
    /// The economic classification code (`30101`); empty for the 合计 row.
    public var code: String
    /// The name as printed (`基本工资`).
    public var name: String
    /// 总计.
    public var total: Amount?
    /// 人员经费.
    public var personnel: Amount?
    /// 日常公用经费.
    public var publicUse: Amount?
    /// The source line.
    public var line: SourceLine?

    public init(
        code: String,
        name: String,
        total: Amount?,
        personnel: Amount?,
        publicUse: Amount?,
        line: SourceLine? = nil
    ) {
        self.code = code
        self.name = name
        self.total = total
        self.personnel = personnel
        self.publicUse = publicUse
        self.line = line
    }

    /// The columns in published order, with their Chinese header.
    public static let columnNames = ["总计", "人员经费", "日常公用经费"]

    /// The amounts in published order.
    public var columns: [Amount?] { [total, personnel, publicUse] }

    /// 类 (3 digits) or 款 (5 digits).
    public var level: ClassificationLevel? { ClassificationLevel(code: code) }
}

/// 表三 一般公共预算财政拨款基本支出预算表: basic expenditure by economic classification.
public struct EconomicExpenditureTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The 合计 row.
    public var totalRow: EconomicRow?
    /// The coded rows, in published order.
    public var rows: [EconomicRow]

    public init(header: TableHeader, totalRow: EconomicRow?, rows: [EconomicRow]) {
        self.header = header
        self.totalRow = totalRow
        self.rows = rows
    }

    /// The row with the given code.
    public func row(code: String) -> EconomicRow? { rows.first { $0.code == code } }
}
