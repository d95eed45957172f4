import YusuanCore

extension ValidationContext {
    /// 表一's items and sections, when the document has 表一 (read once per document).
    var financialSummarySections: FinancialSummarySections? { index.financialSummary }

    /// The items and sections of the document's 表一 (read once per document).
    func sections(of table: FinancialSummaryTable) -> FinancialSummarySections {
        index.financialSummary ?? table.sections
    }
}
