import YusuanCore

/// The fund (``FundSource/init(label:)``) each income line of 表六 and 表一 names, read once per document
/// (``DocumentIndex``) for the rules that look an income line up by its fund (N1's and N2's targets, N3, X3, X5,
/// X6) instead of each reading the labels again.
struct IncomeFunds: Sendable {
    /// 表六's income sources (``DepartmentSummaryTable/incomeSources``), in order: the position of each in the
    /// table's lines and the fund its label names.
    let departmentSummary: [(line: Int, fund: FundSource?)]
    /// The fund of each of 表一's current-year income sources (``FinancialSummarySections/currentYearIncomeSources``),
    /// in order.
    let currentYear: [FundSource?]
    /// The fund of each of 表一's carried-over sources (``FinancialSummarySections/carriedOverSources``), in order.
    let carriedOver: [FundSource?]

    /// The funds of 表六's income lines and of 表一's income sections (empty where the table is absent).
    init(departmentSummary summary: DepartmentSummaryTable?, financialSummary sections: FinancialSummarySections?) {
        var departmentSummary: [(line: Int, fund: FundSource?)] = []
        if let lines = summary?.lines {
            departmentSummary.reserveCapacity(lines.count)
            for position in lines.indices where lines[position].isIncomeSource {
                departmentSummary.append((position, FundSource(label: lines[position].incomeLabel)))
            }
        }
        self.departmentSummary = departmentSummary
        currentYear = sections?.currentYearIncomeSources.map { FundSource(label: $0.label) } ?? []
        carriedOver = sections?.carriedOverSources.map { FundSource(label: $0.label) } ?? []
    }
}

extension ValidationContext {
    /// The funds of the document's income lines (read once per document).
    var incomeFunds: IncomeFunds { index.incomeFunds }

    /// 表六's first income line (of ``DepartmentSummaryTable/incomeSources``) whose label names `fund`.
    func departmentSummaryIncome(of fund: FundSource) -> DepartmentSummaryLine? {
        guard let summary = tables.departmentSummary,
            let entry = index.incomeFunds.departmentSummary.first(where: { $0.fund == fund })
        else { return nil }
        return summary.lines[entry.line]
    }

    /// 表一's first current-year income source whose label names `fund`.
    func currentYearIncome(of fund: FundSource) -> FinancialSummarySections.Item? {
        guard let sections = index.financialSummary,
            let position = index.incomeFunds.currentYear.firstIndex(where: { $0 == fund })
        else { return nil }
        return sections.currentYearIncomeSources[position]
    }

    /// 表一's first carried-over source whose label names `fund`.
    func carriedOverIncome(of fund: FundSource) -> FinancialSummarySections.Item? {
        guard let sections = index.financialSummary,
            let position = index.incomeFunds.carriedOver.firstIndex(where: { $0 == fund })
        else { return nil }
        return sections.carriedOverSources[position]
    }
}
