/// The figures a narrative states, each with its sentence.
public struct NarrativeFacts: Sendable, Hashable, Codable {
    /// 收入预算: the total, its sources and its change.
    public var income: StatedFigure?
    /// 支出预算: the total, its function classes and its change (with 基本/项目 components).
    public var expenditure: StatedFigure?
    /// 一般公共预算财政拨款收入.
    public var appropriationIncome: StatedFigure?
    /// 一般公共预算财政拨款支出 with its change.
    public var appropriationExpenditure: StatedFigure?
    /// 基本支出 with usage, change and reason.
    public var basicExpenditure: StatedFigure?
    /// 项目支出 with usage, change and reason.
    public var projectExpenditure: StatedFigure?
    /// The 政府性基金 statement.
    public var governmentFund: GovernmentFundStatement?
    /// The “三公” total and its four items.
    public var threePublic: ThreePublicFacts?
    /// 机关运行经费.
    public var operatingCost: StatedFigure?
    /// 政府采购.
    public var procurement: ProcurementFacts?
    /// 绩效目标设置情况: the amount the performance targets cover.
    public var performanceTargetAmount: StatedFigure?
    /// 国有资产占有使用情况.
    public var assets: AssetFacts?
    /// The statement that carried-over funds are included in income (2025 template).
    public var carryOverStatement: Sentence?
    /// The figures the narrative states that are none of the facts above (a 政府采购业务费, the amount of a project, a
    /// transfer to districts …), each with its words and sentence, so that no stated amount is lost; in published
    /// order, `nil` when there are none.
    public var otherFigures: [StatedFigure]?
    /// The per-项 statements (`…（项）X万元 … 上年当年预算执行数为 P 万元，本年预算安排 Y 万元，比上年…增加 Z%`), in
    /// published order; `nil` when the narrative has none.
    public var itemStatements: [ItemStatement]?
    /// The facts only a 决算 narrative states (execution, shares, 绩效管理); nil in a 预算 and when none was read.
    public var finalAccount: FinalAccountFacts?

    public init() {}
}

/// The 政府性基金 statement: `2024 年本部门无使用政府性基金预算拨款安排的支出，与上年保持一致。`
public struct GovernmentFundStatement: Sendable, Hashable, Codable {
    /// Whether the sentence states that there is no such expenditure.
    public var statesNoExpenditure: Bool
    /// The amount, when the sentence states one.
    public var amount: Amount?
    /// The unit written after the amount; nil when the reader did not record it (the Chongqing narrative, in 万元
    /// like its tables).
    public var unit: AmountUnit?
    public var sentence: Sentence

    public init(statesNoExpenditure: Bool, amount: Amount?, unit: AmountUnit? = nil, sentence: Sentence) {
        self.statesNoExpenditure = statesNoExpenditure
        self.amount = amount
        self.unit = unit
        self.sentence = sentence
    }
}

/// The “三公” section: the total and the four items, each with its change.
public struct ThreePublicFacts: Sendable, Hashable, Codable {
    public var total: StatedFigure?
    /// 因公出国（境）费用.
    public var abroad: StatedFigure?
    /// 公务接待费.
    public var reception: StatedFigure?
    /// 公务用车运行维护费.
    public var vehicleOperation: StatedFigure?
    /// 公务用车购置费.
    public var vehiclePurchase: StatedFigure?
    /// 公务用车购置及运行（维护）费, the two together, where the narrative states them so (most families besides
    /// the Chongqing one); nil in the Chongqing narrative, which states the two items.
    public var vehicles: StatedFigure?
    /// The items the section speaks of without an amount (`1.因公出国（境）费用：…本部门年初不编制因公出国（境）费用
    /// 预算…`), in the order written; nil when there is none.
    public var itemsWithoutAmount: [ThreePublicItemStatement]?

    public init(
        total: StatedFigure? = nil,
        abroad: StatedFigure? = nil,
        reception: StatedFigure? = nil,
        vehicleOperation: StatedFigure? = nil,
        vehiclePurchase: StatedFigure? = nil,
        vehicles: StatedFigure? = nil,
        itemsWithoutAmount: [ThreePublicItemStatement]? = nil
    ) {
        self.total = total
        self.abroad = abroad
        self.reception = reception
        self.vehicleOperation = vehicleOperation
        self.vehiclePurchase = vehiclePurchase
        self.vehicles = vehicles
        self.itemsWithoutAmount = itemsWithoutAmount
    }
}

/// An item of the “三公”经费.
public enum ThreePublicItem: String, Sendable, Hashable, Codable, CaseIterable {
    /// 因公出国（境）费用.
    case abroad
    /// 公务接待费.
    case reception
    /// 公务用车运行维护费.
    case vehicleOperation
    /// 公务用车购置费.
    case vehiclePurchase
    /// 公务用车购置及运行（维护）费, the two together.
    case vehicles
}

/// A “三公” item the narrative speaks of without stating an amount, with the sentence that does.
public struct ThreePublicItemStatement: Sendable, Hashable, Codable {
    public var item: ThreePublicItem
    public var sentence: Sentence

    public init(item: ThreePublicItem, sentence: Sentence) {
        self.item = item
        self.sentence = sentence
    }
}

/// One 政府采购 split: total = goods + works + services.
public struct ProcurementSplit: Sendable, Hashable, Codable {
    public var total: StatedFigure
    public var goods: StatedFigure?
    public var works: StatedFigure?
    public var services: StatedFigure?

    public init(total: StatedFigure, goods: StatedFigure?, works: StatedFigure?, services: StatedFigure?) {
        self.total = total
        self.goods = goods
        self.works = works
        self.services = services
    }
}

/// 政府采购情况: the whole procurement budget and the part funded by the general budget.
public struct ProcurementFacts: Sendable, Hashable, Codable {
    public var all: ProcurementSplit?
    public var generalBudget: ProcurementSplit?

    public init(all: ProcurementSplit?, generalBudget: ProcurementSplit?) {
        self.all = all
        self.generalBudget = generalBudget
    }
}

/// 国有资产占有使用情况: vehicles as of a date and planned purchases.
public struct AssetFacts: Sendable, Hashable, Codable {
    /// The year of `截止 2024 年 12 月`.
    public var asOfYear: Int?
    /// The month of `截止 2024 年 12 月`.
    public var asOfMonth: Int?
    /// 共有车辆.
    public var vehicles: StatedCount?
    /// 一般公务用车.
    public var generalVehicles: StatedCount?
    /// 执勤执法用车.
    public var lawEnforcementVehicles: StatedCount?
    /// Vehicles the budget plans to buy (`无购置车辆的预算安排` is 0).
    public var plannedPurchases: StatedCount?
    /// The 一般公务用车 among the planned purchases, where the sentence breaks them down (`购置车辆1辆，其中，一般公务
    /// 用车0辆、执法执勤用车0辆、特种专业技术用车1辆`).
    public var plannedGeneralVehicles: StatedCount?
    /// The 执法执勤用车 among the planned purchases, where the sentence breaks them down.
    public var plannedLawEnforcementVehicles: StatedCount?

    public init(
        asOfYear: Int? = nil,
        asOfMonth: Int? = nil,
        vehicles: StatedCount? = nil,
        generalVehicles: StatedCount? = nil,
        lawEnforcementVehicles: StatedCount? = nil,
        plannedPurchases: StatedCount? = nil,
        plannedGeneralVehicles: StatedCount? = nil,
        plannedLawEnforcementVehicles: StatedCount? = nil
    ) {
        self.asOfYear = asOfYear
        self.asOfMonth = asOfMonth
        self.vehicles = vehicles
        self.generalVehicles = generalVehicles
        self.lawEnforcementVehicles = lawEnforcementVehicles
        self.plannedPurchases = plannedPurchases
        self.plannedGeneralVehicles = plannedGeneralVehicles
        self.plannedLawEnforcementVehicles = plannedLawEnforcementVehicles
    }
}
