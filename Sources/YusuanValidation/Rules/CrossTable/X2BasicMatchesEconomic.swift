import YusuanCore

/// X2: 表二 合计 基本支出 = 表三 合计 总计.
public struct X2BasicMatchesEconomic: ValidationRule {
    public static let id = "X2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let budget = context.tables.generalBudgetExpenditure,
            let economic = context.tables.generalBudgetBasicExpenditure
        else {
            return .notApplicable(
                Self.id,
                context.missingTables(.generalBudgetExpenditure, .generalBudgetBasicExpenditure)
            )
        }
        var reporter = context.reporter(for: Self.id)
        let functionView = context.codedView(.generalBudgetExpenditure, function: budget)
        let economicView = context.codedView(economic: economic)
        guard let functionTotal = functionView.totalRow, let economicTotal = economicView.totalRow else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "\(functionView.name.zh)或\(economicView.name.zh)没有合计行。",
                    en: "\(functionView.name.capitalizedEn) or \(economicView.name.en) has no total row."
                )
            )
        }
        reporter.checkEqual(
            economicTotal.columns[0],
            functionTotal.columns[1],
            at: economicView.location(economicTotal, column: 0),
            related: functionView.location(functionTotal, column: 1),
            subject: economicView.describe(economicTotal, column: 0),
            other: functionView.describe(functionTotal, column: 1)
        )
        return reporter.outcome
    }
}
