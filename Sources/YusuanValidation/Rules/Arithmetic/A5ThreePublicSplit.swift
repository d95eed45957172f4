import YusuanCore

/// A5: 表四 合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费; 小计 = 购置费 + 运行费.
public struct A5ThreePublicSplit: ValidationRule {
    public static let id = "A5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.threePublicExpenditure else {
            return .notApplicable(Self.id, context.noTable(.threePublicExpenditure))
        }
        var reporter = context.reporter(for: Self.id)
        let amounts = table.amounts
        let names = ThreePublicAmounts.columnNames
        let tableName = context.tableName(.threePublicExpenditure)
        func location(_ column: Int) -> FindingLocation {
            FindingLocation(
                table: .threePublicExpenditure,
                caption: tableName.caption,
                row: table.yearLabel,
                column: names[column],
                line: table.line ?? table.header.line
            )
        }
        func cell(_ column: Int, in name: TableName) -> LocalizedText {
            LocalizedText(
                zh: "\(name.ofZh)“\(names[column])”",
                en: "\(name.capitalizedEn), column \(Describe.englishColumn(names[column]))"
            )
        }
        reporter.checkSum(
            total: amounts.total,
            parts: [amounts.abroad, amounts.vehicleSubtotal, amounts.reception],
            at: location(0),
            subject: cell(0, in: tableName),
            shortSubject: cell(0, in: tableName.short),
            partsDescription: LocalizedText(
                zh: "因公出国（境）费、公务用车购置及运行费小计、公务接待费",
                en: "overseas travel, the vehicles subtotal and reception"
            )
        )
        reporter.checkSum(
            total: amounts.vehicleSubtotal,
            parts: [amounts.vehiclePurchase, amounts.vehicleOperation],
            at: location(2),
            subject: cell(2, in: tableName),
            shortSubject: cell(2, in: tableName.short),
            partsDescription: LocalizedText(zh: "公务用车购置费与运行费", en: "vehicle purchase and vehicle operation")
        )
        return reporter.outcome
    }
}
