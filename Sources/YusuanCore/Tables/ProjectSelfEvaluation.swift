/// 项目支出绩效自评表: one project's performance self-evaluation, published with the 部门决算 (DOMAIN §9).
///
/// The national template (财预〔2020〕10号) prints, for one project: 项目名称, 主管部门 and 实施单位; the funds by
/// source with 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分 (``SelfEvaluationFundRow``); the 年度总体目标
/// against its 实际完成情况; the indicators by level with 年度指标值, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施
/// (``SelfEvaluationIndicator``); the 总分 and, in many provinces, the 自评等级. Every figure is kept as printed
/// (blank is `nil`); ``SelfEvaluationScoring`` scores it by the default method.
public struct ProjectSelfEvaluation: Sendable, Hashable, Codable {
    /// The title line as printed (`项目支出绩效自评表`).
    public var title: String
    /// The year of the `（2024年度）` line, when printed.
    public var year: Int?
    /// 项目名称.
    public var projectName: String
    /// 主管部门 as printed (`001-某某局`).
    public var department: String
    /// 实施单位 as printed.
    public var implementingUnit: String
    /// The unit of the fund amounts (`项目资金（万元）`).
    public var unit: AmountUnit
    /// The fund rows in published order: 年度资金总额, then its sources (财政拨款, 上年结转资金, 其他资金 …).
    public var funds: [SelfEvaluationFundRow]
    /// 年度总体目标: the expected goal (预期目标).
    public var goal: String
    /// 实际完成情况 of the goal.
    public var achievement: String
    /// The indicators in published order.
    public var indicators: [SelfEvaluationIndicator]
    /// 分值 of the 总分 row (100 in the national template), when printed.
    public var totalWeight: Amount?
    /// 总分: the printed total score.
    public var totalScore: Amount?
    /// 自评等级 as printed (`优`), when the table prints one.
    public var grade: String?
    /// The line of the title.
    public var line: SourceLine?
    /// The line of the 总分 row.
    public var totalLine: SourceLine?
    /// The line of the 自评等级 row.
    public var gradeLine: SourceLine?

    public init(
        title: String = "项目支出绩效自评表",
        year: Int? = nil,
        projectName: String,
        department: String,
        implementingUnit: String,
        unit: AmountUnit = .tenThousandYuan,
        funds: [SelfEvaluationFundRow],
        goal: String,
        achievement: String,
        indicators: [SelfEvaluationIndicator],
        totalWeight: Amount? = nil,
        totalScore: Amount? = nil,
        grade: String? = nil,
        line: SourceLine? = nil,
        totalLine: SourceLine? = nil,
        gradeLine: SourceLine? = nil
    ) {
        self.title = title
        self.year = year
        self.projectName = projectName
        self.department = department
        self.implementingUnit = implementingUnit
        self.unit = unit
        self.funds = funds
        self.goal = goal
        self.achievement = achievement
        self.indicators = indicators
        self.totalWeight = totalWeight
        self.totalScore = totalScore
        self.grade = grade
        self.line = line
        self.totalLine = totalLine
        self.gradeLine = gradeLine
    }

    /// The 年度资金总额 row (the first row of that source), which carries the 预算执行率 分值 and 得分.
    public var totalFunds: SelfEvaluationFundRow? { funds.first { $0.source == .total } }
}

/// One row of the 项目资金 block of a self-evaluation.
public struct SelfEvaluationFundRow: Sendable, Hashable, Codable {
    /// The label as printed (`年度资金总额`, `其中：当年财政拨款`, `其他资金`).
    public var label: String
    /// 年初预算数.
    public var initialBudget: Amount?
    /// 全年预算数 (the budget after adjustments).
    public var fullYearBudget: Amount?
    /// 全年执行数.
    public var actual: Amount?
    /// 分值 (10 on the 年度资金总额 row; blank on the sources).
    public var weight: Amount?
    /// 执行率 in percent as printed (`98.75` for `98.75%`).
    public var executionRate: Amount?
    /// 得分 (on the 年度资金总额 row).
    public var score: Amount?
    /// The source line.
    public var line: SourceLine?

    public init(
        label: String,
        initialBudget: Amount?,
        fullYearBudget: Amount?,
        actual: Amount?,
        weight: Amount? = nil,
        executionRate: Amount? = nil,
        score: Amount? = nil,
        line: SourceLine? = nil
    ) {
        self.label = label
        self.initialBudget = initialBudget
        self.fullYearBudget = fullYearBudget
        self.actual = actual
        self.weight = weight
        self.executionRate = executionRate
        self.score = score
        self.line = line
    }

    /// Which source the row is, read from its label.
    public var source: SelfEvaluationFundSource { SelfEvaluationFundSource(label: label) }
}

/// The sources of the 项目资金 block.
public enum SelfEvaluationFundSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// 年度资金总额.
    case total
    /// 财政拨款 (当年/本年财政拨款, 财政资金).
    case appropriation
    /// 上年结转资金.
    case carriedOver
    /// 其他资金 and any other source a province adds (单位资金, 财政专户管理资金).
    case other

    /// The source of a printed label.
    public init(label: String) {
        if label.contains("总额") || label.contains("合计") || label == "总计" {
            self = .total
        } else if label.contains("结转") {
            self = .carriedOver
        } else if label.contains("财政拨款") || label.contains("财政资金") {
            self = .appropriation
        } else {
            self = .other
        }
    }
}
