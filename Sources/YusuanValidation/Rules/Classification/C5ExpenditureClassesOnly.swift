import YusuanCore

/// C5: expenditure tables use expenditure function classes (2xx), never revenue classes (1xx).
public struct C5ExpenditureClassesOnly: ValidationRule {
    public static let id = "C5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = context.functionTables
        guard !tables.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有功能分类表。", en: "No function-classified table."))
        }
        var reporter = context.reporter(for: Self.id)
        for table in tables {
            for row in table.rows where row.level != nil && !row.code.hasPrefixBytes("2") {
                reporter.report(
                    LocalizedText(
                        zh: "\(table.name.zh)科目 \(row.code) \(row.name) 不是支出功能分类科目（支出科目以 2 开头），请核对。",
                        en: "\(table.name.capitalizedEn) row \(row.code) \(row.name) is not an expenditure class "
                            + "(those start with 2): check the code."
                    ),
                    at: table.location(row, column: nil)
                )
            }
        }
        return reporter.outcome
    }
}
