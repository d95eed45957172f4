import YusuanCore

/// JS-A2 (Jiangsu): 公开02表 收入预算总表 — 收入总计 = Σ 小计, each source's 小计 = Σ its items (`其中` lines
/// excluded); 公开03表 支出预算总表 — 合计 = 基本支出 + 项目支出 + 单位预留机动经费 + 结转下年资金.
public struct JSA2IncomeAndExpenditureTotals: ValidationRule {
    public static let id = "JS-A2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        guard jiangsu.generic(2) != nil || jiangsu.generic(3) != nil else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "没有（可确定读取的）收入预算总表或支出预算总表。",
                    en: "There is no 收入预算总表 or 支出预算总表 (read with certainty)."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        if let income = jiangsu.generic(2) {
            var subtotals: [JiangsuCell] = []
            var items: [JiangsuCell] = []
            func closeGroup() {
                guard let subtotal = subtotals.last, !items.isEmpty else { return }
                reporter.checkSum(
                    total: subtotal.amount,
                    parts: items.map(\.amount),
                    at: subtotal.location,
                    subject: subtotal.describe,
                    partsDescription: LocalizedText(zh: "该资金来源各项", en: "the items of this source")
                )
            }
            var total: JiangsuCell?
            for row in income.rows {
                let cell = JiangsuTables.cell(income, row, label: row.name, column: 0)
                let item = JiangsuTables.parts(row).last ?? ""
                if row.isTotal {
                    total = cell
                } else if item == "小计" {
                    closeGroup()
                    subtotals.append(cell)
                    items = []
                } else if !item.hasPrefix("其中") {
                    items.append(cell)
                }
            }
            closeGroup()
            if let total, !subtotals.isEmpty {
                reporter.checkSum(
                    total: total.amount,
                    parts: subtotals.map(\.amount),
                    at: total.location,
                    subject: total.describe,
                    partsDescription: LocalizedText(zh: "各资金来源小计", en: "the subtotals of the sources")
                )
            }
        }
        if let expenditure = jiangsu.generic(3) {
            for row in expenditure.rows where row.amounts.count > 1 {
                let total = JiangsuTables.cell(expenditure, row, label: "合计", column: 0)
                reporter.checkSum(
                    total: total.amount,
                    parts: Array(row.amounts.dropFirst()),
                    at: total.location,
                    subject: total.describe,
                    partsDescription: LocalizedText(
                        zh: expenditure.columns.dropFirst().joined(separator: "、"),
                        en: "the columns " + expenditure.columns.dropFirst().joined(separator: ", ")
                    )
                )
            }
        }
        return reporter.outcome
    }
}
