import YusuanCore

/// P1: project expenditure comes with one target table per project: tables present, each named, no project
/// twice (their budgets adding up to 项目支出 is X9).
public struct P1ProjectTablesComplete: ValidationRule {
    public static let id = "P1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        if let unread = context.unreadTable(Self.id, .projectPerformance) { return unread }
        let projects = context.tables.projectPerformance
        let projectExpenditure = context.tables.generalBudgetExpenditure?.totalRow?.amounts.project
        if projects.isEmpty && (projectExpenditure?.isZero ?? true) {
            return .notApplicable(Self.id, LocalizedText(zh: "没有项目支出。", en: "No project expenditure."))
        }
        var reporter = context.reporter(for: Self.id)
        if projects.isEmpty, let amount = projectExpenditure {
            let budgetName = context.tableName(.generalBudgetExpenditure)
            reporter.report(
                LocalizedText(
                    zh: "\(budgetName.ofZh)项目支出 \(amount.plainText) 万元，但没有项目绩效目标表。请为每个项目公开绩效目标表。",
                    en:
                        "\(budgetName.capitalizedEn) shows project expenditure of \(amount.plainText) but no project performance table is "
                        + "published: add one per project."
                ),
                at: FindingLocation(
                    table: .projectPerformance,
                    caption: context.tableName(.projectPerformance).caption
                ),
                expected: amount
            )
        }
        var seen = SeenNames(capacity: projects.count)
        for project in projects {
            // Made only for a finding.
            func location() -> FindingLocation {
                FindingLocation(
                    table: .projectPerformance,
                    caption: context.tableName(.projectPerformance, header: project.header).caption,
                    row: project.name,
                    line: project.line ?? project.header.line
                )
            }
            if project.name.isOnlySpaces {
                reporter.report(
                    LocalizedText(zh: "项目绩效目标表缺少项目名称，请填写。", en: "A project table has no project name: fill it in."),
                    at: location()
                )
            } else if !seen.insert(Labels.normalized(project.name)) {
                reporter.report(
                    LocalizedText(
                        zh: "项目“\(project.name)”的绩效目标表出现多次，请合并或删除重复的表。",
                        en: "Project \(project.name) has more than one table: merge or remove the duplicate."
                    ),
                    at: location(),
                    severity: .warning
                )
            }
        }
        return reporter.outcome
    }

    /// The (normalized) names seen so far.
    struct SeenNames {
        private var names: Set<String> = []

        /// Room for `capacity` names: a set that grows hashes every name it holds again at each growth.
        init(capacity: Int = 0) { names.reserveCapacity(capacity) }

        /// Adds a name; whether it was not there yet.
        mutating func insert(_ name: String) -> Bool { names.insert(name).inserted }
    }
}
