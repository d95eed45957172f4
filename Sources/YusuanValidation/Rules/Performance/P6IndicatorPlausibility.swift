import YusuanCore

/// P6: indicator values are plausible: a percentage above 100 % (PUE "≤ 150 %" is a ratio written as a
/// percentage), a money target far above the project's budget, satisfaction in both 分 and % in one table.
public struct P6IndicatorPlausibility: ValidationRule {
    public static let id = "P6"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let hundred = Amount(100)
        return context.eachPerformanceTable(Self.id) { table, reporter in
            // By position: an indicator is copied only to report it.
            for position in table.indicators.indices {
                guard let value = table.readings[position].numericValue else { continue }
                let unit = table.readings[position].unitKind
                if unit == .percent, value.compare(hundred) == .orderedDescending {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh:
                                "\(table.describe.zh)指标“\(indicator.name)”的目标为 \(indicator.operatorSymbol) \(value.plainText)%，"
                                + "百分比超过 100%，请核对指标值或计量单位。",
                            en:
                                "Indicator \(indicator.name) of \(table.describe.en) targets \(indicator.operatorSymbol) "
                                + "\(value.plainText) %, above 100 %: check the value or the unit."
                        ),
                        at: table.location(indicator, column: "指标值"),
                        actual: value
                    )
                }
                if table.kind == .projectPerformance, unit == .tenThousand,
                    let budget = table.budget,
                    !budget.isZero,
                    value.compare(Amount(minorUnits: budget.minorUnits * 100, scale: budget.scale))
                        == .orderedDescending
                {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”的目标为 \(value.plainText) 万元，"
                                + "远超项目当年预算 \(budget.plainText) 万元（逾百倍），请核对指标口径。",
                            en:
                                "Indicator \(indicator.name) of \(table.describe.en) targets \(value.plainText) 万元, more "
                                + "than a hundred times the project's budget of \(budget.plainText): check the indicator."
                        ),
                        at: table.location(indicator, column: "指标值"),
                        actual: value
                    )
                }
            }
            if Self.mixesPointsAndPercent(table) {
                reporter.report(
                    LocalizedText(
                        zh: "\(table.describe.zh)的满意度指标同时使用“分”和“%”，请统一计量口径。",
                        en: "The satisfaction indicators of \(table.describe.en) mix 分 (points) and %: use one scale."
                    ),
                    at: table.location(column: "计量单位")
                )
            }
        }
    }

    /// Whether the table's satisfaction indicators (名称 with 满意) use both 分 and % (or ％) as their unit, without
    /// spaces around it. The units are read once per document (``IndicatorReading/unit``) and compared as `==`
    /// compares them.
    static func mixesPointsAndPercent(_ table: PerformanceTableView) -> Bool {
        // The names are searched only when the table has both units (a unit is of one kind only).
        guard table.readings.contains(where: { $0.unitKind == .points }),
            table.readings.contains(where: { $0.unitKind == .percent })
        else { return false }
        var points = false
        var percent = false
        for position in table.indicators.indices where table.indicators[position].name.has("满意") {
            let unit = table.readings[position].unitKind
            if !points, unit == .points {
                points = true
            } else if !percent, unit == .percent {
                percent = true
            }
            if points && percent { return true }
        }
        return false
    }
}
