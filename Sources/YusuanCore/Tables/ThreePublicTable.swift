/// The six amounts of the "三公" expenditure table.
public struct ThreePublicAmounts: Sendable, Hashable, Codable {
    /// 合计.
    public var total: Amount?
    /// 因公出国（境）费.
    public var abroad: Amount?
    /// 公务用车购置及运行费 小计.
    public var vehicleSubtotal: Amount?
    /// 公务用车购置费.
    public var vehiclePurchase: Amount?
    /// 公务用车运行费 (运行维护费).
    public var vehicleOperation: Amount?
    /// 公务接待费.
    public var reception: Amount?

    public init(
        total: Amount?,
        abroad: Amount?,
        vehicleSubtotal: Amount?,
        vehiclePurchase: Amount?,
        vehicleOperation: Amount?,
        reception: Amount?
    ) {
        self.total = total
        self.abroad = abroad
        self.vehicleSubtotal = vehicleSubtotal
        self.vehiclePurchase = vehiclePurchase
        self.vehicleOperation = vehicleOperation
        self.reception = reception
    }

    /// The columns in published order, with their Chinese header.
    public static let columnNames = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]

    /// The amounts in published order.
    public var columns: [Amount?] { [total, abroad, vehicleSubtotal, vehiclePurchase, vehicleOperation, reception] }
}

/// 表四 一般公共预算“三公”经费支出表.
public struct ThreePublicTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The year label over the columns (`2024年预算数`).
    public var yearLabel: String?
    /// The amounts.
    public var amounts: ThreePublicAmounts
    /// The line of the amounts.
    public var line: SourceLine?
    /// 机关运行经费, where the template prints it in the same table (Shanghai: “三公”经费和机关运行经费预算表).
    public var operatingCost: Amount?

    public init(
        header: TableHeader,
        yearLabel: String?,
        amounts: ThreePublicAmounts,
        line: SourceLine? = nil,
        operatingCost: Amount? = nil
    ) {
        self.header = header
        self.yearLabel = yearLabel
        self.amounts = amounts
        self.line = line
        self.operatingCost = operatingCost
    }
}
