import YusuanCore

/// A summary of a document's tables: the main totals and the size of every table, computed the same way from
/// any ``Disclosure``. Tests compare the totals of a generated document with those of the same document
/// rendered and imported again; amounts are compared by value (`2197.4` equals `2197.40`).
public struct GeneratedTotals: Sendable, Hashable, CustomStringConvertible {
    /// 表八 合计: 总计, 基本支出, 项目支出.
    public var departmentTotal: Amount?
    public var departmentBasic: Amount?
    public var departmentProject: Amount?
    /// 表二 合计: 总计, 基本支出, 项目支出.
    public var generalBudgetTotal: Amount?
    public var generalBudgetBasic: Amount?
    public var generalBudgetProject: Amount?
    /// 表三 合计 总计.
    public var basicEconomicTotal: Amount?
    /// 表四 合计.
    public var threePublicTotal: Amount?
    /// 表一 收入合计.
    public var financialIncomeTotal: Amount?
    /// 表七 合计 总计.
    public var departmentIncomeTotal: Amount?
    /// 表九 合计 总计.
    public var procurementTotal: Amount?
    /// 表十 部门支出预算数.
    public var overallBudget: Amount?
    /// Σ 表十一 当年预算.
    public var projectBudgetSum: Amount?
    /// The number of 表十一 tables.
    public var projectTableCount: Int
    /// Rows (printed lines for 表一/表六, indicators for 表十) per table, keyed by ``TableKind/identifier``;
    /// 表十一 counts all indicators of all project tables.
    public var rowCounts: [String: Int]

    /// The totals of a document.
    public init(of disclosure: Disclosure) {
        let tables = disclosure.tables
        departmentTotal = Self.normalized(tables.departmentExpenditure?.totalRow?.amounts.total)
        departmentBasic = Self.normalized(tables.departmentExpenditure?.totalRow?.amounts.basic)
        departmentProject = Self.normalized(tables.departmentExpenditure?.totalRow?.amounts.project)
        generalBudgetTotal = Self.normalized(tables.generalBudgetExpenditure?.totalRow?.amounts.total)
        generalBudgetBasic = Self.normalized(tables.generalBudgetExpenditure?.totalRow?.amounts.basic)
        generalBudgetProject = Self.normalized(tables.generalBudgetExpenditure?.totalRow?.amounts.project)
        basicEconomicTotal = Self.normalized(tables.generalBudgetBasicExpenditure?.totalRow?.total)
        threePublicTotal = Self.normalized(tables.threePublicExpenditure?.amounts.total)
        financialIncomeTotal = Self.normalized(tables.financialSummary?.incomeTotal?.amount)
        departmentIncomeTotal = Self.normalized(tables.departmentIncome?.totalRow?.total)
        procurementTotal = Self.normalized(tables.procurement?.totalRow?.total)
        overallBudget = Self.normalized(tables.overallPerformance?.budget)
        projectBudgetSum = Self.normalized(Amount.sum(tables.projectPerformance.compactMap(\.budget)))
        projectTableCount = tables.projectPerformance.count
        var counts: [String: Int] = [:]
        counts[TableKind.financialSummary.identifier] = tables.financialSummary?.lines.count
        counts[TableKind.generalBudgetExpenditure.identifier] = tables.generalBudgetExpenditure?.rows.count
        counts[TableKind.generalBudgetBasicExpenditure.identifier] = tables.generalBudgetBasicExpenditure?.rows.count
        counts[TableKind.governmentFundExpenditure.identifier] = tables.governmentFundExpenditure?.rows.count
        counts[TableKind.departmentSummary.identifier] = tables.departmentSummary?.lines.count
        counts[TableKind.departmentIncome.identifier] = tables.departmentIncome?.rows.count
        counts[TableKind.departmentExpenditure.identifier] = tables.departmentExpenditure?.rows.count
        counts[TableKind.procurement.identifier] = tables.procurement?.rows.count
        counts[TableKind.overallPerformance.identifier] = tables.overallPerformance?.indicators.count
        counts[TableKind.projectPerformance.identifier] = tables.projectPerformance.reduce(0) {
            $0 + $1.indicators.count
        }
        rowCounts = counts
    }

    /// The amount with two decimals when that loses nothing, so that equal values compare equal.
    static func normalized(_ amount: Amount?) -> Amount? {
        guard let amount else { return nil }
        return amount.rescaled(to: 2) ?? amount
    }

    public var description: String {
        func text(_ amount: Amount?) -> String { amount?.plainText ?? "-" }
        let counts = rowCounts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "表八 \(text(departmentTotal))/\(text(departmentBasic))/\(text(departmentProject)) "
            + "表二 \(text(generalBudgetTotal))/\(text(generalBudgetBasic))/\(text(generalBudgetProject)) "
            + "表三 \(text(basicEconomicTotal)) 三公 \(text(threePublicTotal)) 表一 \(text(financialIncomeTotal)) "
            + "表七 \(text(departmentIncomeTotal)) 表九 \(text(procurementTotal)) 表十 \(text(overallBudget)) "
            + "项目 \(projectTableCount)/\(text(projectBudgetSum)) \(counts)"
    }
}
