import YusuanCore

/// A2: the 合计 row of every coded table equals the Σ of its 类 rows, per column.
public struct A2TotalEqualsCategories: ValidationRule {
    public static let id = "A2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachCodedTable(Self.id) { table, reporter in
            let categories = table.categoryRows
            guard let total = table.totalRow else {
                if !categories.isEmpty {
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.name.zh)缺少合计行，请补充合计行。",
                            en: "\(table.name.capitalizedEn) has no 合计 (total) row: add it."
                        ),
                        at: FindingLocation(table: table.kind, caption: table.caption, line: table.header.line)
                    )
                }
                return
            }
            for column in table.columnNames.indices {
                // Σ of the present 类 amounts, added in place as `checkSum` adds them; the parts list is built only
                // when the sum does not match (checkSum would report nothing otherwise).
                var sum: Amount?
                for category in categories {
                    if let part = category.columns[column] { sum = sum.map { $0 + part } ?? part }
                }
                let totalAmount = total.columns[column]
                if RuleReporter.sumMatches(total: totalAmount, sum: sum) { continue }
                reporter.checkSum(
                    total: totalAmount,
                    parts: categories.map { $0.columns[column] },
                    at: table.location(total, column: column),
                    subject: table.describe(total, column: column),
                    shortSubject: table.describeAgain(total, column: column),
                    partsDescription: LocalizedText(
                        zh: "\(categories.count)个类",
                        en: "its \(categories.count) 类 (category) rows"
                    )
                )
            }
        }
    }
}
