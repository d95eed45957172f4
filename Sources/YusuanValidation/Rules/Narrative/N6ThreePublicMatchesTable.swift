import YusuanCore

/// N6: the narrative's “三公” total and each of its four items equal 表四.
public struct N6ThreePublicMatchesTable: ValidationRule {
    public static let id = "N6"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let three = context.facts.threePublic else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述“三公”经费。", en: "The narrative states no \"three public\" figures.")
            )
        }
        guard let table = context.tables.threePublicExpenditure else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有表四。", en: "The document has no table 4."))
        }
        var reporter = context.reporter(for: Self.id)
        let amounts = table.amounts
        let pairs: [(StatedFigure?, Amount?, Int)] = [
            (three.total, amounts.total, 0), (three.abroad, amounts.abroad, 1),
            (three.vehiclePurchase, amounts.vehiclePurchase, 3), (three.vehicleOperation, amounts.vehicleOperation, 4),
            (three.reception, amounts.reception, 5),
        ]
        for (figure, cell, column) in pairs {
            guard let figure else { continue }
            let name = ThreePublicAmounts.columnNames[column]
            reporter.checkEqual(
                figure.amount,
                cell,
                at: .narrative(figure.sentence),
                related: FindingLocation(
                    table: .threePublicExpenditure,
                    caption: table.header.caption,
                    row: table.yearLabel,
                    column: name,
                    line: table.line
                ),
                subject: Describe.narrative(figure.label),
                other: LocalizedText(zh: "表四“\(name)”", en: "table 4 \(Describe.englishColumn(name))")
            )
        }
        return reporter.outcome
    }
}
