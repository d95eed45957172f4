import YusuanCore

/// A8: 表七 every row has 总计 = Σ of its source columns.
public struct A8IncomeRowBySource: ValidationRule {
    public static let id = "A8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.departmentIncome else {
            return .notApplicable(Self.id, context.noTable(.departmentIncome))
        }
        var reporter = context.reporter(for: Self.id)
        let view = context.codedView(.departmentIncome, sources: table, system: .function)
        RowSourceSum.check(view, into: &reporter)
        return reporter.outcome
    }
}

/// 总计 = Σ the columns after it, on every row of a table: the source columns of a source-breakdown table (表七, 表九),
/// 人员经费 and 日常公用经费 of 表三 (A4).
enum RowSourceSum {
    static func check(
        _ view: CodedTableView,
        parts: LocalizedText = LocalizedText(zh: "各资金来源列", en: "the source columns"),
        into reporter: inout RuleReporter
    ) {
        for row in view.totalAndRows {
            reporter.checkSum(
                total: row.columns[0],
                parts: row.columns.dropFirst(),
                at: view.location(row, column: 0),
                subject: view.describe(row, column: 0),
                shortSubject: view.describeAgain(row, column: 0),
                partsDescription: parts
            )
        }
    }
}
