import YusuanCore

/// P8: scoring of a performance self-evaluation (自评): a quantitative indicator scores weight × min(1, B/A)
/// (≥ type) or weight × min(1, A/B) (≤ type); 预算执行率 scores min(10, 10 × rate). Budgets (预算) carry no
/// self-evaluation, so the rule does not apply to them; ``score(weight:target:actual:operator:)`` is the helper.
public struct P8SelfEvaluationScoring: ValidationRule {
    public static let id = "P8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        .notApplicable(
            Self.id,
            LocalizedText(
                zh: "预算公开不含绩效自评结果，自评评分规则不适用。",
                en: "A budget disclosure carries no performance self-evaluation."
            )
        )
    }

    /// The score of a quantitative indicator, in hundredths of a point, or nil for a qualitative one.
    /// - Parameters:
    ///   - weight: the indicator's weight (its full score).
    ///   - target: the target value A.
    ///   - actual: the achieved value B.
    ///   - operator: the indicator's operator.
    /// - Returns: the score, never above the weight, with two decimals.
    public static func score(weight: Amount, target: Amount, actual: Amount, operator: IndicatorOperator) -> Amount? {
        let common = max(target.scale, actual.scale)
        guard let a = target.rescaled(to: common)?.minorUnits, let b = actual.rescaled(to: common)?.minorUnits,
            let w = weight.rescaled(to: 2)?.minorUnits
        else { return nil }
        let (numerator, denominator): (Int64, Int64)
        switch `operator` {
        case .atLeast, .greaterThan, .equal: (numerator, denominator) = (b, a)
        case .atMost, .lessThan: (numerator, denominator) = (a, b)
        case .qualitative: return nil
        }
        if denominator <= 0 || numerator >= denominator { return Amount(minorUnits: w, scale: 2) }
        return Amount(minorUnits: max(0, w * numerator / denominator), scale: 2)
    }
}
