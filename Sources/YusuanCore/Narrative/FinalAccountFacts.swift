/// The facts a 部门决算 narrative states (DOMAIN §9), beside the ones every narrative has (``NarrativeFacts``): the
/// totals with their shares, the year-on-year changes with their percentages, the execution of the 年初预算 by 功能
/// 项 and for the “三公”, the split of 基本支出, 政府采购 with the part that went to small firms, 国有资产 and the
/// 绩效管理 statement. Each fact keeps its sentence and line.
public struct FinalAccountFacts: Sendable, Hashable, Codable {
    /// 收入支出总计 with its change (`收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%`).
    public var grandTotal: FinalAccountFigure?
    /// 本年收入合计 with its parts and their shares (`财政拨款收入2940.05万元，占99.79%`).
    public var income: FinalAccountFigure?
    /// 本年支出合计 with its parts and their shares (`基本支出2336.91万元，占79.49%`).
    public var expenditure: FinalAccountFigure?
    /// 财政拨款收入支出总计 with its change.
    public var appropriationTotal: FinalAccountFigure?
    /// 一般公共预算财政拨款支出 with its share of 本年支出合计 and its change.
    public var generalBudgetExpenditure: FinalAccountFigure?
    /// The 功能 类 the 一般公共预算财政拨款支出 was used for, each with its share (`一般公共服务支出（类）2106.66万元，
    /// 占71.73%`), in published order; nil when not stated.
    public var functionClasses: [FinalAccountFigure]?
    /// 一般公共预算财政拨款支出: 年初预算, 决算 and `完成年初预算的 R%`, with the reason for the gap.
    public var generalBudgetExecution: ExecutionStatement?
    /// The same for every 功能 项 (`1、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为 1560.05 万元，
    /// 支出决算为1511.89万元。决算数小于预算数的主要原因：…`), in published order; nil when not stated.
    public var itemExecutions: [ExecutionStatement]?
    /// 一般公共预算财政拨款基本支出 with its parts 人员经费 and 公用经费.
    public var basicExpenditure: FinalAccountFigure?
    /// The “三公” 决算 against the 年初预算: the total and the items.
    public var threePublic: ThreePublicExecution?
    /// 机关运行经费支出 with its change.
    public var operatingCost: FinalAccountFigure?
    /// 政府采购支出 and the part awarded to small and medium firms.
    public var procurement: FinalAccountProcurement?
    /// 国有资产占有使用情况.
    public var assets: FinalAccountAssets?
    /// 预算绩效管理情况.
    public var performance: PerformanceManagementStatement?

    public init() {}

    /// Whether nothing was read.
    public var isEmpty: Bool { self == FinalAccountFacts() }
}

/// A figure of a 决算 narrative: its amount, its share of a whole, its change on the previous year.
public struct FinalAccountFigure: Sendable, Hashable, Codable {
    /// What it is, as written (`本年收入合计`, `财政拨款收入`, `一般公共服务支出`).
    public var label: String
    public var amount: Amount
    public var unit: AmountUnit
    /// The stated share in percent (`占99.79%` → 99.79) of the figure it is a part of.
    public var sharePercent: Amount?
    /// The change on the previous year (`减少56.95万元`, `持平`), with its reason.
    public var change: StatedChange?
    /// The stated percentage of the change (`下降1.87%` → 1.87).
    public var changePercent: Amount?
    /// The parts (`其中：…`).
    public var parts: [FinalAccountFigure]
    public var sentence: Sentence

    public init(
        label: String,
        amount: Amount,
        unit: AmountUnit = .tenThousandYuan,
        sharePercent: Amount? = nil,
        change: StatedChange? = nil,
        changePercent: Amount? = nil,
        parts: [FinalAccountFigure] = [],
        sentence: Sentence
    ) {
        self.label = label
        self.amount = amount
        self.unit = unit
        self.sharePercent = sharePercent
        self.change = change
        self.changePercent = changePercent
        self.parts = parts
        self.sentence = sentence
    }
}

/// The execution of a budget line: `年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 R%。决算数小于预算数的主要原因：…`.
public struct ExecutionStatement: Sendable, Hashable, Codable {
    /// What was executed: `一般公共预算财政拨款支出`, the 项 name, or the “三公” item as written.
    public var label: String
    /// The 类, 款 and 项 names of a 功能 项 statement (`一般公共服务支出`, `财政事务`, `行政运行`).
    public var className: String?
    public var sectionName: String?
    public var itemName: String?
    /// 年初预算 (X).
    public var budget: Amount?
    /// 决算 (Y).
    public var actual: Amount?
    public var unit: AmountUnit
    /// `完成（年初）预算的 R%` → R.
    public var completionPercent: Amount?
    /// The stated comparison of 决算 with 预算: `决算数大于预算数` (increase), `小于` (decrease), `（基本）持平`
    /// (unchanged).
    public var comparison: ChangeDirection?
    /// The stated reason for the gap.
    public var reason: String?
    public var sentence: Sentence

    public init(
        label: String,
        className: String? = nil,
        sectionName: String? = nil,
        itemName: String? = nil,
        budget: Amount? = nil,
        actual: Amount? = nil,
        unit: AmountUnit = .tenThousandYuan,
        completionPercent: Amount? = nil,
        comparison: ChangeDirection? = nil,
        reason: String? = nil,
        sentence: Sentence
    ) {
        self.label = label
        self.className = className
        self.sectionName = sectionName
        self.itemName = itemName
        self.budget = budget
        self.actual = actual
        self.unit = unit
        self.completionPercent = completionPercent
        self.comparison = comparison
        self.reason = reason
        self.sentence = sentence
    }
}

/// The “三公” section of a 决算: the total's 年初预算 and 决算 and each item's 决算 with its completion.
public struct ThreePublicExecution: Sendable, Hashable, Codable {
    public var total: ExecutionStatement?
    /// 因公出国（境）费.
    public var abroad: ExecutionStatement?
    /// 公务用车购置及运行维护费.
    public var vehicles: ExecutionStatement?
    /// 公务接待费.
    public var reception: ExecutionStatement?

    public init(
        total: ExecutionStatement? = nil,
        abroad: ExecutionStatement? = nil,
        vehicles: ExecutionStatement? = nil,
        reception: ExecutionStatement? = nil
    ) {
        self.total = total
        self.abroad = abroad
        self.vehicles = vehicles
        self.reception = reception
    }
}

/// 政府采购支出情况 of a 决算: the contracts by kind and the part for small and medium firms.
public struct FinalAccountProcurement: Sendable, Hashable, Codable {
    /// 政府采购支出总额 / 政府采购金额.
    public var total: FinalAccountFigure?
    public var goods: FinalAccountFigure?
    public var works: FinalAccountFigure?
    public var services: FinalAccountFigure?
    /// 授予中小企业合同金额, with its share of the total (`占政府采购支出总额的 R%`).
    public var smallAndMediumFirms: FinalAccountFigure?
    /// 授予小微企业合同金额, with its share of the amount for small and medium firms.
    public var smallFirms: FinalAccountFigure?
    /// 面向中小企业预留政府采购项目预算金额.
    public var reservedForSmallAndMediumFirms: FinalAccountFigure?
    /// 面向小微企业预留政府采购项目预算金额.
    public var reservedForSmallFirms: FinalAccountFigure?
    /// The amounts won by small and medium firms (`由中小企业供应商中标或成交的，采购金额 X 万元`), in order: the reserved
    /// projects', then the other projects'.
    public var awardedToSmallAndMediumFirms: [FinalAccountFigure]?

    public init() {}
}

/// 国有资产占有使用情况 of a 决算.
public struct FinalAccountAssets: Sendable, Hashable, Codable {
    /// `截至2024年12月31日` → 2024.
    public var asOfYear: Int?
    /// 共有车辆.
    public var vehicles: StatedCount?
    /// 单价 50/100 万元（含）以上设备 (`2台（套）`).
    public var costlyEquipment: StatedCount?
    /// The unit price of ``costlyEquipment`` (`100` 万元).
    public var equipmentThreshold: Amount?

    public init(
        asOfYear: Int? = nil,
        vehicles: StatedCount? = nil,
        costlyEquipment: StatedCount? = nil,
        equipmentThreshold: Amount? = nil
    ) {
        self.asOfYear = asOfYear
        self.vehicles = vehicles
        self.costlyEquipment = costlyEquipment
        self.equipmentThreshold = equipmentThreshold
    }
}

/// The projects and money of one stage of 全过程绩效管理 (`编报绩效目标的2024年度项目4个，涉及预算金额598.42万元`).
public struct PerformanceStage: Sendable, Hashable, Codable {
    public var projects: Int
    public var amount: Amount?
    public var unit: AmountUnit

    public init(projects: Int, amount: Amount?, unit: AmountUnit = .tenThousandYuan) {
        self.projects = projects
        self.amount = amount
        self.unit = unit
    }
}

/// 预算绩效管理情况: `编报绩效目标的项目 n1 个，涉及预算金额 a1 万元；绩效跟踪 n2 / a2；绩效自评 n3 / a3，平均得分 s 分
/// （优 g1 个、良 g2 个、合格 g3 个、不合格 g4 个）；发现问题 p 个，已整改 q 个`. Identities: g1 + g2 + g3 + g4 = n3,
/// q ≤ p, 0 ≤ s ≤ 100.
public struct PerformanceManagementStatement: Sendable, Hashable, Codable {
    /// 编报绩效目标.
    public var targets: PerformanceStage?
    /// 绩效跟踪（评价）.
    public var tracking: PerformanceStage?
    /// 绩效自评.
    public var selfEvaluation: PerformanceStage?
    /// 平均得分.
    public var averageScore: Amount?
    /// The projects graded 优, 良, 合格 (中), 不合格 (差).
    public var excellent: Int?
    public var good: Int?
    public var pass: Int?
    public var fail: Int?
    /// 发现问题, 已（完成）整改, 正在整改.
    public var problemsFound: Int?
    public var problemsFixed: Int?
    public var problemsBeingFixed: Int?
    public var sentence: Sentence

    public init(sentence: Sentence) { self.sentence = sentence }

    /// The grades stated, in the order 优, 良, 合格, 不合格.
    public var grades: [Int?] { [excellent, good, pass, fail] }
}
