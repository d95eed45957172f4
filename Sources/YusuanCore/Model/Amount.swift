/// An exact fixed-point amount of money that remembers the precision it was written with.
///
/// `2197.4` and `2197.40` are numerically equal but are different `Amount` values: the source wrote
/// one decimal in the first case and two in the second. Use ``isNumericallyEqual(to:)`` or
/// ``compare(_:)`` for value comparisons; `==` compares the value *and* the written precision, so that a
/// document survives a round trip unchanged.
public struct Amount: Sendable, Hashable {
    /// The value multiplied by `10^scale`.
    public var minorUnits: Int64
    /// The number of decimals written in the source (0...6).
    public var scale: Int

    /// The largest scale an amount may carry.
    public static let maximumScale = 6

    /// Creates an amount from its minor units and scale: `Amount(minorUnits: 96773, scale: 2)` is 967.73.
    public init(minorUnits: Int64, scale: Int) {
        precondition((0...Amount.maximumScale).contains(scale), "scale out of range")
        self.minorUnits = minorUnits
        self.scale = scale
    }

    /// Creates a whole amount with no decimals.
    public init(_ whole: Int) {
        self.init(minorUnits: Int64(whole), scale: 0)
    }

    /// Zero with the given scale.
    public static func zero(scale: Int = 2) -> Amount { Amount(minorUnits: 0, scale: scale) }

    /// Whether the value is exactly zero.
    public var isZero: Bool { minorUnits == 0 }

    /// Whether the value is below zero.
    public var isNegative: Bool { minorUnits < 0 }

    /// The same value expressed with `newScale` decimals, or `nil` when that would lose digits or overflow.
    public func rescaled(to newScale: Int) -> Amount? {
        guard (0...Amount.maximumScale).contains(newScale) else { return nil }
        if newScale == scale { return self }
        if newScale > scale {
            let (value, overflow) = minorUnits.multipliedReportingOverflow(by: Amount.powerOfTen(newScale - scale))
            return overflow ? nil : Amount(minorUnits: value, scale: newScale)
        }
        let divisor = Amount.powerOfTen(scale - newScale)
        guard minorUnits % divisor == 0 else { return nil }
        return Amount(minorUnits: minorUnits / divisor, scale: newScale)
    }

    /// Compares two amounts by value, whatever their written precision.
    public func compare(_ other: Amount) -> ComparisonResult {
        let common = Swift.max(scale, other.scale)
        let left = Amount.widened(self, to: common)
        let right = Amount.widened(other, to: common)
        if left == right { return .orderedSame }
        return left < right ? .orderedAscending : .orderedDescending
    }

    /// Whether both amounts denote the same value (`2197.4` equals `2197.40`).
    public func isNumericallyEqual(to other: Amount) -> Bool { compare(other) == .orderedSame }

    /// The absolute value.
    public var magnitude: Amount { Amount(minorUnits: Swift.abs(minorUnits), scale: scale) }

    /// The sum, with the larger of the two scales.
    public static func + (left: Amount, right: Amount) -> Amount {
        let common = Swift.max(left.scale, right.scale)
        return Amount(minorUnits: widened(left, to: common) &+ widened(right, to: common), scale: common)
    }

    /// The difference, with the larger of the two scales.
    public static func - (left: Amount, right: Amount) -> Amount {
        let common = Swift.max(left.scale, right.scale)
        return Amount(minorUnits: widened(left, to: common) &- widened(right, to: common), scale: common)
    }

    /// The negated amount.
    public static prefix func - (value: Amount) -> Amount {
        Amount(minorUnits: -value.minorUnits, scale: value.scale)
    }

    /// The sum of a sequence of amounts; `nil` for an empty sequence.
    public static func sum<S: Sequence>(_ amounts: S) -> Amount? where S.Element == Amount {
        var total: Amount?
        for amount in amounts { total = total.map { $0 + amount } ?? amount }
        return total
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result &*= 10 }
        return result
    }

    static func widened(_ amount: Amount, to scale: Int) -> Int64 {
        amount.minorUnits &* powerOfTen(scale - amount.scale)
    }
}

/// The result of comparing two amounts by value.
public enum ComparisonResult: Sendable {
    case orderedAscending
    case orderedSame
    case orderedDescending
}
