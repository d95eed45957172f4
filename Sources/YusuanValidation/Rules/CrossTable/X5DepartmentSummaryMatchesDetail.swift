import YusuanCore

/// X5: 表六 income by source = 表七 column totals; 表六 expenditure by class = 表八 类 rows; 表六 合计 = 表一
/// 收入合计 when all income is 财政拨款.
public struct X5DepartmentSummaryMatchesDetail: ValidationRule {
    public static let id = "X5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let summary = context.tables.departmentSummary else {
            return .notApplicable(Self.id, context.noTable(.departmentSummary))
        }
        var reporter = context.reporter(for: Self.id)
        let incomeSources = summary.incomeSources
        // The fund each income source names, read once.
        let sourceFunds = incomeSources.map { FundSource(label: $0.label) }
        let summaryName = context.tableName(.departmentSummary)
        let caption = summaryName.caption
        func location(_ label: String, _ side: String, _ line: SourceLine?) -> FindingLocation {
            FindingLocation(table: .departmentSummary, caption: caption, row: label, column: side, line: line)
        }
        func cell(_ label: String) -> LocalizedText {
            LocalizedText(zh: "\(summaryName.ofZh)“\(label)”", en: "\(summaryName.capitalizedEn), \(label)")
        }

        if let income = context.tables.departmentIncome, let total = income.totalRow {
            let view = context.codedView(.departmentIncome, sources: income, system: .function)
            let totalView = view.totalRow ?? CodedRowView(total, sourceCount: income.sourceColumns.count)
            // The fund of each source column, read once.
            let columnFunds = income.sourceColumns.map(FundSource.init(label:))
            for (source, fund) in zip(incomeSources, sourceFunds) {
                guard let fund, let column = columnFunds.firstIndex(of: fund)
                else { continue }
                reporter.checkEqual(
                    source.amount,
                    totalView.columns[column + 1],
                    at: location(source.label, "收入", source.line),
                    related: view.location(totalView, column: column + 1),
                    subject: cell(source.label),
                    other: view.describe(totalView, column: column + 1)
                )
            }
        }
        if let department = context.tables.departmentExpenditure {
            let view = context.codedView(.departmentExpenditure, function: department)
            for item in summary.expenditureClasses {
                guard let row = view.categoryRow(key: Labels.key(item.label)) else {
                    if let amount = item.amount, !amount.isZero {
                        reporter.report(
                            LocalizedText(
                                zh: "\(summaryName.zh)列有“\(item.label)” \(amount.plainText)，\(view.name.zh)没有同名的类，"
                                    + "请核对。",
                                en: "\(summaryName.capitalizedEn) lists \(item.label) (\(amount.plainText)) but "
                                    + "\(view.name.en) has no category of that name: check both tables."
                            ),
                            at: location(item.label, "支出", item.line),
                            actual: amount
                        )
                    }
                    continue
                }
                reporter.checkEqual(
                    item.amount,
                    row.columns[0],
                    at: location(item.label, "支出", item.line),
                    related: view.location(row, column: 0),
                    subject: cell(item.label),
                    other: view.describe(row, column: 0)
                )
            }
        }
        let onlyAppropriation = zip(incomeSources, sourceFunds).allSatisfy { source, fund in
            guard let amount = source.amount, !amount.isZero else { return true }
            return fund == .generalBudget || fund == .governmentFund || fund == .stateCapital
        }
        if onlyAppropriation, let total = summary.totalLine, let financial = context.tables.financialSummary,
            let incomeTotal = context.sections(of: financial).incomeTotal
        {
            reporter.checkEqual(
                total.incomeAmount,
                incomeTotal.amount,
                at: location("合计", "收入", total.line),
                related: FindingLocation(
                    table: .financialSummary,
                    caption: context.tableName(.financialSummary).caption,
                    row: incomeTotal.label,
                    column: "预算数",
                    line: incomeTotal.line
                ),
                subject: LocalizedText(
                    zh: "\(summaryName.ofZh)收入合计",
                    en: "\(summaryName.capitalizedEn) total income"
                ),
                other: LocalizedText(
                    zh: "\(context.tableName(.financialSummary).ofZh)收入合计",
                    en: "\(context.tableName(.financialSummary).en) total income"
                )
            )
        }
        return reporter.outcome
    }
}
