import YusuanCore

/// A6: 表一 balances: 本年收入 = Σ sources; 收入合计 = 本年收入 + 上年结转; 本年支出 = Σ function classes;
/// 支出合计 = 本年支出 + 结转下年; 收入合计 = 支出合计; on every expenditure line 合计 = 一般公共预算 +
/// 政府性基金预算 + 国有资本经营预算.
public struct A6FinancialSummaryBalance: ValidationRule {
    public static let id = "A6"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.financialSummary else {
            return .notApplicable(Self.id, context.noTable(.financialSummary))
        }
        var reporter = context.reporter(for: Self.id)
        let tableName = context.tableName(.financialSummary)
        let caption = tableName.caption
        let columns = FundSplit.columnNames
        func location(_ label: String, _ column: String, _ line: SourceLine?) -> FindingLocation {
            FindingLocation(
                table: .financialSummary,
                caption: caption,
                row: label,
                column: column,
                line: line ?? table.header.line
            )
        }
        func cell(_ label: String, _ column: String, in name: TableName) -> LocalizedText {
            LocalizedText(
                zh: "\(name.ofZh)“\(label)”\(column)",
                en: "\(name.capitalizedEn), \(label), \(Describe.englishColumn(column))"
            )
        }
        func cell(_ label: String, _ column: String) -> LocalizedText { cell(label, column, in: tableName) }
        func cellAgain(_ label: String, _ column: String) -> LocalizedText { cell(label, column, in: tableName.short) }
        func words(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

        // The table's sections, read once per document.
        let sections = context.sections(of: table)
        let currentYearIncome = sections.currentYearIncome
        let carriedOverIncome = sections.carriedOverIncome
        let incomeTotal = sections.incomeTotal
        let expenditureItems = sections.expenditureItems
        let currentYearExpenditure = sections.currentYearExpenditure
        let carriedForwardExpenditure = sections.carriedForwardExpenditure
        let expenditureTotal = sections.expenditureTotal

        // Income side.
        if let current = currentYearIncome {
            let sources = sections.currentYearIncomeSources
            reporter.checkSum(
                total: current.amount,
                parts: sources.map(\.amount),
                at: location(current.label, "预算数", current.line),
                subject: cell(current.label, "预算数"),
                shortSubject: cellAgain(current.label, "预算数"),
                partsDescription: words("本年收入各来源", "the income sources")
            )
        }
        if let carried = carriedOverIncome {
            reporter.checkSum(
                total: carried.amount,
                parts: sections.carriedOverSources.map(\.amount),
                at: location(carried.label, "预算数", carried.line),
                subject: cell(carried.label, "预算数"),
                shortSubject: cellAgain(carried.label, "预算数"),
                partsDescription: words("上年结转各来源", "the carried-over sources")
            )
        }
        // A table without 本年收入/上年结转 rows (Shanghai lists the funds straight above 收入总计) has no parts here: a
        // missing row is not a blank one.
        if let total = incomeTotal, currentYearIncome != nil || carriedOverIncome != nil {
            reporter.checkSum(
                total: total.amount,
                parts: [currentYearIncome?.amount, carriedOverIncome?.amount],
                at: location(total.label, "预算数", total.line),
                subject: cell(total.label, "预算数"),
                shortSubject: cellAgain(total.label, "预算数"),
                partsDescription: words("本年收入与上年结转", "current-year income and carry-over")
            )
        }
        // Expenditure side, per column.
        let classes = sections.expenditureByClass
        for column in columns.indices {
            if let current = currentYearExpenditure {
                reporter.checkSum(
                    total: current.amounts.columns[column],
                    parts: classes.map { $0.amounts.columns[column] },
                    at: location(current.label, columns[column], current.line),
                    subject: cell(current.label, columns[column]),
                    shortSubject: cellAgain(current.label, columns[column]),
                    partsDescription: words("本年支出各功能分类", "the function classes")
                )
            }
            if let total = expenditureTotal, currentYearExpenditure != nil || carriedForwardExpenditure != nil {
                reporter.checkSum(
                    total: total.amounts.columns[column],
                    parts: [
                        currentYearExpenditure?.amounts.columns[column],
                        carriedForwardExpenditure?.amounts.columns[column],
                    ],
                    at: location(total.label, columns[column], total.line),
                    subject: cell(total.label, columns[column]),
                    shortSubject: cellAgain(total.label, columns[column]),
                    partsDescription: words("本年支出与结转下年", "current-year expenditure and carry-forward")
                )
            }
        }
        if let income = incomeTotal, let expenditure = expenditureTotal {
            reporter.checkEqual(
                income.amount,
                expenditure.amounts.total,
                at: location(income.label, "预算数", income.line),
                related: location(expenditure.label, "合计", expenditure.line),
                subject: cell(income.label, "预算数"),
                other: cell(expenditure.label, "合计")
            )
        }
        // Every expenditure line: 合计 = Σ funds.
        for item in expenditureItems {
            let amounts = item.amounts
            reporter.checkSum(
                total: amounts.total,
                parts: [amounts.generalBudget, amounts.governmentFund, amounts.stateCapital],
                at: location(item.label, "合计", item.line),
                subject: cell(item.label, "合计"),
                shortSubject: cellAgain(item.label, "合计"),
                partsDescription: words("一般公共预算、政府性基金预算、国有资本经营预算", "the three fund columns")
            )
        }
        return reporter.outcome
    }
}
