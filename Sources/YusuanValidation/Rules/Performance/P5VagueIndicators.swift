import YusuanCore

/// P5: no vague or void indicators: values such as 改善/提高/不涉及/无, weight 0, the same indicator twice in
/// one table.
public struct P5VagueIndicators: ValidationRule {
    public static let id = "P5"

    static let vagueValues: Set<String> = ["改善", "提高", "提升", "不涉及", "无", "/", "-", "—"]

    public init() {}

    /// Whether a (trimmed) value is one of ``vagueValues``.
    static func isVague(_ value: String) -> Bool { vagueValues.contains(value) }

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachPerformanceTable(Self.id) { table, reporter in
            // The names as normalized. By position: iterating the indicators would copy each one.
            let normalizedNames = table.indicators.indices.map { Labels.normalized(table.indicators[$0].name) }
            // Sized once: a set that grows hashes every name it holds again at each growth.
            var names: Set<String> = []
            names.reserveCapacity(normalizedNames.count)
            for position in table.indicators.indices {
                let value = table.readings[position].value
                if Self.isVague(value) {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”的指标值“\(value)”含糊或无效，请设定可衡量的目标值。",
                            en: "Indicator \(indicator.name) of \(table.describe.en) has the vague value \(value): set "
                                + "a measurable target."
                        ),
                        at: table.location(indicator, column: "指标值")
                    )
                }
                if let weight = table.indicators[position].weight, weight.isZero {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”权重为 0，无效指标应删除或赋予权重。",
                            en:
                                "Indicator \(indicator.name) of \(table.describe.en) has weight 0: remove it or weight it."
                        ),
                        at: table.location(indicator, column: "指标权重")
                    )
                }
                if !names.insert(normalizedNames[position]).inserted {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”重复出现，请删除重复指标。",
                            en:
                                "Indicator \(indicator.name) appears twice in \(table.describe.en): remove the duplicate."
                        ),
                        at: table.location(indicator)
                    )
                }
            }
        }
    }
}
