import YusuanCore

/// X1: 表一 本年支出 (一般公共预算 column) = 表二 合计, and each 表一 function class = the 表二 类 row.
public struct X1FinancialSummaryMatchesGeneralBudget: ValidationRule {
    public static let id = "X1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let summary = context.tables.financialSummary, let budget = context.tables.generalBudgetExpenditure else {
            return .notApplicable(Self.id, context.missingTables(.financialSummary, .generalBudgetExpenditure))
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.generalBudgetExpenditure, function: budget)
        let summaryName = context.tableName(.financialSummary)
        let caption = summaryName.caption
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
            LocalizedText(
                zh: "\(summaryName.ofZh)“\(item.label)”一般公共预算列",
                en: "\(summaryName.capitalizedEn), \(item.label), general budget column"
            )
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
        // Two labels are the same (``Labels/same(_:_:)``) exactly when their keys are: each label's key is found
        // once, not once per pair compared.
        let items = sections.expenditureByClass
        let itemKeys = items.map { Labels.key($0.label) }
        for (item, key) in zip(items, itemKeys) {
            guard let row = view.categoryRow(key: key) else {
                if let amount = item.amounts.generalBudget, !amount.isZero {
                    reporter.report(
                        LocalizedText(
                            zh: "\(summaryName.zh)列有“\(item.label)” \(amount.plainText)，\(view.name.zh)没有同名的类。"
                                + "请核对功能分类名称或补充\(view.name.shortZh)。",
                            en: "\(summaryName.capitalizedEn) lists \(item.label) (\(amount.plainText)) but "
                                + "\(view.name.en) has no category of that name: check the class name or complete "
                                + "\(view.name.shortEn)."
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
        for (row, key) in zip(categories, view.categoryKeys) {
            guard !itemKeys.contains(where: { $0.isBytes(key) }) else { continue }
            reporter.report(
                LocalizedText(
                    zh: "\(view.name.zh)的类“\(row.code) \(row.name)”未在\(summaryName.zh)本年支出中列出，"
                        + "请在\(summaryName.shortZh)补列。",
                    en: "\(view.name.capitalizedEn) category \(row.code) \(row.name) is missing from "
                        + "\(summaryName.en)'s current-year expenditure: add it to \(summaryName.shortEn)."
                ),
                at: view.location(row, column: 0),
                expected: row.columns[0]
            )
        }
        return reporter.outcome
    }
}
