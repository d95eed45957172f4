import YusuanCore

/// N10: 机关运行经费 is stated, with its year-on-year change, and is plausible: no more than 表三 日常公用经费.
public struct N10OperatingCost: ValidationRule {
    public static let id = "N10"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        if context.facts.operatingCost == nil, let unread = context.unreadNarrative(Self.id) { return unread }
        var reporter = context.reporter(for: Self.id)
        guard let cost = context.facts.operatingCost else {
            reporter.report(
                LocalizedText(
                    zh: "情况说明未说明机关运行经费。预算法要求对机关运行经费的安排作出说明，请补充金额、增减变化及原因。",
                    en: "The narrative does not state 机关运行经费 (operating costs), which the Budget Law requires: "
                        + "add the amount, its change and the reason."
                ),
                at: FindingLocation(line: context.disclosure.narrative.titleLine)
            )
            return reporter.outcome
        }
        if cost.change == nil {
            reporter.report(
                LocalizedText(
                    zh: "机关运行经费未说明与上年相比的增减变化，请补充。",
                    en: "The operating costs are stated without their change from last year: add it."
                ),
                at: .narrative(cost.sentence),
                actual: cost.amount
            )
        }
        if let economic = context.tables.generalBudgetBasicExpenditure, let total = economic.totalRow {
            let view = context.codedView(economic: economic)
            let row = view.totalRow ?? CodedRowView(total)
            reporter.checkAtMost(
                cost.amount,
                limit: total.publicUse,
                at: .narrative(cost.sentence),
                related: view.location(row, column: 2),
                subject: Describe.narrative(cost.label.isEmpty ? "机关运行经费" : cost.label),
                other: view.describe(row, column: 2)
            )
        }
        return reporter.outcome
    }
}
