import YusuanCore

/// P5: no vague or void indicators: values such as 改善/提高/不涉及/无, weight 0, the same indicator twice in
/// one table.
public struct P5VagueIndicators: ValidationRule {
    public static let id = "P5"

    static let vagueValues: Set<String> = ["改善", "提高", "提升", "不涉及", "无", "/", "-", "—"]

    public init() {}

    /// ``vagueValues`` compared with a value as `==` does, by bytes when they decide (``WordList``).
    static let vagueWords = WordList(vagueValues.sorted())

    /// Whether a (trimmed) value is one of ``vagueValues``.
    static func isVague(_ value: String) -> Bool { vagueWords.contains(value) }

    /// Up to this many indicators, a table's duplicate names are found by comparing each name with the earlier
    /// ones rather than through a set.
    static let pairwiseLimit = 48

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachPerformanceTable(Self.id) { table, reporter in
            // The names as normalized; compared by bytes when that gives the same answer (the usual case: names
            // that are plain and their own normalized form, ``Labels/isPlainAndNormalized(_:)``, are not
            // normalized). By position: iterating the indicators would copy each one.
            let allPlain = table.indicators.indices.allSatisfy {
                Labels.isPlainAndNormalized(table.indicators[$0].name)
            }
            let normalizedNames =
                allPlain
                ? table.indicators.indices.map { table.indicators[$0].name }
                : table.indicators.indices.map { Labels.normalized(table.indicators[$0].name) }
            let byBytes =
                TextShortcut.byteKey.isEnabled && (allPlain || normalizedNames.allSatisfy { ScalarClass.isPlain($0) })
            let pairwise = byBytes && normalizedNames.count <= Self.pairwiseLimit
            var names: Set<String> = []
            var nameKeys: Set<ByteKey> = []
            if byBytes && !pairwise { nameKeys.reserveCapacity(normalizedNames.count) }
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
                let name = normalizedNames[position]
                let isNew: Bool
                if pairwise {
                    isNew = !normalizedNames[..<position].contains { $0.isBytes(name) }
                } else {
                    isNew = byBytes ? nameKeys.insert(ByteKey(name)).inserted : names.insert(name).inserted
                }
                if !isNew {
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
