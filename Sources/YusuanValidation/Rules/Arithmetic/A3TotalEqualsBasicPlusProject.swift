import YusuanCore

/// A3: in 表二, 表五 and 表八 every row has 总计 = 基本支出 + 项目支出.
public struct A3TotalEqualsBasicPlusProject: ValidationRule {
    public static let id = "A3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = context.classifiedTables.filter {
            [.generalBudgetExpenditure, .governmentFundExpenditure, .departmentExpenditure].contains($0.kind)
        }
        guard !tables.isEmpty else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "文档没有表二、表五或表八。", en: "The document has no table 2, 5 or 8.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        for table in tables {
            for row in table.totalAndRows {
                reporter.checkSum(
                    total: row.columns[0],
                    // 基本支出 and 项目支出, the columns after 总计.
                    parts: row.columns.dropFirst(),
                    at: table.location(row, column: 0),
                    subject: table.describe(row, column: 0),
                    partsDescription: LocalizedText(zh: "基本支出与项目支出", en: "basic and project expenditure")
                )
            }
        }
        return reporter.outcome
    }
}
