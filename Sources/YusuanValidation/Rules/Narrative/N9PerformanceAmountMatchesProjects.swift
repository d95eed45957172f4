import YusuanCore

/// N9: the amount 绩效目标设置情况 says the targets cover equals 表二 项目支出 in the Chongqing template (all projects
/// are managed by targets: `项目支出均实行了绩效目标管理`).
///
/// The other families state the money of the projects that have targets (`编报绩效目标的项目11个，涉及项目预算资金
/// 6626万元`), which may be fewer than all projects, or the whole budget (`实现了绩效目标管理全覆盖，涉及一般公共预算当年
/// 拨款…`): there the amount is compared only when its sentence speaks of projects, and it may not exceed the
/// department's 项目支出 (a warning, since the sentence may count money the budget tables do not).
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
        guard context.isChongqingTemplate else { return evaluateOtherFamily(figure, context) }
        guard let target = NarrativeTargets.total(of: .generalBudgetExpenditure, column: 2, context) else {
            let name = context.tableName(.generalBudgetExpenditure)
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "文档没有\(name.ofZh)合计行。", en: "\(name.capitalizedEn) has no total row.")
            )
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

    private func evaluateOtherFamily(_ figure: StatedFigure, _ context: ValidationContext) -> RuleOutcome {
        guard figure.sentence.text.has("项目") else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "情况说明的绩效目标涉及金额未说明是项目支出，不与项目支出核对。",
                    en: "The narrative's performance amount is not said to be project money: not compared."
                )
            )
        }
        guard let target = NarrativeTargets.total(of: .departmentExpenditure, column: 2, context) else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "文档没有部门支出总表的项目支出。", en: "The document has no department project expenditure.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        let limit = target.amount.map { $0.converted(from: target.unit, to: figure.unit) ?? $0 }
        if let limit, limit.scale > figure.amount.scale,
            figure.amount.compare(limit + Amount(minorUnits: 5, scale: figure.amount.scale + 1)) != .orderedDescending
        {
            // Within the rounding of the narrative's figure.
            return reporter.outcome
        }
        reporter.checkAtMost(
            figure.amount,
            limit: limit,
            at: .narrative(figure.sentence),
            related: target.location,
            subject: Describe.narrative(figure.label.isEmpty ? "绩效目标涉及金额" : figure.label),
            other: target.describe,
            severity: .warning
        )
        return reporter.outcome
    }
}
