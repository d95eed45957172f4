import YusuanCore

/// N9: the amount 绩效目标设置情况 says the targets cover equals 表二 项目支出 (all projects are managed by
/// targets).
public struct N9PerformanceAmountMatchesProjects: ValidationRule {
    public static let id = "N9"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let figure = context.facts.performanceTargetAmount else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述绩效目标涉及金额。", en: "The narrative states no performance amount.")
            )
        }
        guard let target = NarrativeTargets.total(of: .generalBudgetExpenditure, column: 2, context) else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有表二合计行。", en: "Table 2 has no total row."))
        }
        var reporter = context.reporter(for: Self.id)
        reporter.checkEqual(
            figure.amount,
            target.amount,
            at: .narrative(figure.sentence),
            related: target.location,
            subject: Describe.narrative(figure.label.isEmpty ? "绩效目标涉及金额" : figure.label),
            other: target.describe
        )
        return reporter.outcome
    }
}
