/// The eleven tables of a disclosure. A table the document does not contain is `nil`; an empty table that
/// is printed (with its note) is present with no rows.
public struct DisclosureTables: Sendable, Hashable, Codable {
    /// 表一 财政拨款收支总表.
    public var financialSummary: FinancialSummaryTable?
    /// 表二 一般公共预算财政拨款支出预算表.
    public var generalBudgetExpenditure: FunctionExpenditureTable?
    /// 表三 一般公共预算财政拨款基本支出预算表.
    public var generalBudgetBasicExpenditure: EconomicExpenditureTable?
    /// 表四 一般公共预算“三公”经费支出表.
    public var threePublicExpenditure: ThreePublicTable?
    /// 表五 政府性基金预算支出表.
    public var governmentFundExpenditure: FunctionExpenditureTable?
    /// 表六 部门收支总表.
    public var departmentSummary: DepartmentSummaryTable?
    /// 表七 部门收入总表.
    public var departmentIncome: SourceBreakdownTable?
    /// 表八 部门支出总表.
    public var departmentExpenditure: FunctionExpenditureTable?
    /// 表九 政府采购预算明细表.
    public var procurement: SourceBreakdownTable?
    /// 表十 部门（单位）整体绩效目标表.
    public var overallPerformance: OverallPerformanceTable?
    /// 表十一 项目绩效目标表, one per project, in published order.
    public var projectPerformance: [ProjectPerformanceTable]
    /// Tables of other templates that have no counterpart among the eleven (Shanghai 国有资本经营预算支出功能分类预算表,
    /// Jiangsu 会议费/培训费, 决算 收入支出决算总表 …), in published order; `nil` when there are none.
    public var additionalTables: [GenericTable]?
    /// Tables found but not read with certainty (their content is kept in ``additionalTables``); `nil` when every
    /// table was read with certainty.
    public var readingIssues: [TableReadingIssue]?
    /// 项目支出绩效自评表 (a 决算's self-evaluations), one per project, in published order; `nil` when there are none.
    public var projectSelfEvaluations: [ProjectSelfEvaluation]?

    public init(
        financialSummary: FinancialSummaryTable? = nil,
        generalBudgetExpenditure: FunctionExpenditureTable? = nil,
        generalBudgetBasicExpenditure: EconomicExpenditureTable? = nil,
        threePublicExpenditure: ThreePublicTable? = nil,
        governmentFundExpenditure: FunctionExpenditureTable? = nil,
        departmentSummary: DepartmentSummaryTable? = nil,
        departmentIncome: SourceBreakdownTable? = nil,
        departmentExpenditure: FunctionExpenditureTable? = nil,
        procurement: SourceBreakdownTable? = nil,
        overallPerformance: OverallPerformanceTable? = nil,
        projectPerformance: [ProjectPerformanceTable] = [],
        additionalTables: [GenericTable]? = nil,
        readingIssues: [TableReadingIssue]? = nil,
        projectSelfEvaluations: [ProjectSelfEvaluation]? = nil
    ) {
        self.financialSummary = financialSummary
        self.generalBudgetExpenditure = generalBudgetExpenditure
        self.generalBudgetBasicExpenditure = generalBudgetBasicExpenditure
        self.threePublicExpenditure = threePublicExpenditure
        self.governmentFundExpenditure = governmentFundExpenditure
        self.departmentSummary = departmentSummary
        self.departmentIncome = departmentIncome
        self.departmentExpenditure = departmentExpenditure
        self.procurement = procurement
        self.overallPerformance = overallPerformance
        self.projectPerformance = projectPerformance
        self.additionalTables = additionalTables
        self.readingIssues = readingIssues
        self.projectSelfEvaluations = projectSelfEvaluations
    }

    /// The reading issue of a typed table, when it was found but not read with certainty.
    public func readingIssue(of kind: TableKind) -> TableReadingIssue? {
        readingIssues?.first { $0.table == kind.identifier && $0.isUncertain }
    }

    /// Whether the table of this kind is present (for 表十一: at least one project table).
    public func contains(_ kind: TableKind) -> Bool {
        switch kind {
        case .financialSummary: financialSummary != nil
        case .generalBudgetExpenditure: generalBudgetExpenditure != nil
        case .generalBudgetBasicExpenditure: generalBudgetBasicExpenditure != nil
        case .threePublicExpenditure: threePublicExpenditure != nil
        case .governmentFundExpenditure: governmentFundExpenditure != nil
        case .departmentSummary: departmentSummary != nil
        case .departmentIncome: departmentIncome != nil
        case .departmentExpenditure: departmentExpenditure != nil
        case .procurement: procurement != nil
        case .overallPerformance: overallPerformance != nil
        case .projectPerformance: !projectPerformance.isEmpty
        }
    }

    /// The header of the table of this kind (the first project table for 表十一).
    public func header(of kind: TableKind) -> TableHeader? {
        switch kind {
        case .financialSummary: financialSummary?.header
        case .generalBudgetExpenditure: generalBudgetExpenditure?.header
        case .generalBudgetBasicExpenditure: generalBudgetBasicExpenditure?.header
        case .threePublicExpenditure: threePublicExpenditure?.header
        case .governmentFundExpenditure: governmentFundExpenditure?.header
        case .departmentSummary: departmentSummary?.header
        case .departmentIncome: departmentIncome?.header
        case .departmentExpenditure: departmentExpenditure?.header
        case .procurement: procurement?.header
        case .overallPerformance: overallPerformance?.header
        case .projectPerformance: projectPerformance.first?.header
        }
    }
}
