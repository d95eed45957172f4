import Foundation
import YusuanCore

/// 执行率: 决算数 / 预算数 as a percentage, computed from the exact amounts (never floating point) and shown rounded
/// half away from zero to two decimals (`99.33`).
///
/// The quotient is a Foundation `Decimal` (38 significant digits) of the two exact amounts; a quotient that ends
/// exactly on a half (`0.005`) is represented exactly, so the rounding to two decimals is always that of the true
/// quotient. There is no rate when either amount is missing or the budget is zero.
public struct ExecutionRate: Sendable, Hashable {
    /// The percentage, `actual × 100 / budget`, to 38 significant digits.
    public var percent: Decimal
    /// The percentage rounded half away from zero to two decimals.
    public var rounded: Decimal

    /// The rate of `actual` against `budget`, or `nil` when either is missing or the budget is zero.
    public init?(actual: Amount?, budget: Amount?) {
        guard let actual, let budget, !budget.isZero else { return nil }
        var percent = Self.decimal(actual) * 100 / Self.decimal(budget)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &percent, 2, .plain)
        self.percent = percent
        self.rounded = rounded
    }

    /// The rounded percentage with exactly two decimals (`99.33`, `100.00`, `-0.01`): what every output shows.
    public var text: String {
        // `Decimal.description` writes plain digits, without an exponent (`99.3`, `100`).
        var text = rounded.description
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < 2 { text += String(repeating: "0", count: 2 - decimals) }
        return text
    }

    /// An amount as an exact `Decimal`.
    public static func decimal(_ amount: Amount) -> Decimal {
        Decimal(
            sign: amount.isNegative ? .minus : .plus,
            exponent: -amount.scale,
            significand: Decimal(amount.minorUnits.magnitude)
        )
    }
}
