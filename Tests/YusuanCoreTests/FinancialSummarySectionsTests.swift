import Testing
import YusuanCore

/// The sections of a 财政拨款收支总表 as the rules read them.
struct FinancialSummarySectionsTests {
    static func line(_ income: String, _ amount: String?) -> FinancialSummaryLine {
        FinancialSummaryLine(
            incomeLabel: income,
            incomeAmount: amount.flatMap { Amount($0) },
            expenditureLabel: "",
            expenditure: FundSplit(total: nil, generalBudget: nil, governmentFund: nil, stateCapital: nil)
        )
    }

    /// Regression: a 表一 that leaves out its empty 二、上年结转 rows goes from its sources straight to 收入合计, and
    /// the 合计 was counted as one more source (a false A6 error).
    @Test func aTotalRowIsNeverASource() {
        let table = FinancialSummaryTable(
            header: TableHeader(caption: "表一", title: "2026年财政拨款收支总表"),
            lines: [
                Self.line("一、本年收入", "100.00"), Self.line("一般公共预算资金", "90.00"), Self.line("政府性基金预算资金", "10.00"),
                Self.line("收入合计", "100.00"),
            ]
        )
        let sections = FinancialSummarySections(table)
        #expect(sections.currentYearIncomeSources.map(\.label) == ["一般公共预算资金", "政府性基金预算资金"])
        #expect(sections.incomeTotal?.label == "收入合计")
        // Also when the total says 总计.
        var total = table
        total.lines[3] = Self.line("收入总计", "100.00")
        #expect(FinancialSummarySections(total).currentYearIncomeSources.count == 2)
        #expect(FinancialSummarySections(total).incomeTotal?.label == "收入总计")
    }

    /// `本年收入合计` (sources first, then their subtotal) is a subtotal, not the start of a section.
    @Test func aSubtotalStartsNoSection() {
        let table = FinancialSummaryTable(
            header: TableHeader(caption: nil, title: "财政拨款收支总表"),
            lines: [
                Self.line("1.一般公共预算拨款", "90.00"), Self.line("本年收入合计", "90.00"), Self.line("上年结余、结转", "0.00"),
                Self.line("收入总计", "90.00"),
            ]
        )
        #expect(FinancialSummarySections(table).currentYearIncomeSources.isEmpty)
    }
}
