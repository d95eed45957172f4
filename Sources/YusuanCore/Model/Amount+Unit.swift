extension Amount {
    /// The same value in another unit, exactly: 元 → 万元 divides by 10⁴ and the scale grows by 4
    /// (`91,016,775.35` 元 is `9101.677535` 万元); 万元 → 元 multiplies by 10⁴ and the scale shrinks by up to 4.
    /// `nil` when the result would need more than ``maximumScale`` decimals or overflow.
    public func converted(from unit: AmountUnit, to target: AmountUnit) -> Amount? {
        switch (unit, target) {
        case (.yuan, .yuan), (.tenThousandYuan, .tenThousandYuan):
            return self
        case (.yuan, .tenThousandYuan):
            guard scale + 4 <= Amount.maximumScale else { return nil }
            return Amount(minorUnits: minorUnits, scale: scale + 4)
        case (.tenThousandYuan, .yuan):
            if scale >= 4 { return Amount(minorUnits: minorUnits, scale: scale - 4) }
            let (value, overflow) = minorUnits.multipliedReportingOverflow(by: Amount.powerOfTen(4 - scale))
            return overflow ? nil : Amount(minorUnits: value, scale: 0)
        }
    }
}

extension AmountUnit {
    /// How many 元 one unit is (1 or 10 000).
    public var yuanPerUnit: Int { self == .yuan ? 1 : 10_000 }
}
