import YusuanCore

/// A11: amounts in 万元 carry at most two decimals, and no budget amount is negative.
public struct A11AmountFormat: ValidationRule {
    public static let id = "A11"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        let maximumScale = 2
        for cell in AmountCells.all(in: context.tables) {
            guard let amount = cell.amount else { continue }
            if amount.isNegative {
                reporter.report(
                    LocalizedText(
                        zh: "\(cell.describe.zh)为负数 \(amount.plainText)。预算金额不能为负，请核对。",
                        en: "\(cell.describe.en) is negative (\(amount.plainText)). A budget amount cannot be "
                            + "negative: check it."
                    ),
                    at: cell.location,
                    actual: amount
                )
            }
            if amount.scale > maximumScale {
                reporter.report(
                    LocalizedText(
                        zh: "\(cell.describe.zh)为 \(amount.plainText)，小数超过两位。万元金额应保留两位小数。",
                        en: "\(cell.describe.en) is \(amount.plainText), with more than two decimals. Amounts "
                            + "in 万元 are published with two decimals."
                    ),
                    at: cell.location,
                    severity: .warning,
                    actual: amount
                )
            }
        }
        return reporter.outcome
    }
}
