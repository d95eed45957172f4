/// The three amount columns of an expenditure table: 总计 = 基本支出 + 项目支出. A blank cell is `nil`.
public struct ExpenditureSplit: Sendable, Hashable, Codable {
    public var total: Amount?
    public var basic: Amount?
    public var project: Amount?

    public init(total: Amount?, basic: Amount?, project: Amount?) {
        self.total = total
        self.basic = basic
        self.project = project
    }

    /// The columns in published order, with their Chinese header.
    public static let columnNames = ["总计", "基本支出", "项目支出"]

    /// The amounts in published order.
    public var columns: [Amount?] { [total, basic, project] }
}
