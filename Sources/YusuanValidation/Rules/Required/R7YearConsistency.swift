import YusuanCore

/// R7: the budget year is the one named in the narrative title and 表四's year label; year-on-year sentences
/// compare with year − 1; the asset count is as of December of year − 1 (Chongqing budgets).
public struct R7YearConsistency: ValidationRule {
    public static let id = "R7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let year = context.year
        let narrative = context.disclosure.narrative
        var reporter = context.reporter(for: Self.id)
        if !narrative.title.isEmpty
            && !Labels.normalized(narrative.title).contains(String(year))
        {
            reporter.report(
                LocalizedText(
                    zh: "情况说明标题“\(narrative.title)”未写明预算年度 \(year)，请核对。",
                    en: "The narrative title \(narrative.title) does not name the budget year \(year)."
                ),
                at: FindingLocation(line: narrative.titleLine)
            )
        }
        if let table = context.tables.threePublicExpenditure, let label = table.yearLabel,
            !Labels.normalized(label).contains(String(year))
        {
            let name = context.tableName(.threePublicExpenditure)
            reporter.report(
                LocalizedText(
                    zh: "\(name.ofZh)年度标签“\(label)”与预算年度 \(year) 不一致，请核对。",
                    en: "\(name.capitalizedEn)'s year label \(label) does not match the budget year \(year)."
                ),
                at: FindingLocation(table: .threePublicExpenditure, caption: name.caption, line: table.line)
            )
        }
        for entry in context.statedFiguresWithChanges {
            guard let compared = entry.figure.change?.comparedYear, compared != year - 1 else { continue }
            reporter.report(
                LocalizedText(
                    zh: "“\(entry.figure.label)”与 \(compared) 年比较，应与上年（\(year - 1) 年）比较，请核对年份。",
                    en: "\(entry.figure.label) is compared with \(compared); it should be compared with \(year - 1)."
                ),
                at: .narrative(entry.figure.sentence)
            )
        }
        // The Chongqing budget counts assets as of December of the year before; a 决算 counts them at the end of its
        // own year, and other families at a date of their choosing (`截至2026年1月31日`).
        if context.isChongqingTemplate, context.disclosure.identity.kind == .budget, let assets = context.facts.assets,
            let asOf = assets.asOfYear, asOf != year - 1
        {
            let sentence = assets.vehicles?.sentence ?? assets.generalVehicles?.sentence
            reporter.report(
                LocalizedText(
                    zh: "国有资产情况截止 \(asOf) 年，应截止上年（\(year - 1) 年）12 月，请核对。",
                    en: "The asset count is as of \(asOf); it should be as of December \(year - 1)."
                ),
                at: sentence.map(FindingLocation.narrative) ?? FindingLocation(line: narrative.titleLine)
            )
        }
        return reporter.outcome
    }
}
