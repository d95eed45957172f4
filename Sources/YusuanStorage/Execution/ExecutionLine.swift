import YusuanCore

/// One figure of a budget against its actual: the 年初预算数 of the 预算 document, the 决算数 of the 决算 and the
/// rate between them, in 万元. A figure a document does not print is `nil` (shown `—`, never 0).
public struct ExecutionLine: Sendable, Hashable {
    /// What money a line counts.
    public enum Group: String, Sendable, Hashable, CaseIterable {
        /// All of the department's expenditure: 预算 表八 部门支出总表 against the 决算's 支出决算表.
        case department = "部门支出"
        /// 一般公共预算财政拨款支出: 预算 表二 against the 决算's 一般公共预算财政拨款支出决算表.
        case generalBudget = "一般公共预算财政拨款支出"
        /// “三公”经费: 预算 表四 against the 决算's 财政拨款“三公”经费支出决算表.
        case threePublic = "“三公”经费"

        /// A stable English identifier (`department`, `general-budget`, `three-public`).
        public var identifier: String {
            switch self {
            case .department: "department"
            case .generalBudget: "general-budget"
            case .threePublic: "three-public"
            }
        }
    }

    public var group: Group
    /// A stable key within the group: `total`, `basic`, `project`, a function 类 code (`201`), or a “三公” item
    /// (``ThreePublicItem/key``).
    public var key: String
    /// The label shown (`支出合计`, `201 一般公共服务支出`, `因公出国（境）费`).
    public var label: String
    /// The 预算 document's figure (年初预算数), in 万元.
    public var budget: Amount?
    /// The 决算's figure, in 万元.
    public var actual: Amount?
    /// The 预算数 the 决算 itself prints beside its 决算数 (only the “三公” table does), in 万元: often the 全年预算数,
    /// shown beside the baseline and never used for the rate.
    public var printedBudget: Amount?
    /// For a region's rollup: how many departments have both figures and are summed; `nil` for one department.
    public var departmentCount: Int?

    /// Creates a line.
    public init(
        group: Group,
        key: String,
        label: String,
        budget: Amount?,
        actual: Amount?,
        printedBudget: Amount? = nil,
        departmentCount: Int? = nil
    ) {
        self.group = group
        self.key = key
        self.label = label
        self.budget = budget
        self.actual = actual
        self.printedBudget = printedBudget
        self.departmentCount = departmentCount
    }

    /// 执行率: ``actual`` against ``budget``; `nil` when either is missing or the budget is zero.
    public var rate: ExecutionRate? { ExecutionRate(actual: actual, budget: budget) }

    /// 决算数 − 预算数; `nil` when either is missing.
    public var difference: Amount? {
        guard let budget, let actual else { return nil }
        return actual - budget
    }

    /// Whether the 决算 prints a 预算数 that differs from the 预算 document's.
    public var printedBudgetDiffers: Bool {
        guard let printedBudget, let budget else { return printedBudget != nil && budget == nil }
        return !printedBudget.isNumericallyEqual(to: budget)
    }
}

/// The “三公” items compared, in published order, with the column each document prints them under.
public enum ThreePublicItem: String, Sendable, Hashable, CaseIterable {
    case total = "合计"
    case abroad = "因公出国（境）费"
    case vehicles = "公务用车购置及运行费"
    case vehiclePurchase = "公务用车购置费"
    case vehicleOperation = "公务用车运行维护费"
    case reception = "公务接待费"

    /// A stable English key (`total`, `abroad`, `vehicles`, `vehicle-purchase`, `vehicle-operation`, `reception`).
    public var key: String {
        switch self {
        case .total: "total"
        case .abroad: "abroad"
        case .vehicles: "vehicles"
        case .vehiclePurchase: "vehicle-purchase"
        case .vehicleOperation: "vehicle-operation"
        case .reception: "reception"
        }
    }

    /// The item's amount in 表四's typed amounts.
    func amount(in amounts: ThreePublicAmounts) -> Amount? {
        switch self {
        case .total: amounts.total
        case .abroad: amounts.abroad
        case .vehicles: amounts.vehicleSubtotal
        case .vehiclePurchase: amounts.vehiclePurchase
        case .vehicleOperation: amounts.vehicleOperation
        case .reception: amounts.reception
        }
    }

    /// Whether a column group of the 决算's “三公” table (`公务用车运行费`, `公务用车购置及运行费小计`) is this item.
    func names(_ group: String) -> Bool {
        switch self {
        case .total: group == "合计"
        case .abroad: group.hasPrefix("因公出国")
        case .vehicles: group.hasPrefix("公务用车购置及运行")
        case .vehiclePurchase: group == "公务用车购置费"
        case .vehicleOperation: group.hasPrefix("公务用车运行")
        case .reception: group.hasPrefix("公务接待")
        }
    }
}
