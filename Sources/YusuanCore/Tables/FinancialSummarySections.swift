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
        // The words of each label, searched for once (by bytes, as `has` and `hasPrefixBytes` do).
        let incomeMarks = incomeItems.map { Marks(of: $0.label, words: Marks.incomeWords, headings: true) }
        let expenditureMarks = expenditureItems.map { Marks(of: $0.label, words: Marks.expenditureWords) }
        func firstIncome(_ mark: Marks) -> Item? {
            incomeMarks.firstIndex { $0.contains(mark) }.map { incomeItems[$0] }
        }
        func firstExpenditure(_ mark: Marks) -> ExpenditureItem? {
            expenditureMarks.firstIndex { $0.contains(mark) }.map { expenditureItems[$0] }
        }
        currentYearIncome = firstIncome(.currentYearIncome)
        carriedOverIncome = firstIncome(.carriedOver)
        incomeTotal = firstIncome(.total)
        currentYearIncomeSources = Self.section(
            of: incomeItems,
            incomeMarks,
            after: .currentYearIncome,
            before: .carriedOver
        )
        carriedOverSources = Self.section(of: incomeItems, incomeMarks, after: .carriedOver, before: .total)
        currentYearExpenditure = firstExpenditure(.currentYearExpenditure)
        carriedForwardExpenditure = firstExpenditure(.carriedForward)
        expenditureTotal = firstExpenditure(.total)
        var byClass: [ExpenditureItem] = []
        var inside = false
        for position in expenditureItems.indices {
            let marks = expenditureMarks[position]
            if marks.contains(.currentYearExpenditure) && !marks.contains(.total) {
                inside = true
            } else if !marks.isDisjoint(with: [.carriedForward, .total]) {
                inside = false
            } else if inside {
                byClass.append(expenditureItems[position])
            }
        }
        expenditureByClass = byClass
    }

    /// The items after the one with the word `start` and before the next one with the word `end`, a heading (`一、`,
    /// `二、`) or a total: a 合计/总计 row is never one of them (a 表一 that leaves out its empty 上年结转 rows goes from
    /// the sources straight to 收入合计).
    private static func section(of items: [Item], _ marks: [Marks], after start: Marks, before end: Marks) -> [Item] {
        var result: [Item] = []
        var inside = false
        for position in items.indices {
            // `本年收入合计` is a subtotal, not the heading of a section.
            if marks[position].contains(start) && !marks[position].contains(.total) {
                inside = true
            } else if !marks[position].isDisjoint(with: end.union(.heading).union(.total)) {
                inside = false
            } else if inside {
                result.append(items[position])
            }
        }
        return result
    }

    /// The words a label of 表一 has, as bits.
    private struct Marks: OptionSet {
        let rawValue: UInt8

        static let currentYearIncome = Marks(rawValue: 1)
        static let carriedOver = Marks(rawValue: 2)
        static let total = Marks(rawValue: 4)
        /// Starts with `一、` or `二、`.
        static let heading = Marks(rawValue: 8)
        static let currentYearExpenditure = Marks(rawValue: 16)
        static let carriedForward = Marks(rawValue: 32)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        static let incomeWords: [(mark: Marks, word: String)] = [
            (.currentYearIncome, "本年收入"), (.carriedOver, "上年结转"), (.total, "合计"), (.total, "总计"),
        ]
        static let expenditureWords: [(mark: Marks, word: String)] = [
            (.currentYearExpenditure, "本年支出"), (.carriedForward, "结转下年"), (.total, "合计"), (.total, "总计"),
        ]
        static let headings = ["一、", "二、"]

        /// The words of `words` that occur in the label (by bytes), and whether it starts with a heading.
        init(of label: String, words: [(mark: Marks, word: String)], headings: Bool = false) {
            var found: UInt8 = 0
            for word in words where label.has(word.word) { found |= word.mark.rawValue }
            if headings && Marks.headings.contains(where: { label.hasPrefixBytes($0) }) {
                found |= Marks.heading.rawValue
            }
            rawValue = found
        }
    }
}
