import YusuanCore

/// N7: every stated increase or decrease carries a reason (主要原因/主要是/由于…). 持平 and a change of 0 need none; a
/// change the narrative calls negligible (`增长 0.8%，与上年基本持平`) carries those words as its reason. A total whose
/// parts each give their reason (财政拨款支出 by 基本/项目, “三公” by its items, 公务用车购置及运行费 by 购置 and 运行)
/// needs none of its own, and neither does a change the narrative explains where it states the same figure with the
/// same change again (`收、支预算总计各增加 844.15 万元。主要原因是…` and `一般公共预算财政拨款支出预算 13649.07 万元，
/// 与上年相比增加 844.15 万元`).
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
            guard let change = entries[position].figure.change, !Self.hasReason(change) else { continue }
            if coveredByParts(entries[position].fact, facts) { continue }
            if Self.explainedElsewhere(entries[position], among: entries) { continue }
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

    /// Whether a change needs no reason (持平, a change of 0) or states one (or the components it is made of).
    static func hasReason(_ change: StatedChange?) -> Bool {
        guard let change else { return false }
        if change.direction == .unchanged { return true }
        if let amount = change.amount, amount.isZero { return true }
        // A closure, not a key path: a key path is applied through the runtime at each call.
        return !(change.reason.map { $0.isOnlySpaces } ?? true) || !change.components.isEmpty
    }

    /// Whether another statement of the same figure (the same amount) with the same change gives the reason.
    static func explainedElsewhere(_ entry: StatedFigures.Entry, among entries: [StatedFigures.Entry]) -> Bool {
        guard let change = entry.figure.change, let amount = change.signedAmount else { return false }
        return entries.contains { other in
            guard other.fact != entry.fact, let otherChange = other.figure.change,
                let otherAmount = otherChange.signedAmount
            else { return false }
            return other.figure.amount.isNumericallyEqual(to: entry.figure.amount)
                && otherAmount.isNumericallyEqual(to: amount) && hasReason(otherChange)
        }
    }

    private func coveredByParts(_ fact: String, _ facts: NarrativeFacts) -> Bool {
        switch fact {
        case "appropriationExpenditure", "appropriationIncome", "expenditure", "income":
            let parts = [facts.basicExpenditure?.change, facts.projectExpenditure?.change]
            return parts.allSatisfy { $0 != nil && Self.hasReason($0) }
        case "threePublic.vehicles":
            guard let three = facts.threePublic else { return false }
            return Self.explainedByItems(three.vehicles, [three.vehiclePurchase, three.vehicleOperation])
        case "threePublic.total":
            guard let three = facts.threePublic else { return false }
            let separate = [three.abroad, three.reception, three.vehicleOperation, three.vehiclePurchase]
            let together = [three.abroad, three.reception, three.vehicles]
            if separate.allSatisfy({ $0?.change != nil && Self.hasReason($0?.change) })
                || together.allSatisfy({ $0?.change != nil && Self.hasReason($0?.change) })
            {
                return true
            }
            // The items the narrative states, 公务用车购置及运行费 together or (when it is not stated) apart; the
            // two together are explained by their own parts too.
            let vehicles: [StatedFigure?] =
                three.vehicles?.change != nil ? [three.vehicles] : [three.vehiclePurchase, three.vehicleOperation]
            return Self.explainedByItems(three.total, [three.abroad, three.reception] + vehicles) { item in
                Self.hasReason(item.change)
                    || (item == three.vehicles
                        && Self.explainedByItems(item, [three.vehiclePurchase, three.vehicleOperation]))
            }
        default:
            return false
        }
    }

    /// Whether the changes of the items stated add up to the total's change and each of them that changes is
    /// explained (an item the narrative does not state adds nothing: had it changed, the sum would not match).
    static func explainedByItems(
        _ total: StatedFigure?,
        _ items: [StatedFigure?],
        isExplained: (StatedFigure) -> Bool = { hasReason($0.change) }
    ) -> Bool {
        guard let change = total?.change?.signedAmount else { return false }
        var changes: [Amount] = []
        for case let item? in items {
            // An item stated without its change leaves the total's change unexplained.
            guard let itemChange = item.change, let signed = itemChange.signedAmount else { return false }
            if !signed.isZero, !isExplained(item) { return false }
            changes.append(signed)
        }
        guard !changes.isEmpty, let sum = Amount.sum(changes) else { return false }
        return sum.isNumericallyEqual(to: change)
    }
}
