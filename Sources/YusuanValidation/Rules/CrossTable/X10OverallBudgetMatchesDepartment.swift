import YusuanCore

/// X10: 表十 部门支出预算数 = 表八 合计.
public struct X10OverallBudgetMatchesDepartment: ValidationRule {
    public static let id = "X10"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let overall = context.tables.overallPerformance, let department = context.tables.departmentExpenditure,
            let total = department.totalRow
        else {
            return .notApplicable(Self.id, context.missingTables(.overallPerformance, .departmentExpenditure))
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.departmentExpenditure, function: department)
        let totalRow = view.totalRow ?? CodedRowView(total)
        let overallName = context.tableName(.overallPerformance)
        reporter.checkEqual(
            overall.budget,
            total.amounts.total,
            at: FindingLocation(
                table: .overallPerformance,
                caption: overallName.caption,
                row: overall.departmentLabel,
                column: "部门支出预算数",
                line: overall.line ?? overall.header.line
            ),
            related: view.location(totalRow, column: 0),
            subject: LocalizedText(
                zh: "\(overallName.ofZh)部门支出预算数",
                en: "\(overallName.capitalizedEn) department expenditure budget"
            ),
            other: view.describe(totalRow, column: 0)
        )
        return reporter.outcome
    }
}
