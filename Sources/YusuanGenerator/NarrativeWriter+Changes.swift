import YusuanCore

extension NarrativeWriter {
    /// A stated change and its text: `比2023年增加19.32万元，主要原因是……` or `与2023年持平`.
    struct ChangeText {
        var text: String
        var change: StatedChange
    }

    /// The change `delta` (current − prior) compared with the prior year (or with `上年`), with a reason
    /// introduced by `reasonLead` unless the figure is unchanged.
    func change(
        _ delta: Cents,
        reason: String?,
        reasonLead: String = "主要原因是",
        comparedWithLastYear: Bool = false,
        components: [ComponentChange] = []
    ) -> ChangeText {
        let reference = comparedWithLastYear ? "上年" : "\(priorYear)年"
        let direction: ChangeDirection = delta > 0 ? .increase : delta < 0 ? .decrease : .unchanged
        var text: String
        switch direction {
        case .increase: text = "比\(reference)增加\(money(delta))"
        case .decrease: text = "比\(reference)减少\(money(-delta))"
        case .unchanged: text = "与\(reference)持平"
        }
        let statedReason = direction == .unchanged ? nil : reason
        if let statedReason { text += "，\(reasonLead)\(statedReason)" }
        let change = StatedChange(
            direction: direction,
            amount: delta == 0 ? nil : format.amount(abs(delta)),
            comparedWith: format.tidy(reference),
            comparedYear: comparedWithLastYear ? nil : priorYear,
            reason: statedReason.map(format.tidy),
            components: direction == .unchanged ? [] : components
        )
        return ChangeText(text: text, change: change)
    }

    /// The non-zero components with their text: `基本支出增加66.60万元，项目支出减少47.28万元`.
    func components(_ parts: [(label: String, delta: Cents)]) -> (text: String, components: [ComponentChange]) {
        let stated = parts.filter { $0.delta != 0 }
        let text = stated.map { "\($0.label)\($0.delta > 0 ? "增加" : "减少")\(money(abs($0.delta)))" }
            .joined(separator: "，")
        let components = stated.map {
            ComponentChange(
                label: $0.label,
                direction: $0.delta > 0 ? .increase : .decrease,
                amount: format.amount(abs($0.delta))
            )
        }
        return (text, components)
    }

    /// A reason for a change of `delta` drawn from the increase or decrease pool.
    mutating func reason(_ delta: Cents, increase: [String], decrease: [String]) -> String? {
        delta == 0 ? nil : rng.pick(delta > 0 ? increase : decrease)
    }
}
