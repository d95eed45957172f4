import YusuanCore

/// A4: 表三 has 总计 = 人员经费 + 日常公用经费 on every row, and — in the Chongqing district template, whose
/// convention it is — on the 合计 row 人员经费 = 301 + 303 and 日常公用经费 = 302 (other families count 310 or
/// parts of 301/303 among 公用经费).
public struct A4EconomicSplit: ValidationRule {
    public static let id = "A4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = context.tables.generalBudgetBasicExpenditure else {
            return .notApplicable(Self.id, context.noTable(.generalBudgetBasicExpenditure))
        }
        let view = context.codedView(economic: table)
        var reporter = context.reporter(for: Self.id)
        // 人员经费 and 日常公用经费, the columns after 总计.
        RowSourceSum.check(
            view,
            parts: LocalizedText(zh: "人员经费与日常公用经费", en: "personnel and public-use expenditure"),
            into: &reporter
        )
        if context.disclosure.identity.followsChongqingDistrictTemplate, let total = view.totalRow {
            let personnel = ["301", "303"].compactMap { view.row(code: $0) }
            let publicUse = ["302"].compactMap { view.row(code: $0) }
            if !personnel.isEmpty {
                reporter.checkSum(
                    total: total.columns[1],
                    parts: personnel.map { $0.columns[0] },
                    at: view.location(total, column: 1),
                    subject: view.describe(total, column: 1),
                    shortSubject: view.describeAgain(total, column: 1),
                    partsDescription: LocalizedText(zh: "301 与 303 类总计", en: "the totals of classes 301 and 303")
                )
            }
            if !publicUse.isEmpty {
                reporter.checkSum(
                    total: total.columns[2],
                    parts: publicUse.map { $0.columns[0] },
                    at: view.location(total, column: 2),
                    subject: view.describe(total, column: 2),
                    shortSubject: view.describeAgain(total, column: 2),
                    partsDescription: LocalizedText(zh: "302 类总计", en: "the total of class 302")
                )
            }
        }
        return reporter.outcome
    }
}
