/// 表十 部门（单位）整体绩效目标表.
public struct OverallPerformanceTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// 部门(单位)名称 as printed (`236-重庆市南岸区政务服务管理办公室`).
    public var departmentLabel: String
    /// 部门支出预算数.
    public var budget: Amount?
    /// 当年整体绩效目标.
    public var goal: String
    /// The indicators (columns 指标, 指标权重, 计量单位, 指标性质, 指标值).
    public var indicators: [PerformanceIndicator]
    /// The line of the 部门名称 row.
    public var line: SourceLine?

    public init(
        header: TableHeader,
        departmentLabel: String,
        budget: Amount?,
        goal: String,
        indicators: [PerformanceIndicator],
        line: SourceLine? = nil
    ) {
        self.header = header
        self.departmentLabel = departmentLabel
        self.budget = budget
        self.goal = goal
        self.indicators = indicators
        self.line = line
    }
}

/// 表十一 项目绩效目标表（一级项目）: one per project.
public struct ProjectPerformanceTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// 编制单位 as printed.
    public var compilingUnit: String?
    /// 项目名称.
    public var name: String
    /// 主管部门.
    public var department: String
    /// 当年预算.
    public var budget: Amount?
    /// 项目概况.
    public var overview: String
    /// 立项依据.
    public var basis: String
    /// 当年绩效目标.
    public var goal: String
    /// The indicators (columns 指标名称, 指标权重, 指标性质, 指标值, 计量单位, 是否核心).
    public var indicators: [PerformanceIndicator]
    /// The line of the 项目名称 row.
    public var line: SourceLine?
    /// The line of the 当年预算 row.
    public var budgetLine: SourceLine?

    public init(
        header: TableHeader,
        compilingUnit: String?,
        name: String,
        department: String,
        budget: Amount?,
        overview: String,
        basis: String,
        goal: String,
        indicators: [PerformanceIndicator],
        line: SourceLine? = nil,
        budgetLine: SourceLine? = nil
    ) {
        self.header = header
        self.compilingUnit = compilingUnit
        self.name = name
        self.department = department
        self.budget = budget
        self.overview = overview
        self.basis = basis
        self.goal = goal
        self.indicators = indicators
        self.line = line
        self.budgetLine = budgetLine
    }
}
