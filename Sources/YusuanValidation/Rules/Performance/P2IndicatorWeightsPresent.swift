import YusuanCore

/// P2: every indicator carries a weight, a whole number between 1 and the table's total (the Σ is A10; weight
/// 0 is P5).
public struct P2IndicatorWeightsPresent: ValidationRule {
    public static let id = "P2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachPerformanceTable(Self.id) { table, reporter in
            let limit = Amount(
                table.kind == .overallPerformance
                    ? context.options.overallWeightTotal : context.options.projectWeightTotal
            )
            for indicator in table.indicators {
                guard let weight = indicator.weight else {
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”未填写权重，请补充。",
                            en: "Indicator \(indicator.name) of \(table.describe.en) has no weight: fill it in."
                        ),
                        at: table.location(indicator, column: "指标权重")
                    )
                    continue
                }
                if weight.isZero { continue }
                if weight.isNegative || weight.compare(limit) == .orderedDescending || weight.rescaled(to: 0) == nil {
                    reporter.report(
                        LocalizedText(
                            zh:
                                "\(table.describe.zh)指标“\(indicator.name)”的权重 \(weight.plainText) 应为 1 至 \(limit.plainText) 之间的整数。",
                            en: "Indicator \(indicator.name) of \(table.describe.en) has weight \(weight.plainText); "
                                + "weights are whole numbers from 1 to \(limit.plainText)."
                        ),
                        at: table.location(indicator, column: "指标权重"),
                        actual: weight
                    )
                }
            }
        }
    }
}
