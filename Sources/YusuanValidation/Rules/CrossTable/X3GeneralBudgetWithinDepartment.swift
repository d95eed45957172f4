import YusuanCore

/// X3: every 表二 row with an amount of the year is in 表八; when all of the department's money is 一般公共预算 the rows are equal,
/// otherwise 表八 ≥ 表二 per code and column.
public struct X3GeneralBudgetWithinDepartment: ValidationRule {
    public static let id = "X3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let budget = context.tables.generalBudgetExpenditure,
            let department = context.tables.departmentExpenditure
        else {
            return .notApplicable(Self.id, context.missingTables(.generalBudgetExpenditure, .departmentExpenditure))
        }
        var reporter = context.reporter(for: Self.id)
        let general = context.codedView(.generalBudgetExpenditure, function: budget)
        let all = context.codedView(.departmentExpenditure, function: department)
        let onlyGeneral = Self.allMoneyIsGeneralBudget(context)
        // A row of 表二 and the row of 表八 with its code.
        func compare(_ row: CodedRowView, with match: CodedRowView?) {
            guard let match else {
                // A row without an amount of the year (printed for last year's figure only) need not be in 表八.
                guard row.columns.contains(where: { $0.map { !$0.isZero } ?? false }) else { return }
                reporter.report(
                    LocalizedText(
                        zh: "\(general.name.zh)的 \(row.code) \(row.name) 未在\(all.name.zh)中列出。"
                            + "部门支出总表应包含全部财政拨款支出科目，请补列。",
                        en: "\(general.name.capitalizedEn) row \(row.code) \(row.name) is missing from \(all.name.en), "
                            + "which must include every appropriation row: add it."
                    ),
                    at: general.location(row, column: 0),
                    expected: row.columns[0]
                )
                return
            }
            for column in general.columnNames.indices {
                if onlyGeneral {
                    reporter.checkEqual(
                        match.columns[column],
                        row.columns[column],
                        at: all.location(match, column: column),
                        related: general.location(row, column: column),
                        subject: all.describe(match, column: column),
                        other: general.describe(row, column: column)
                    )
                } else {
                    reporter.checkAtMost(
                        row.columns[column],
                        limit: match.columns[column],
                        at: general.location(row, column: column),
                        related: all.location(match, column: column),
                        subject: general.describe(row, column: column),
                        other: all.describe(match, column: column)
                    )
                }
            }
        }
        if let total = general.totalRow { compare(total, with: all.totalRow) }
        for row in general.rows { compare(row, with: all.row(codeOf: row)) }
        return reporter.outcome
    }

    /// Whether 表七 (or else 表六) shows no income source besides 一般公共预算.
    static func allMoneyIsGeneralBudget(_ context: ValidationContext) -> Bool {
        if let income = context.tables.departmentIncome, let generalColumn = income.generalBudgetColumn {
            func hasOnlyGeneralBudget(_ row: SourceBreakdownRow) -> Bool {
                row.sources.enumerated().allSatisfy { index, amount in
                    index == generalColumn || (amount?.isZero ?? true)
                }
            }
            return (income.totalRow.map(hasOnlyGeneralBudget) ?? true) && income.rows.allSatisfy(hasOnlyGeneralBudget)
        }
        if let summary = context.tables.departmentSummary {
            return summary.incomeSources.allSatisfy { source in
                FundSource(label: source.label) == .generalBudget || (source.amount?.isZero ?? true)
            }
        }
        return false
    }
}
