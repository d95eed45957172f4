import YusuanCore

/// X7: the 三公 items of 表三 (basic expenditure only) cannot exceed 表四 (basic + project): 30212 ≤ 因公出国,
/// 30217 ≤ 公务接待, 30231 ≤ 公务用车运行, 31013 ≤ 公务用车购置.
public struct X7ThreePublicCoversBasic: ValidationRule {
    public static let id = "X7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let economic = context.tables.generalBudgetBasicExpenditure,
            let threePublic = context.tables.threePublicExpenditure
        else {
            return .notApplicable(
                Self.id,
                context.missingTables(.generalBudgetBasicExpenditure, .threePublicExpenditure)
            )
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(economic: economic)
        let amounts = threePublic.amounts
        let threePublicName = context.tableName(.threePublicExpenditure)
        let pairs: [(String, Amount?, Int)] = [
            ("30212", amounts.abroad, 1), ("30217", amounts.reception, 5), ("30231", amounts.vehicleOperation, 4),
            ("31013", amounts.vehiclePurchase, 3),
        ]
        for (code, limit, column) in pairs {
            guard let row = view.row(code: code) else { continue }
            let columnName = ThreePublicAmounts.columnNames[column]
            reporter.checkAtMost(
                context.amount(row.columns[0], of: economic.header, in: threePublic.header),
                limit: limit,
                at: view.location(row, column: 0),
                related: FindingLocation(
                    table: .threePublicExpenditure,
                    caption: threePublicName.caption,
                    column: columnName,
                    line: threePublic.line
                ),
                subject: view.describe(row, column: 0),
                other: LocalizedText(
                    zh: "\(threePublicName.ofZh)“\(columnName)”",
                    en: "\(threePublicName.en) \(Describe.englishColumn(columnName))"
                )
            )
        }
        return reporter.outcome
    }
}
