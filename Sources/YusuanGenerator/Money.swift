import YusuanCore

/// An amount of 万元 in hundredths (0.01 万元), the generator's working unit: money is never a `Double`.
typealias Cents = Int64

extension Amount {
    /// The amount of `cents` hundredths of 万元, written with two decimals (`967.73`).
    static func cents(_ value: Cents) -> Amount { Amount(minorUnits: value, scale: 2) }

    /// The amount, or `nil` (a blank cell) when it is zero.
    static func blankIfZero(_ value: Cents) -> Amount? { value == 0 ? nil : .cents(value) }
}

extension SplitMix64 {
    /// A uniformly drawn amount in `range`.
    mutating func cents(in range: ClosedRange<Cents>) -> Cents { int64(in: range) }

    /// `value × p / 100` for a percentage `p` drawn from `percent`, in tenths of a percent.
    mutating func share(of value: Cents, percent: ClosedRange<Int>) -> Cents {
        let perMille = Int64(int(in: (percent.lowerBound * 10)...(percent.upperBound * 10)))
        return value * perMille / 1000
    }

    /// `total` split into `count` parts in random proportions, each at least `minimum` when the total allows;
    /// the parts add up to `total` exactly.
    mutating func split(_ total: Cents, into count: Int, minimum: Cents = 1) -> [Cents] {
        guard count > 0 else { return [] }
        let floor = min(minimum, total / Int64(count))
        let rest = total - floor * Int64(count)
        let weights = (0..<count).map { _ in Int64(int(in: 1...100)) }
        let weightSum = weights.reduce(0, +)
        var parts = weights.map { floor + rest * $0 / weightSum }
        let remainder = total - parts.reduce(0, +)
        parts[int(in: 0...(count - 1))] += remainder
        return parts
    }
}
