import YusuanCore

/// P4: 指标性质 is one of ≥ ≤ = > < 定性; a quantitative indicator has a numeric value and a unit, a
/// qualitative one a text value.
public struct P4IndicatorOperators: ValidationRule {
    public static let id = "P4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachPerformanceTable(Self.id) { table, reporter in
            // By position: an indicator is copied only for a finding.
            for position in table.indicators.indices {
                let reading = table.readings[position]
                // The message prefix is formatted only for an indicator that has a finding.
                func prefix() -> LocalizedText {
                    let name = table.indicators[position].name
                    return LocalizedText(
                        zh: "\(table.describe.zh)指标“\(name)”",
                        en: "Indicator \(name) of \(table.describe.en)"
                    )
                }
                guard let operation = reading.indicatorOperator else {
                    reporter.report(
                        prefix()
                            + LocalizedText(
                                zh: "的指标性质“\(table.indicators[position].operatorSymbol)”无效，应为 ≥、≤、=、>、< 或 定性。",
                                en:
                                    "has the operator \(table.indicators[position].operatorSymbol); use ≥, ≤, =, >, < or 定性."
                            ),
                        at: table.location(table.indicators[position], column: "指标性质")
                    )
                    continue
                }
                if operation == .qualitative {
                    if reading.value.isEmpty {
                        reporter.report(
                            prefix() + LocalizedText(zh: "为定性指标但未填写指标值。", en: "is qualitative but has no value."),
                            at: table.location(table.indicators[position], column: "指标值")
                        )
                    }
                    continue
                }
                if reading.numericValue == nil {
                    reporter.report(
                        prefix()
                            + LocalizedText(
                                zh: "为定量指标，指标值“\(table.indicators[position].value)”不是数值，请填写数值或改为定性指标。",
                                en:
                                    "is quantitative but its value \(table.indicators[position].value) is not a number: give a number or "
                                    + "make it qualitative."
                            ),
                        at: table.location(table.indicators[position], column: "指标值")
                    )
                }
                if reading.unit.isEmpty {
                    reporter.report(
                        prefix() + LocalizedText(zh: "未填写计量单位。", en: "has no unit."),
                        at: table.location(table.indicators[position], column: "计量单位")
                    )
                }
            }
        }
    }
}
