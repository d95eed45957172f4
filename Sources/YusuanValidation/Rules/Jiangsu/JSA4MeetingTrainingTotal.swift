import YusuanCore

/// JS-A4 (Jiangsu): in 公开09表 “三公”经费、会议费、培训费支出预算表, 合计 = “三公”经费小计 + 会议费 + 培训费 (the
/// “三公” items themselves are A5's).
public struct JSA4MeetingTrainingTotal: ValidationRule {
    public static let id = "JS-A4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        guard let table = jiangsu.generic(9), let row = table.rows.first, row.amounts.count >= 3 else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "“三公”经费、会议费、培训费支出预算表没有（可确定读取的）合计、会议费、培训费。",
                    en: "The “三公”经费、会议费、培训费 table has no 合计, 会议费 and 培训费 (read with certainty)."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        let total = JiangsuTables.cell(table, row, label: "合计", column: 0)
        reporter.checkSum(
            total: total.amount,
            parts: [context.tables.threePublicExpenditure?.amounts.total, row.amounts[1], row.amounts[2]],
            at: total.location,
            subject: total.describe,
            partsDescription: LocalizedText(zh: "“三公”经费小计、会议费和培训费", en: "the 三公 subtotal, 会议费 and 培训费")
        )
        return reporter.outcome
    }
}
