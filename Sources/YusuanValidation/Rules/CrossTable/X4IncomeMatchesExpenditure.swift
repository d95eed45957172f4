import YusuanCore

/// X4: 表七 and 表八 list the same codes with the same 总计 (names: X11); 表七's 一般公共预算 column equals
/// 表二 总计 per code.
public struct X4IncomeMatchesExpenditure: ValidationRule {
    public static let id = "X4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let income = context.tables.departmentIncome else {
            return .notApplicable(Self.id, context.noTable(.departmentIncome))
        }
        let incomeView = context.codedView(.departmentIncome, sources: income, system: .function)
        var reporter = context.reporter(for: Self.id)
        if let department = context.tables.departmentExpenditure {
            let expenditureView = context.codedView(.departmentExpenditure, function: department)
            compare(incomeView, column: 0, with: expenditureView, column: 0, into: &reporter)
        }
        if let generalColumn = income.generalBudgetColumn, let budget = context.tables.generalBudgetExpenditure {
            let budgetView = context.codedView(.generalBudgetExpenditure, function: budget)
            compare(incomeView, column: generalColumn + 1, with: budgetView, column: 0, into: &reporter)
        }
        return reporter.outcome
    }

    private func compare(
        _ left: CodedTableView,
        column leftColumn: Int,
        with right: CodedTableView,
        column rightColumn: Int,
        into reporter: inout RuleReporter
    ) {
        if let leftTotal = left.totalRow, let rightTotal = right.totalRow {
            reporter.checkEqual(
                leftTotal.columns[leftColumn],
                rightTotal.columns[rightColumn],
                at: left.location(leftTotal, column: leftColumn),
                related: right.location(rightTotal, column: rightColumn),
                subject: left.describe(leftTotal, column: leftColumn),
                other: right.describe(rightTotal, column: rightColumn)
            )
        }
        for row in left.rows {
            guard let match = right.row(codeOf: row) else {
                if let amount = row.columns[leftColumn], !amount.isZero {
                    reporter.report(
                        LocalizedText(
                            zh: "\(left.name.zh)的 \(row.code) \(row.name) 在\(right.name.zh)中没有对应科目，请核对两表科目。",
                            en: "\(left.name.capitalizedEn) row \(row.code) \(row.name) has no counterpart in "
                                + "\(right.name.en): check the rows of both tables."
                        ),
                        at: left.location(row, column: leftColumn),
                        related: FindingLocation(table: right.kind),
                        actual: amount
                    )
                }
                continue
            }
            reporter.checkEqual(
                row.columns[leftColumn],
                match.columns[rightColumn],
                at: left.location(row, column: leftColumn),
                related: right.location(match, column: rightColumn),
                subject: left.describe(row, column: leftColumn),
                other: right.describe(match, column: rightColumn)
            )
        }
        for match in right.rows where left.row(codeOf: match) == nil {
            guard let amount = match.columns[rightColumn], !amount.isZero else { continue }
            reporter.report(
                LocalizedText(
                    zh: "\(right.name.zh)的 \(match.code) \(match.name) 未在\(left.name.zh)中列出，请补列。",
                    en: "\(right.name.capitalizedEn) row \(match.code) \(match.name) is missing from "
                        + "\(left.name.en): add it."
                ),
                at: right.location(match, column: rightColumn),
                related: FindingLocation(table: left.kind),
                expected: amount
            )
        }
    }
}
