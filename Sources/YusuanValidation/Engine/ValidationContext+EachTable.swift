import YusuanCore

extension ValidationContext {
    /// Runs a rule's check on each table of a kind with one reporter, and gives the rule's outcome: not applicable
    /// (with `none`, what the document lacks) when it has no such table. What the table rules (A1, A2, C1, C3, P2, …)
    /// share, so that each says only what it checks.
    func checkEach<Table>(
        _ tables: [Table],
        rule id: String,
        none: LocalizedText,
        _ check: (Table, inout RuleReporter) -> Void
    ) -> RuleOutcome {
        guard !tables.isEmpty else { return .notApplicable(id, none) }
        var reporter = reporter(for: id)
        for table in tables { check(table, &reporter) }
        return reporter.outcome
    }

    /// ``checkEach(_:rule:none:_:)`` on the tables with classification codes (function or economic).
    func eachCodedTable(_ id: String, _ check: (CodedTableView, inout RuleReporter) -> Void) -> RuleOutcome {
        checkEach(
            classifiedTables,
            rule: id,
            none: LocalizedText(zh: "文档没有分类编码表。", en: "The document has no coded table."),
            check
        )
    }

    /// ``checkEach(_:rule:none:_:)`` on the performance target tables (表十, 表十一 and their kin).
    func eachPerformanceTable(_ id: String, _ check: (PerformanceTableView, inout RuleReporter) -> Void)
        -> RuleOutcome
    {
        checkEach(
            performanceTables,
            rule: id,
            none: LocalizedText(zh: "文档没有绩效目标表。", en: "No performance table."),
            check
        )
    }
}
