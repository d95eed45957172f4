import YusuanCore

/// JS-A1 (Jiangsu): 公开01表 收支预算总表 and 公开04表 财政拨款收支预算总表 add up and balance: each side's items add
/// up to its 小计/合计 (一、财政拨款 to its 1./2. sub-items; 功能分类 and 支出用途 each to 当年支出小计), 合计 = 小计 +
/// 结转, and 收入合计 = 支出合计.
public struct JSA1SummaryBalance: ValidationRule {
    public static let id = "JS-A1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        let summaries = [jiangsu.generic(1), jiangsu.generic(4)].compactMap { $0 }
        guard !summaries.isEmpty else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "没有（可确定读取的）收支预算总表或财政拨款收支预算总表。",
                    en: "There is no 收支预算总表 or 财政拨款收支预算总表 (read with certainty)."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        for table in summaries {
            let income = JiangsuTables.side(table, 0)
            // 公开01表 prints two expenditure sides (功能分类, 支出用途) under one 当年支出小计 and 支出合计.
            let expenditureSides = (1..<max(table.columns.count, 1)).map { JiangsuTables.side(table, $0) }
            let expenditure = expenditureSides.flatMap { $0 }
            let incomeTotal = check(income, income, words: ("收入", "income"), into: &reporter)
            var expenditureTotal: JiangsuCell?
            for (index, side) in expenditureSides.enumerated() {
                let total = check(side, expenditure, words: ("支出", "expenditure"), balance: index == 0, into: &reporter)
                expenditureTotal = expenditureTotal ?? total
            }
            if let incomeTotal, let expenditureTotal {
                reporter.checkEqual(
                    incomeTotal.amount,
                    expenditureTotal.amount,
                    at: incomeTotal.location,
                    related: expenditureTotal.location,
                    subject: incomeTotal.describe,
                    other: expenditureTotal.describe
                )
            }
        }
        return reporter.outcome
    }

    /// Checks one side: 一、 items against their 1./2. sub-items, the 一、 items against the 小计 (or 合计), and 合计 =
    /// 小计 + 结转 (once per side, `balance`). `summaryCells` hold the side's 小计/合计/结转 (shared by two sides in
    /// 公开01表). Returns the 合计.
    private func check(
        _ cells: [JiangsuCell],
        _ summaryCells: [JiangsuCell],
        words: (String, String),
        balance: Bool = true,
        into reporter: inout RuleReporter
    ) -> JiangsuCell? {
        let subtotal = summaryCells.first { $0.row.contains("小计") }
        let total = summaryCells.first { $0.row.contains("合计") }
        let carried = summaryCells.first { $0.row.contains("结转") }
        for (index, item) in cells.enumerated() where JiangsuTables.isTopLevel(item.row) {
            let children = cells[(index + 1)...].prefix {
                JiangsuTables.isEnumerated($0.row) && !JiangsuTables.isTopLevel($0.row)
            }
            guard !children.isEmpty else { continue }
            reporter.checkSum(
                total: item.amount,
                parts: children.map(\.amount),
                at: item.location,
                subject: item.describe,
                partsDescription: LocalizedText(zh: "其下各分项", en: "its sub-items")
            )
        }
        let items = cells.filter { JiangsuTables.isTopLevel($0.row) }
        if let sum = subtotal ?? total, !items.isEmpty {
            reporter.checkSum(
                total: sum.amount,
                parts: items.map(\.amount),
                at: sum.location,
                subject: sum.describe,
                partsDescription: LocalizedText(zh: "各\(words.0)项目", en: "the \(words.1) items")
            )
        }
        if balance, let subtotal, let total {
            reporter.checkSum(
                total: total.amount,
                parts: [subtotal.amount, carried?.amount],
                at: total.location,
                subject: total.describe,
                partsDescription: LocalizedText(
                    zh: "当年\(words.0)小计与结转资金",
                    en: "the current-year subtotal and carry-over"
                )
            )
        }
        return total
    }
}
