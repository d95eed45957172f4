/// The four expenditure columns of 表一: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算.
public struct FundSplit: Sendable, Hashable, Codable {
    public var total: Amount?
    public var generalBudget: Amount?
    public var governmentFund: Amount?
    public var stateCapital: Amount?

    public init(total: Amount?, generalBudget: Amount?, governmentFund: Amount?, stateCapital: Amount?) {
        self.total = total
        self.generalBudget = generalBudget
        self.governmentFund = governmentFund
        self.stateCapital = stateCapital
    }

    /// The columns in published order, with their Chinese header.
    public static let columnNames = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]

    /// The amounts in published order.
    public var columns: [Amount?] { [total, generalBudget, governmentFund, stateCapital] }
}

/// One printed line of 表一: an income item on the left and an expenditure item on the right.
public struct FinancialSummaryLine: Sendable, Hashable, Codable {
    /// The income label (`一、本年收入`, `一般公共预算资金`, `收入合计`); empty when the left side is blank.
    public var incomeLabel: String
    /// The income amount (预算数).
    public var incomeAmount: Amount?
    /// The expenditure label (`一、本年支出`, `一般公共服务支出`, `支出合计`); empty when blank.
    public var expenditureLabel: String
    /// The expenditure amounts.
    public var expenditure: FundSplit
    /// The source line.
    public var line: SourceLine?

    public init(
        incomeLabel: String,
        incomeAmount: Amount?,
        expenditureLabel: String,
        expenditure: FundSplit,
        line: SourceLine? = nil
    ) {
        self.incomeLabel = incomeLabel
        self.incomeAmount = incomeAmount
        self.expenditureLabel = expenditureLabel
        self.expenditure = expenditure
        self.line = line
    }
}

/// 表一 财政拨款收支总表: a two-sided table, income by fund on the left, expenditure by function class on
/// the right. The lines are kept as printed; the accessors give the typed figures.
public struct FinancialSummaryTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The printed lines under the two header rows.
    public var lines: [FinancialSummaryLine]

    public init(header: TableHeader, lines: [FinancialSummaryLine]) {
        self.header = header
        self.lines = lines
    }
}

extension FinancialSummaryTable {
    /// A labelled amount read from one side of the table.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var amount: Amount?
        public var line: SourceLine?
    }

    /// A labelled expenditure split read from the right side of the table.
    public struct ExpenditureItem: Sendable, Hashable {
        public var label: String
        public var amounts: FundSplit
        public var line: SourceLine?
    }

    /// 一、本年收入.
    public var currentYearIncome: Item? { sections.currentYearIncome }
    /// 二、上年结转.
    public var carriedOverIncome: Item? { sections.carriedOverIncome }
    /// 收入合计.
    public var incomeTotal: Item? { sections.incomeTotal }
    /// The income sources under 一、本年收入 (一般公共预算资金, 政府性基金预算资金, 国有资本经营预算资金).
    public var currentYearIncomeSources: [Item] { sections.currentYearIncomeSources }
    /// The sources under 二、上年结转.
    public var carriedOverSources: [Item] { sections.carriedOverSources }

    /// 一、本年支出.
    public var currentYearExpenditure: ExpenditureItem? { sections.currentYearExpenditure }
    /// 二、结转下年.
    public var carriedForwardExpenditure: ExpenditureItem? { sections.carriedForwardExpenditure }
    /// 支出合计.
    public var expenditureTotal: ExpenditureItem? { sections.expenditureTotal }
    /// The function classes under 一、本年支出.
    public var expenditureByClass: [ExpenditureItem] { sections.expenditureByClass }

    /// All the items and sections at once (a reader of several keeps this instead of finding them again).
    public var sections: FinancialSummarySections { FinancialSummarySections(self) }

    /// Every non-empty income label with its amount.
    public var incomeItems: [Item] {
        lines.filter { !$0.incomeLabel.isEmpty }.map {
            Item(label: $0.incomeLabel, amount: $0.incomeAmount, line: $0.line)
        }
    }

    /// Every non-empty expenditure label with its amounts.
    public var expenditureItems: [ExpenditureItem] {
        lines.filter { !$0.expenditureLabel.isEmpty }.map {
            ExpenditureItem(label: $0.expenditureLabel, amounts: $0.expenditure, line: $0.line)
        }
    }
}
