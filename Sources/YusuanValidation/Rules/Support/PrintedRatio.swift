import YusuanCore

/// Whether a stated percentage can follow from figures printed rounded, exactly (integers, no floating point).
///
/// A figure printed with d decimals stands for any value within half a unit of its last decimal (`57.8` for
/// 57.75 … 57.85, `686` for 685.5 … 686.5). The percentage computed from such figures is therefore an interval; the
/// stated percentage, itself rounded, stands for its own interval. The two must meet.
enum PrintedRatio {
    /// Half a unit of the last printed decimal: 0.005 for `201.50`, 0.05 for `57.8`, 0.5 for `686`.
    /// At the largest scale (a 元 figure converted to 万元 with 6 decimals) a whole unit is taken instead.
    static func halfUnit(of amount: Amount) -> Amount {
        guard amount.scale < Amount.maximumScale else { return Amount(minorUnits: 1, scale: Amount.maximumScale) }
        return Amount(minorUnits: 5, scale: amount.scale + 1)
    }

    /// A whole unit of the last printed decimal: 0.01 for `17.62`, 1 for `28`.
    static func unit(of amount: Amount) -> Amount {
        Amount(minorUnits: 1, scale: amount.scale)
    }

    /// Whether some values within half a unit of the printed `prior` (P) and `current` (Y) give
    /// (Y − P) / P × 100 within `slack` of `percent` (signed: a decrease is negative).
    static func admitsChange(prior: Amount, current: Amount, percent: Amount, slack: Amount) -> Bool {
        let priorHalf = halfUnit(of: prior)
        let currentHalf = halfUnit(of: current)
        return admits(
            numerator: (current - currentHalf, current + currentHalf),
            denominator: (prior - priorHalf, prior + priorHalf),
            offset: 100,
            stated: (percent - slack, percent + slack)
        )
    }

    /// Whether some values within half a unit of the printed change (D) and year's amount (Y) give
    /// D / P × 100 within `slack` of `percent` (unsigned), where P = Y − D for an increase and Y + D for a decrease.
    static func admitsChangeOfAmount(
        change: Amount,
        current: Amount,
        direction: ChangeDirection,
        percent: Amount,
        slack: Amount
    ) -> Bool {
        let changeHalf = halfUnit(of: change)
        let prior = direction == .decrease ? current + change : current - change
        let priorHalf = changeHalf + halfUnit(of: current)
        return admits(
            numerator: (change - changeHalf, change + changeHalf),
            denominator: (prior - priorHalf, prior + priorHalf),
            offset: 0,
            stated: (percent - slack, percent + slack)
        )
    }

    /// Whether the interval of `numerator / denominator × 100 − offset` over the two boxes meets `stated`.
    ///
    /// With N ∈ [n₀, n₁] (n₀ ≥ 0 is assumed by clamping) and D ∈ [d₀, d₁], the ratio runs from 100·n₀/d₁ to
    /// 100·n₁/d₀ when d₀ > 0 (to infinity when the denominator can reach 0). The intervals meet when
    /// (s₀ + offset)·d₀ ≤ 100·n₁ and (s₁ + offset)·d₁ ≥ 100·n₀, compared as 128-bit products.
    static func admits(
        numerator: (low: Amount, high: Amount),
        denominator: (low: Amount, high: Amount),
        offset: Int,
        stated: (low: Amount, high: Amount)
    ) -> Bool {
        let scale =
            [numerator.low, numerator.high, denominator.low, denominator.high, stated.low, stated.high]
            .map(\.scale).max() ?? 0
        guard let numeratorLow = units(numerator.low, scale), let numeratorHigh = units(numerator.high, scale),
            let denominatorLow = units(denominator.low, scale), let denominatorHigh = units(denominator.high, scale),
            let statedLow = units(stated.low, scale), let statedHigh = units(stated.high, scale),
            let offsetUnits = units(Amount(offset), scale), let hundred = units(Amount(100), scale)
        else { return true }
        guard denominatorHigh > 0 else { return true }
        let low = max(numeratorLow, 0)
        let high = max(numeratorHigh, 0)
        // Upper end: 100·n₁/d₀ (unbounded when d₀ ≤ 0).
        if denominatorLow > 0,
            compare(product(statedLow &+ offsetUnits, denominatorLow), product(hundred, high)) == .orderedDescending
        {
            return false
        }
        // Lower end: 100·n₀/d₁.
        return compare(product(statedHigh &+ offsetUnits, denominatorHigh), product(hundred, low)) != .orderedAscending
    }

    /// The exact quotient `numerator / denominator × 100`, rounded half away from zero to `scale` decimals (for
    /// messages).
    static func percent(_ numerator: Amount, of denominator: Amount, scale: Int = 2) -> Amount? {
        N13StatedPercentages.ratio(numerator, denominator, scale: scale)
    }

    /// The minor units of an amount at a larger scale.
    private static func units(_ amount: Amount, _ scale: Int) -> Int64? {
        amount.rescaled(to: scale)?.minorUnits
    }

    private static func product(_ left: Int64, _ right: Int64) -> (high: Int64, low: UInt64) {
        left.multipliedFullWidth(by: right)
    }

    private static func compare(_ left: (high: Int64, low: UInt64), _ right: (high: Int64, low: UInt64))
        -> ComparisonResult
    {
        if left.high != right.high { return left.high < right.high ? .orderedAscending : .orderedDescending }
        if left.low != right.low { return left.low < right.low ? .orderedAscending : .orderedDescending }
        return .orderedSame
    }
}
