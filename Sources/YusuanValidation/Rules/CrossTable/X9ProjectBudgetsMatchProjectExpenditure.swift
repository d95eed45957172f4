import YusuanCore

/// X9: Σ 当年预算 of the project tables (表十一) = 表二 合计 项目支出, and every project's 当年预算 > 0.
public struct X9ProjectBudgetsMatchProjectExpenditure: ValidationRule {
    public static let id = "X9"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        if let unread = context.unreadTable(Self.id, .projectPerformance) { return unread }
        let projects = context.tables.projectPerformance
        guard let budget = context.tables.generalBudgetExpenditure, let total = budget.totalRow else {
            let name = context.tableName(.generalBudgetExpenditure)
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "文档没有\(name.ofZh)合计行。", en: "\(name.capitalizedEn) has no total row.")
            )
        }
        let projectExpenditure = total.amounts.project
        if projects.isEmpty && (projectExpenditure?.isZero ?? true) {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "没有项目支出，也没有项目绩效目标表。", en: "No project expenditure and no project table.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.generalBudgetExpenditure, function: budget)
        for project in projects {
            let location = FindingLocation(
                table: .projectPerformance,
                caption: context.tableName(.projectPerformance, header: project.header).caption,
                row: project.name,
                column: "当年预算",
                line: project.budgetLine ?? project.line
            )
            if let amount = project.budget, !amount.isNegative, !amount.isZero { continue }
            reporter.report(
                LocalizedText(
                    zh: "项目“\(project.name)”的当年预算为\(Describe.value(project.budget).zh)，应为正数，请填写项目当年预算。",
                    en:
                        "Project \(project.name) has a current-year budget of \(Describe.value(project.budget).en); "
                        + "it must be positive: fill it in."
                ),
                at: location,
                actual: project.budget
            )
        }
        if let totalRow = view.totalRow {
            let location =
                projects.first.map {
                    FindingLocation(
                        table: .projectPerformance,
                        caption: context.tableName(.projectPerformance, header: $0.header).caption,
                        row: "Σ当年预算",
                        column: "当年预算",
                        line: $0.budgetLine ?? $0.line
                    )
                }
                ?? FindingLocation(table: .projectPerformance, caption: context.tableName(.projectPerformance).caption)
            reporter.checkSum(
                total: projectExpenditure,
                parts: projects.map(\.budget),
                at: view.location(totalRow, column: 2),
                related: location,
                subject: view.describe(totalRow, column: 2),
                partsDescription: LocalizedText(
                    zh: "\(projects.count)个项目绩效目标表的当年预算",
                    en: "the budgets of the \(projects.count) project tables"
                )
            )
        }
        return reporter.outcome
    }
}
