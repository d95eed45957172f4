import YusuanCore

/// A7: 表六 收入合计 = Σ source lines; 支出合计 = Σ function-class lines; 收入合计 = 支出合计.
public struct A7DepartmentSummaryBalance: ValidationRule {
    public static let id = "A7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.departmentSummary else {
            return .notApplicable(Self.id, context.noTable(.departmentSummary))
        }
        var reporter = context.reporter(for: Self.id)
        let name = context.tableName(.departmentSummary)
        let caption = name.caption
        guard let total = table.totalLine else {
            reporter.report(
                LocalizedText(
                    zh: "\(name.zh)缺少合计行，请补充。",
                    en: "\(name.capitalizedEn) has no 合计 (total) line: add it."
                ),
                at: FindingLocation(table: .departmentSummary, caption: caption, line: table.header.line)
            )
            return reporter.outcome
        }
        let incomeLocation = FindingLocation(
            table: .departmentSummary,
            caption: caption,
            row: "合计",
            column: "收入",
            line: total.line
        )
        let expenditureLocation = incomeLocation.withColumn("支出")
        func incomeText(_ name: TableName) -> LocalizedText {
            LocalizedText(zh: "\(name.ofZh)收入合计", en: "\(name.capitalizedEn) total income")
        }
        func expenditureText(_ name: TableName) -> LocalizedText {
            LocalizedText(zh: "\(name.ofZh)支出合计", en: "\(name.capitalizedEn) total expenditure")
        }
        reporter.checkSum(
            total: total.incomeAmount,
            parts: table.incomeSources.map(\.amount),
            at: incomeLocation,
            subject: incomeText(name),
            shortSubject: incomeText(name.short),
            partsDescription: LocalizedText(zh: "各收入来源", en: "the income sources")
        )
        reporter.checkSum(
            total: total.expenditureAmount,
            parts: table.expenditureClasses.map(\.amount),
            at: expenditureLocation,
            subject: expenditureText(name),
            shortSubject: expenditureText(name.short),
            partsDescription: LocalizedText(zh: "各功能分类支出", en: "the function classes")
        )
        reporter.checkEqual(
            total.incomeAmount,
            total.expenditureAmount,
            at: incomeLocation,
            related: expenditureLocation,
            subject: incomeText(name),
            other: expenditureText(name.short)
        )
        return reporter.outcome
    }
}
