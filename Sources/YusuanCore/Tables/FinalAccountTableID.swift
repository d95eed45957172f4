/// The ``GenericTable/identifier``s of the national 部门决算's tables (docs/PDF.md, 部门决算): the tables that have no
/// typed counterpart among the Chongqing eleven are kept under these names (the 一般公共预算财政拨款支出决算表 fills
/// the typed ``DisclosureTables/generalBudgetExpenditure``).
///
/// The PDF reader (`FinalAccountTableKind`) and the F rules (`FinalAccountTables`) name the same tables with the same
/// strings; readers of a stored 决算 outside those modules (the execution comparison) use these.
public enum FinalAccountTableID {
    /// 收入支出决算总表.
    public static let summary = "final-summary"
    /// 收入决算表.
    public static let income = "final-income"
    /// 支出决算表: 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出 by function class.
    public static let expenditure = "final-expenditure"
    /// 财政拨款收入支出决算总表.
    public static let financialSummary = "final-financial-summary"
    /// 一般公共预算财政拨款基本支出决算表 (人员经费, 公用经费).
    public static let basicExpenditure = "final-basic-expenditure"
    /// 财政拨款“三公”经费支出决算表: each of the six groups with its 预算数 and 决算数 (`合计预算数`, `合计决算数` …).
    public static let threePublic = "final-three-public"
    /// 政府性基金预算财政拨款收入支出决算表.
    public static let governmentFund = "final-government-fund"
    /// 国有资本经营预算财政拨款收入支出决算表.
    public static let stateCapital = "final-state-capital"
}
