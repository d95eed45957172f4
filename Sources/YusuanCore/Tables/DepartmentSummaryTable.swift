/// One printed line of 表六 部门收支总表: an income source and an expenditure class side by side.
public struct DepartmentSummaryLine: Sendable, Hashable, Codable {
    /// The income label (`合计`, `一般公共预算资金`, `事业收入资金` …); empty when blank.
    public var incomeLabel: String
    /// The income amount.
    public var incomeAmount: Amount?
    /// The expenditure label (`合计`, `一般公共服务支出` …); empty when blank.
    public var expenditureLabel: String
    /// The expenditure amount.
    public var expenditureAmount: Amount?
    /// The source line.
    public var line: SourceLine?

    public init(
        incomeLabel: String,
        incomeAmount: Amount?,
        expenditureLabel: String,
        expenditureAmount: Amount?,
        line: SourceLine? = nil
    ) {
        self.incomeLabel = incomeLabel
        self.incomeAmount = incomeAmount
        self.expenditureLabel = expenditureLabel
        self.expenditureAmount = expenditureAmount
        self.line = line
    }

    /// Whether this is the 合计 line.
    public var isTotal: Bool { incomeLabel.has("合计") || expenditureLabel.has("合计") }

    /// Whether the line is one of ``DepartmentSummaryTable/incomeSources``: it has an income label and is not the
    /// 合计 line.
    public var isIncomeSource: Bool { !incomeLabel.isEmpty && !isTotal }
}

/// 表六 部门收支总表: all income by source and all expenditure by function class.
public struct DepartmentSummaryTable: Sendable, Hashable, Codable {
    public var header: TableHeader
    /// The printed lines under the header, 合计 first as in the template.
    public var lines: [DepartmentSummaryLine]

    public init(header: TableHeader, lines: [DepartmentSummaryLine]) {
        self.header = header
        self.lines = lines
    }

    /// The 合计 line.
    public var totalLine: DepartmentSummaryLine? { lines.first { $0.isTotal } }

    /// Income sources (every non-total line with an income label).
    public var incomeSources: [(label: String, amount: Amount?, line: SourceLine?)] {
        // One pass over the lines in place (no filtered copy of them) into an array sized once.
        var sources: [(label: String, amount: Amount?, line: SourceLine?)] = []
        sources.reserveCapacity(lines.count)
        for position in lines.indices where lines[position].isIncomeSource {
            sources.append((lines[position].incomeLabel, lines[position].incomeAmount, lines[position].line))
        }
        return sources
    }

    /// The first line of ``incomeSources`` that `matches`, found in place rather than in a copy of them all.
    /// `matches` is asked only for a line with an income label, and before the 合计 test, which is then made only
    /// for a line it accepts.
    public func firstIncomeSource(
        where matches: (DepartmentSummaryLine) throws -> Bool
    ) rethrows -> DepartmentSummaryLine? {
        try lines.first { line in try !line.incomeLabel.isEmpty && matches(line) && line.isIncomeSource }
    }

    /// Expenditure classes (every non-total line with an expenditure label).
    public var expenditureClasses: [(label: String, amount: Amount?, line: SourceLine?)] {
        // As ``incomeSources``: one pass in place into an array sized once.
        var classes: [(label: String, amount: Amount?, line: SourceLine?)] = []
        classes.reserveCapacity(lines.count)
        for position in lines.indices where !lines[position].expenditureLabel.isEmpty && !lines[position].isTotal {
            classes.append((lines[position].expenditureLabel, lines[position].expenditureAmount, lines[position].line))
        }
        return classes
    }
}
