import YusuanCore

/// X1: 表一 本年支出 (一般公共预算 column) = 表二 合计, and each 表一 function class = the 表二 类 row.
public struct X1FinancialSummaryMatchesGeneralBudget: ValidationRule {
    public static let id = "X1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let summary = context.tables.financialSummary, let budget = context.tables.generalBudgetExpenditure else {
            return .notApplicable(Self.id, LocalizedText(zh: "缺少表一或表二。", en: "Table 1 or table 2 is missing."))
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.generalBudgetExpenditure, function: budget)
        let caption = summary.header.caption ?? TableKind.financialSummary.caption
        func location(_ item: FinancialSummaryTable.ExpenditureItem) -> FindingLocation {
            FindingLocation(
                table: .financialSummary,
                caption: caption,
                row: item.label,
                column: "一般公共预算",
                line: item.line ?? summary.header.line
            )
        }
        func cell(_ item: FinancialSummaryTable.ExpenditureItem) -> LocalizedText {
            LocalizedText(zh: "表一“\(item.label)”一般公共预算列", en: "Table 1, \(item.label), general budget column")
        }
        let sections = context.sections(of: summary)
        if let current = sections.currentYearExpenditure, let total = view.totalRow {
            reporter.checkEqual(
                current.amounts.generalBudget,
                total.columns[0],
                at: location(current),
                related: view.location(total, column: 0),
                subject: cell(current),
                other: view.describe(total, column: 0)
            )
        }
        let categories = view.categoryRows
        for item in sections.expenditureByClass {
            let label = Labels.Matcher(item.label)
            guard let row = categories.first(where: { label.matches($0.name) }) else {
                if let amount = item.amounts.generalBudget, !amount.isZero {
                    reporter.report(
                        LocalizedText(
                            zh: "表一列有“\(item.label)” \(amount.plainText)，表二没有同名的类。请核对功能分类名称或补充表二。",
                            en: "Table 1 lists \(item.label) (\(amount.plainText)) but table 2 has no category of that "
                                + "name: check the class name or complete table 2."
                        ),
                        at: location(item),
                        actual: amount
                    )
                }
                continue
            }
            reporter.checkEqual(
                item.amounts.generalBudget,
                row.columns[0],
                at: location(item),
                related: view.location(row, column: 0),
                subject: cell(item),
                other: view.describe(row, column: 0)
            )
        }
        for row in categories {
            let name = Labels.Matcher(row.name)
            guard !sections.expenditureByClass.contains(where: { name.matches($0.label) }) else { continue }
            reporter.report(
                LocalizedText(
                    zh: "表二的类“\(row.code) \(row.name)”未在表一本年支出中列出，请在表一补列。",
                    en: "Table 2 category \(row.code) \(row.name) is missing from table 1's current-year expenditure: "
                        + "add it to table 1."
                ),
                at: view.location(row, column: 0),
                expected: row.columns[0]
            )
        }
        return reporter.outcome
    }
}
