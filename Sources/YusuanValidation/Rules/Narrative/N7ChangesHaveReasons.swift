import YusuanCore

/// N7: every stated increase or decrease carries a reason (主要原因/主要是/由于…). 持平 needs none; a total whose
/// parts each give their reason (财政拨款支出 by 基本/项目, “三公” by its items) needs none of its own.
public struct N7ChangesHaveReasons: ValidationRule {
    public static let id = "N7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let facts = context.facts
        // The figures without a change are skipped below, so they are not filtered out first.
        let entries = context.statedFiguresWithChanges
        guard entries.contains(where: { $0.figure.change != nil }) else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述增减变化。", en: "The narrative states no year-on-year change.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        for position in entries.indices {
            guard let change = entries[position].figure.change, change.direction != .unchanged,
                !Self.hasReason(change)
            else { continue }
            if coveredByParts(entries[position].fact, facts) { continue }
            let entry = entries[position]
            let verb = change.direction == .increase ? "增加" : "减少"
            reporter.report(
                LocalizedText(
                    zh: "情况说明“\(entry.figure.label)”比上年\(verb)\(change.amount.map { " \($0.plainText) 万元" } ?? "")，"
                        + "但未说明增减变化的原因。请补充“主要原因是……”。",
                    en: "The narrative states that \(entry.figure.label) changed"
                        + "\(change.amount.map { " by \($0.plainText)" } ?? "") but gives no reason: add one "
                        + "(主要原因是……)."
                ),
                at: .narrative(entry.figure.sentence),
                actual: change.signedAmount
            )
        }
        return reporter.outcome
    }

    static func hasReason(_ change: StatedChange?) -> Bool {
        guard let change else { return false }
        if change.direction == .unchanged { return true }
        return !(change.reason.map(BlankText.isBlank) ?? true) || !change.components.isEmpty
    }

    private func coveredByParts(_ fact: String, _ facts: NarrativeFacts) -> Bool {
        switch fact {
        case "appropriationExpenditure", "appropriationIncome", "expenditure", "income":
            let parts = [facts.basicExpenditure?.change, facts.projectExpenditure?.change]
            return parts.allSatisfy { $0 != nil && Self.hasReason($0) }
        case "threePublic.total":
            guard let three = facts.threePublic else { return false }
            let items = [three.abroad, three.reception, three.vehicleOperation, three.vehiclePurchase]
            let together = [three.abroad, three.reception, three.vehicles]
            return items.allSatisfy { $0?.change != nil && Self.hasReason($0?.change) }
                || together.allSatisfy { $0?.change != nil && Self.hasReason($0?.change) }
        default:
            return false
        }
    }
}
