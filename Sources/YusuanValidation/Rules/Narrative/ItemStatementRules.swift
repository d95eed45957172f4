import YusuanCore

/// What the per-项 statement rules (N17–N20) share.
enum ItemStatementRules {
    /// The reason given when the narrative has no per-项 statement.
    static let noStatements = LocalizedText(
        zh: "情况说明没有逐项（类、款、项）说明财政拨款支出。",
        en: "The narrative has no per-项 statements of the appropriations."
    )

    /// Runs a per-项 statement rule: `check` reports on one statement and says whether the statement had what the
    /// rule checks. The outcome is insufficient data when the narrative has no statement (``noStatements``) or when
    /// none had it (`unchecked`).
    static func check(
        _ id: String,
        _ context: ValidationContext,
        unchecked: LocalizedText,
        _ check: (ItemStatement, inout RuleReporter) -> Bool
    ) -> RuleOutcome {
        guard let statements = context.facts.itemStatements, !statements.isEmpty else {
            return .insufficientData(id, noStatements)
        }
        var reporter = context.reporter(for: id)
        var checked = 0
        for statement in statements where check(statement, &reporter) { checked += 1 }
        guard checked > 0 else { return .insufficientData(id, unchecked) }
        return reporter.outcome
    }
}
