import YusuanCore

/// N1: the narrative's 收入预算 total and each source named equal 表六 (or 表一), and the sources add up to the
/// total.
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
        let location = FindingLocation.narrative(income.sentence)
        let subject = Describe.narrative(income.label.isEmpty ? "收入预算" : income.label)
        let totals = NarrativeTargets.incomeTotal(context)
        if let target = totals {
            reporter.checkEqual(
                income.amount,
                target.amount,
                at: location,
                related: target.location,
                subject: subject,
                other: target.describe
            )
        }
        for part in income.parts {
            guard let fund = FundSource(label: part.label), let target = NarrativeTargets.incomeSource(fund, context)
            else { continue }
            reporter.checkEqual(
                part.amount,
                target.amount,
                at: FindingLocation.narrative(part.sentence),
                related: target.location,
                subject: Describe.narrative(part.label),
                other: target.describe
            )
        }
        if !income.parts.isEmpty {
            reporter.checkSum(
                total: income.amount,
                parts: income.parts.map(\.amount),
                at: location,
                subject: subject,
                partsDescription: LocalizedText(zh: "所列各项收入", en: "the sources it lists")
            )
        }
        return reporter.outcome
    }
}
