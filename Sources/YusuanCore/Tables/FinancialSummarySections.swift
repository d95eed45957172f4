/// 表一's items and sections, found in one pass over the table: what ``FinancialSummaryTable``'s accessors of the
/// same names give (each of them finds them all again).
public struct FinancialSummarySections: Sendable {
    public typealias Item = FinancialSummaryTable.Item
    public typealias ExpenditureItem = FinancialSummaryTable.ExpenditureItem

    /// Every non-empty income label with its amount.
    public let incomeItems: [Item]
    /// Every non-empty expenditure label with its amounts.
    public let expenditureItems: [ExpenditureItem]
    /// 一、本年收入.
    public let currentYearIncome: Item?
    /// 二、上年结转.
    public let carriedOverIncome: Item?
    /// 收入合计.
    public let incomeTotal: Item?
    /// The income sources under 一、本年收入.
    public let currentYearIncomeSources: [Item]
    /// The sources under 二、上年结转.
    public let carriedOverSources: [Item]
    /// 一、本年支出.
    public let currentYearExpenditure: ExpenditureItem?
    /// 二、结转下年.
    public let carriedForwardExpenditure: ExpenditureItem?
    /// 支出合计.
    public let expenditureTotal: ExpenditureItem?
    /// The function classes under 一、本年支出.
    public let expenditureByClass: [ExpenditureItem]

    public init(_ table: FinancialSummaryTable) {
        let incomeItems = table.incomeItems
        let expenditureItems = table.expenditureItems
        self.incomeItems = incomeItems
        self.expenditureItems = expenditureItems
        currentYearIncome = incomeItems.first { $0.label.has("本年收入") }
        carriedOverIncome = incomeItems.first { $0.label.has("上年结转") }
        incomeTotal = incomeItems.first { $0.label.has("合计") }
        currentYearIncomeSources = Self.section(of: incomeItems, after: "本年收入", before: "上年结转")
        carriedOverSources = Self.section(of: incomeItems, after: "上年结转", before: "合计")
        currentYearExpenditure = expenditureItems.first { $0.label.has("本年支出") }
        carriedForwardExpenditure = expenditureItems.first { $0.label.has("结转下年") }
        expenditureTotal = expenditureItems.first { $0.label.has("合计") }
        var byClass: [ExpenditureItem] = []
        var inside = false
        for item in expenditureItems {
            if item.label.has("本年支出") {
                inside = true
            } else if item.label.has("结转下年") || item.label.has("合计") {
                inside = false
            } else if inside {
                byClass.append(item)
            }
        }
        expenditureByClass = byClass
    }

    private static func section(of items: [Item], after start: String, before end: String) -> [Item] {
        var result: [Item] = []
        var inside = false
        for item in items {
            if item.label.has(start) {
                inside = true
            } else if item.label.has(end) || item.label.hasPrefixBytes("一、") || item.label.hasPrefixBytes("二、") {
                inside = false
            } else if inside {
                result.append(item)
            }
        }
        return result
    }
}
