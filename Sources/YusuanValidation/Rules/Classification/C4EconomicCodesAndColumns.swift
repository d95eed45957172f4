import YusuanCore

/// C4: 表三 codes belong to the 30x economic classification; in the Chongqing district template, 301/303 amounts
/// sit only in 人员经费, 302 only in
/// 日常公用经费.
public struct C4EconomicCodesAndColumns: ValidationRule {
    public static let id = "C4"

    static let classes: Set<String> = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let economic = context.tables.generalBudgetBasicExpenditure else {
            return .notApplicable(Self.id, context.noTable(.generalBudgetBasicExpenditure))
        }
        let view = context.codedView(economic: economic)
        var reporter = context.reporter(for: Self.id)
        let followsConvention = context.disclosure.identity.followsChongqingDistrictTemplate
        for row in view.rows {
            let reading = Self.classReading(of: row.code)
            guard reading.isClass else {
                reporter.report(
                    LocalizedText(
                        zh: "\(view.name.zh)科目编码 \(row.code) 不属于部门预算支出经济分类（301、302、303…），请核对。",
                        en:
                            "\(view.name.capitalizedEn) code \(row.code) is not a departmental economic classification code (301, 302, "
                            + "303 …): check it."
                    ),
                    at: view.location(row, column: nil)
                )
                continue
            }
            // The columns are the Chongqing district template's convention (301/303 人员经费, 302 日常公用经费).
            guard followsConvention, let column = reading.wrongColumn, let amount = row.columns[column], !amount.isZero
            else { continue }
            let category = String(row.code.prefix(3))
            let right = column == 2 ? "人员经费" : "日常公用经费"
            reporter.report(
                LocalizedText(
                    zh:
                        "\(view.describe(row, column: column).zh)有金额 \(amount.plainText)。\(category) 类应全部列在“\(right)”列，请调整。",
                    en: "\(view.describe(row, column: column).en) holds \(amount.plainText); class \(category) belongs "
                        + "entirely in the \(Describe.englishColumn(right)) column: move it."
                ),
                at: view.location(row, column: column),
                expected: Amount.zero(scale: amount.scale),
                actual: amount
            )
        }
        return reporter.outcome
    }

    /// Whether a code's class (its first three Characters) is one of ``classes``, and the column its amounts must
    /// not sit in (2 人员经费 for 301 and 303, 1 日常公用经费 for 302).
    static func classReading(of code: String) -> (isClass: Bool, wrongColumn: Int?) {
        let category = String(code.prefix(3))
        return (classes.contains(category), category == "301" || category == "303" ? 2 : category == "302" ? 1 : nil)
    }
}
