import YusuanCore

/// A7: 表六 收入合计 = Σ source lines; 支出合计 = Σ function-class lines; 收入合计 = 支出合计.
public struct A7DepartmentSummaryBalance: ValidationRule {
    public static let id = "A7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.departmentSummary else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有表六。", en: "The document has no table 6."))
        }
        var reporter = context.reporter(for: Self.id)
        let caption = table.header.caption ?? TableKind.departmentSummary.caption
        guard let total = table.totalLine else {
            reporter.report(
                LocalizedText(zh: "表六缺少合计行，请补充。", en: "Table 6 has no 合计 (total) line: add it."),
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
        let incomeText = LocalizedText(zh: "表六收入合计", en: "Table 6 total income")
        let expenditureText = LocalizedText(zh: "表六支出合计", en: "Table 6 total expenditure")
        reporter.checkSum(
            total: total.incomeAmount,
            parts: table.incomeSources.map(\.amount),
            at: incomeLocation,
            subject: incomeText,
            partsDescription: LocalizedText(zh: "各收入来源", en: "the income sources")
        )
        reporter.checkSum(
            total: total.expenditureAmount,
            parts: table.expenditureClasses.map(\.amount),
            at: expenditureLocation,
            subject: expenditureText,
            partsDescription: LocalizedText(zh: "各功能分类支出", en: "the function classes")
        )
        reporter.checkEqual(
            total.incomeAmount,
            total.expenditureAmount,
            at: incomeLocation,
            related: expenditureLocation,
            subject: incomeText,
            other: expenditureText
        )
        return reporter.outcome
    }
}
