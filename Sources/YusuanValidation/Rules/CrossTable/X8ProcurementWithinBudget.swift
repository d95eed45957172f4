import YusuanCore

/// X8: 表九 合计 ≤ 表八 合计, and 表九's 一般公共预算 column ≤ 表二 合计.
public struct X8ProcurementWithinBudget: ValidationRule {
    public static let id = "X8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let procurement = context.tables.procurement, let view = context.procurementView,
            let total = view.totalRow
        else {
            let name = context.tableName(.procurement)
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "\(name.zh)没有合计行。", en: "\(name.capitalizedEn) has no total row.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        if let department = context.tables.departmentExpenditure {
            let other = context.codedView(.departmentExpenditure, function: department)
            if let otherTotal = other.totalRow {
                reporter.checkAtMost(
                    total.columns[0],
                    limit: otherTotal.columns[0],
                    at: view.location(total, column: 0),
                    related: other.location(otherTotal, column: 0),
                    subject: view.describe(total, column: 0),
                    other: other.describe(otherTotal, column: 0)
                )
            }
        }
        if let column = procurement.generalBudgetColumn, let budget = context.tables.generalBudgetExpenditure {
            let other = context.codedView(.generalBudgetExpenditure, function: budget)
            if let otherTotal = other.totalRow {
                reporter.checkAtMost(
                    total.columns[column + 1],
                    limit: otherTotal.columns[0],
                    at: view.location(total, column: column + 1),
                    related: other.location(otherTotal, column: 0),
                    subject: view.describe(total, column: column + 1),
                    other: other.describe(otherTotal, column: 0)
                )
            }
        }
        return reporter.outcome
    }
}
