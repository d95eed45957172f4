import YusuanCore

/// A9: 表九 合计 = Σ of the A/B/C rows per column, and every row has 总计 = Σ source columns.
public struct A9ProcurementTotals: ValidationRule {
    public static let id = "A9"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let view = context.procurementView else {
            return .notApplicable(Self.id, context.noTable(.procurement))
        }
        var reporter = context.reporter(for: Self.id)
        RowSourceSum.check(view, into: &reporter)
        if let total = view.totalRow {
            for column in view.columnNames.indices {
                reporter.checkSum(
                    total: total.columns[column],
                    parts: view.rows.map { $0.columns[column] },
                    at: view.location(total, column: column),
                    subject: view.describe(total, column: column),
                    shortSubject: view.describeAgain(total, column: column),
                    partsDescription: LocalizedText(zh: "货物、工程、服务各行", en: "the goods/works/services rows")
                )
            }
        } else if !view.rows.isEmpty {
            reporter.report(
                LocalizedText(
                    zh: "\(view.name.zh)缺少合计行，请补充。",
                    en: "\(view.name.capitalizedEn) has no 合计 (total) row: add it."
                ),
                at: FindingLocation(table: .procurement, caption: view.caption, line: view.header.line)
            )
        }
        return reporter.outcome
    }
}
