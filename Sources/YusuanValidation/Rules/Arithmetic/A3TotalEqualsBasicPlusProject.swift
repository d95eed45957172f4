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
            let names = [TableKind.generalBudgetExpenditure, .governmentFundExpenditure, .departmentExpenditure].map {
                context.tableName($0)
            }
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "文档没有\(names[0].zh)、\(names[1].zh)或\(names[2].zh)。",
                    en: context.isChongqingTemplate
                        ? "The document has no table 2, 5 or 8."
                        : "The document has no \(names[0].en), \(names[1].en) or \(names[2].en)."
                )
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
                    shortSubject: table.describeAgain(row, column: 0),
                    partsDescription: LocalizedText(zh: "基本支出与项目支出", en: "basic and project expenditure")
                )
            }
        }
        return reporter.outcome
    }
}
