import YusuanCore

/// X6: 表五 合计 = 表一 本年支出 in the 政府性基金预算 column (and 表一's 政府性基金 income, when 表一 carries nothing
/// over from the previous year: carried-over funds are spent too).
public struct X6GovernmentFundMatchesSummary: ValidationRule {
    public static let id = "X6"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let fund = context.tables.governmentFundExpenditure, let summary = context.tables.financialSummary else {
            return .notApplicable(Self.id, context.missingTables(.financialSummary, .governmentFundExpenditure))
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.governmentFundExpenditure, function: fund)
        let total = view.totalRow?.columns[0] ?? Amount.sum(view.categoryRows.compactMap { $0.columns[0] })
        let totalLocation =
            view.totalRow.map { view.location($0, column: 0) }
            ?? FindingLocation(table: .governmentFundExpenditure, caption: view.caption, line: view.header.line)
        let subject = LocalizedText(zh: "\(view.name.ofZh)合计", en: "\(view.name.capitalizedEn) total")
        let summaryName = context.tableName(.financialSummary)
        let sections = context.sections(of: summary)
        if let current = sections.currentYearExpenditure {
            reporter.checkEqual(
                total,
                current.amounts.governmentFund,
                at: totalLocation,
                related: FindingLocation(
                    table: .financialSummary,
                    caption: summaryName.caption,
                    row: current.label,
                    column: "政府性基金预算",
                    line: current.line
                ),
                subject: subject,
                other: LocalizedText(
                    zh: "\(summaryName.ofZh)本年支出政府性基金预算列",
                    en: "\(summaryName.en)'s government fund expenditure"
                )
            )
        }
        let carriesOver =
            [sections.carriedOverIncome?.amount].compactMap { $0 }.contains { !$0.isZero }
            || sections.carriedOverSources.contains { $0.amount.map { !$0.isZero } ?? false }
        if !carriesOver,
            let income = sections.currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == .governmentFund
            }
            )
        {
            reporter.checkEqual(
                total,
                income.amount,
                at: totalLocation,
                related: FindingLocation(
                    table: .financialSummary,
                    caption: summaryName.caption,
                    row: income.label,
                    column: "预算数",
                    line: income.line
                ),
                subject: subject,
                other: LocalizedText(
                    zh: "\(summaryName.ofZh)政府性基金预算资金收入",
                    en: "\(summaryName.en)'s government fund income"
                )
            )
        }
        return reporter.outcome
    }
}
