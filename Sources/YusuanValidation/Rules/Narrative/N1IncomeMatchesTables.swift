import YusuanCore

/// N1: the narrative's 收入预算 total and each source named equal 表六 (or 表一), and the sources add up to the
/// total. Tables in another unit than the narrative are converted (``RuleReporter/checkStated(_:against:unit:at:related:subject:other:)``).
public struct N1IncomeMatchesTables: ValidationRule {
    public static let id = "N1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let income = context.facts.income else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述收入预算。", en: "The narrative states no income budget.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        var compared = false
        let location = FindingLocation.narrative(income.sentence)
        let subject = Describe.narrative(income.label.isEmpty ? "收入预算" : income.label)
        if !context.isChongqingTemplate {
            // Other families state 收入预算 with or without the carry-over: it must be one of the totals printed.
            let targets = NarrativeTargets.incomeTotals(context)
            if let first = targets.first {
                compared = true
                if !targets.contains(where: { income.agrees(with: $0.amount, unit: $0.unit) }) {
                    reporter.checkStated(
                        income,
                        against: first.amount,
                        unit: first.unit,
                        at: location,
                        related: first.location,
                        subject: subject,
                        other: first.describe
                    )
                }
            }
        } else if let target = NarrativeTargets.incomeTotal(context) {
            compared = reporter.checkStated(
                income,
                against: target.amount,
                unit: target.unit,
                at: location,
                related: target.location,
                subject: subject,
                other: target.describe
            )
        }
        for part in income.parts {
            guard let fund = FundSource(label: part.label), let target = NarrativeTargets.incomeSource(fund, context)
            else { continue }
            compared = true
            reporter.checkStated(
                part,
                against: target.amount,
                unit: target.unit,
                at: FindingLocation.narrative(part.sentence),
                related: target.location,
                subject: Describe.narrative(part.label),
                other: target.describe
            )
        }
        if !income.parts.isEmpty {
            compared = true
            reporter.checkSum(
                total: income.amount,
                parts: income.parts.map(\.amount),
                at: location,
                subject: subject,
                partsDescription: LocalizedText(zh: "所列各项收入", en: "the sources it lists")
            )
        }
        guard compared else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "文档没有可与收入预算核对的收支总表，情况说明也未列出收入来源。",
                    en: "The document has no summary table to check the income budget against, and the narrative "
                        + "lists no sources."
                )
            )
        }
        return reporter.outcome
    }
}
