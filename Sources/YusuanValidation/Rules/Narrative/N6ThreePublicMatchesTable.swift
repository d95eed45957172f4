import YusuanCore

/// N6: the narrative's “三公” total and each of its items (公务用车购置及运行费 together where the narrative states
/// them so) equal 表四, in the table's unit converted.
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
            return .notApplicable(Self.id, context.noTable(.threePublicExpenditure))
        }
        let tableName = context.tableName(.threePublicExpenditure)
        guard context.threePublicRowAddsUp(table.amounts) else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "\(tableName.ofZh)各列之和与合计、小计不符（见 A5），其各列读数不确定，未与情况说明核对。",
                    en: "\(tableName.capitalizedEn)'s columns do not add up to its total or subtotal (see A5): not "
                        + "compared with the narrative."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        let amounts = table.amounts
        let unit = context.unit(of: table.header)
        let pairs: [(StatedFigure?, Amount?, Int)] = [
            (three.total, amounts.total, 0), (three.abroad, amounts.abroad, 1),
            (three.vehicles, amounts.vehicleSubtotal, 2),
            (three.vehiclePurchase, amounts.vehiclePurchase, 3), (three.vehicleOperation, amounts.vehicleOperation, 4),
            (three.reception, amounts.reception, 5),
        ]
        for (figure, cell, column) in pairs {
            guard let figure else { continue }
            // 公务用车购置及运行费 together: compared with the table's 小计, or with 购置费 + 运行费 where the table
            // prints no 小计.
            var cell = cell
            if column == 2, cell == nil, amounts.vehiclePurchase != nil || amounts.vehicleOperation != nil {
                cell = Amount.sum([amounts.vehiclePurchase, amounts.vehicleOperation].compactMap { $0 })
            }
            let name = ThreePublicAmounts.columnNames[column]
            reporter.checkStated(
                figure,
                against: cell,
                unit: unit,
                at: .narrative(figure.sentence),
                related: FindingLocation(
                    table: .threePublicExpenditure,
                    caption: tableName.caption,
                    row: table.yearLabel,
                    column: name,
                    line: table.line
                ),
                subject: Describe.narrative(figure.label),
                other: LocalizedText(
                    zh: "\(tableName.ofZh)“\(name)”",
                    en: "\(tableName.en) \(Describe.englishColumn(name))"
                )
            )
        }
        return reporter.outcome
    }
}
