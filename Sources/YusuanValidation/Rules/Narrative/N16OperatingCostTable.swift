import YusuanCore

/// N16: where the template prints 机关运行经费 in a table (Shanghai “三公”经费和机关运行经费预算表), the narrative
/// states the same amount (units converted, within the rounding of the narrative's figure).
public struct N16OperatingCostTable: ValidationRule {
    public static let id = "N16"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.threePublicExpenditure, let cost = table.operatingCost else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "没有列示机关运行经费的表。", en: "No table prints the operating costs.")
            )
        }
        let name = context.tableName(.threePublicExpenditure)
        guard context.threePublicRowAddsUp(table.amounts) else {
            // The operating costs are read from the same row: a row whose “三公” columns do not add up may have
            // its cells in the wrong columns.
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "\(name.ofZh)各列之和与合计、小计不符（见 A5），机关运行经费一列的读数不确定，未核对。",
                    en: "\(name.capitalizedEn)'s columns do not add up (see A5): its operating cost cell is not "
                        + "certain and was not compared."
                )
            )
        }
        let tableUnit = table.header.unit ?? context.disclosure.identity.unit
        var stated: (amount: Amount, unit: AmountUnit, sentence: Sentence)?
        if let fact = context.facts.operatingCost { stated = (fact.amount, fact.unit, fact.sentence) }
        for clause in NarrativeText.clauses(of: context.disclosure.narrative)
        where stated == nil && clause.text.has("机关运行经费") {
            if let figure = NarrativeText.figures(in: clause.text).first(where: { $0.lead.has("机关运行经费") }) {
                stated = (figure.amount, figure.unit, clause)
            }
        }
        var reporter = context.reporter(for: Self.id)
        let location = FindingLocation(
            table: .threePublicExpenditure,
            caption: name.caption,
            row: "机关运行经费",
            column: "机关运行经费",
            line: table.line ?? table.header.line
        )
        guard let (statedAmount, statedUnit, sentence) = stated else {
            reporter.report(
                LocalizedText(
                    zh: "\(name.zh)列示机关运行经费 \(cost.plainText)\(tableUnit.rawValue)，但情况说明未说明机关运行经费，请补充。",
                    en:
                        "\(name.capitalizedEn) prints operating costs of \(cost.plainText) \(tableUnit.rawValue) but the narrative "
                        + "does not state them: add them."
                ),
                at: location,
                severity: .warning
            )
            return reporter.outcome
        }
        reporter.checkStated(
            StatedFigure(label: "机关运行经费", amount: statedAmount, unit: statedUnit, sentence: sentence),
            against: cost,
            unit: tableUnit,
            at: .narrative(sentence),
            related: location,
            subject: Describe.narrative("机关运行经费"),
            other: LocalizedText(zh: name.zh, en: name.en)
        )
        return reporter.outcome
    }
}
