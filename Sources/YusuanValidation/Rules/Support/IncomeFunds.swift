import Synchronization
import YusuanCore

/// The fund (``FundSource/init(label:)``) each income line of 表六 and 表一 names, for the rules that look an income
/// line up by its fund (N1's and N2's targets, N3, X3, X5, X6): each label is read the first time a rule asks for
/// its fund, then kept for every rule of the document (``DocumentIndex``), instead of each rule reading it again.
final class IncomeFunds: Sendable {
    /// The lists of income lines.
    enum List: Int {
        /// 表六's income sources (``DepartmentSummaryTable/incomeSources``).
        case departmentSummary
        /// 表一's current-year income sources (``FinancialSummarySections/currentYearIncomeSources``).
        case currentYear
        /// 表一's carried-over sources (``FinancialSummarySections/carriedOverSources``).
        case carriedOver
    }

    /// The position in 表六's lines of each of its income sources, in order.
    let departmentSummaryLines: [Int]
    /// The labels of each list (by ``List/rawValue``), in order.
    private let labels: [[String]]
    /// The fund of each label of each list, once read (`nil`: not read yet).
    private let known: Mutex<[[FundSource??]]>

    /// The income lines of 表六 and of 表一's income sections (none where the table is absent).
    init(departmentSummary summary: DepartmentSummaryTable?, financialSummary sections: FinancialSummarySections?) {
        var lines: [Int] = []
        var summaryLabels: [String] = []
        if let all = summary?.lines {
            for position in all.indices where all[position].isIncomeSource {
                lines.append(position)
                summaryLabels.append(all[position].incomeLabel)
            }
        }
        departmentSummaryLines = lines
        let labels = [
            summaryLabels,
            sections?.currentYearIncomeSources.map { $0.label } ?? [],
            sections?.carriedOverSources.map { $0.label } ?? [],
        ]
        self.labels = labels
        known = Mutex(labels.map { [FundSource??](repeating: nil, count: $0.count) })
    }

    /// The fund the label at `position` of `list` names.
    func fund(_ list: List, at position: Int) -> FundSource? {
        known.withLock { known in
            if let fund = known[list.rawValue][position] { return fund }
            let fund = FundSource(label: labels[list.rawValue][position])
            known[list.rawValue][position] = .some(fund)
            return fund
        }
    }

    /// The fund of every line of `list`, in order.
    func funds(_ list: List) -> [FundSource?] { labels[list.rawValue].indices.map { fund(list, at: $0) } }

    /// The position in `list` of the first line whose label names `fund`.
    func firstPosition(_ list: List, of fund: FundSource) -> Int? {
        labels[list.rawValue].indices.first { self.fund(list, at: $0) == fund }
    }
}

extension ValidationContext {
    /// The funds of the document's income lines (read once per document).
    var incomeFunds: IncomeFunds { index.incomeFunds }

    /// 表六's first income line (of ``DepartmentSummaryTable/incomeSources``) whose label names `fund`.
    func departmentSummaryIncome(of fund: FundSource) -> DepartmentSummaryLine? {
        guard let summary = tables.departmentSummary,
            let position = index.incomeFunds.firstPosition(.departmentSummary, of: fund)
        else { return nil }
        return summary.lines[index.incomeFunds.departmentSummaryLines[position]]
    }

    /// 表一's first current-year income source whose label names `fund`.
    func currentYearIncome(of fund: FundSource) -> FinancialSummarySections.Item? {
        guard let sections = index.financialSummary,
            let position = index.incomeFunds.firstPosition(.currentYear, of: fund)
        else { return nil }
        return sections.currentYearIncomeSources[position]
    }

    /// 表一's first carried-over source whose label names `fund`.
    func carriedOverIncome(of fund: FundSource) -> FinancialSummarySections.Item? {
        guard let sections = index.financialSummary,
            let position = index.incomeFunds.firstPosition(.carriedOver, of: fund)
        else { return nil }
        return sections.carriedOverSources[position]
    }
}
