import YusuanCore

/// What the per-项 statement rules (N17–N20) share.
enum ItemStatementRules {
    /// The reason given when the narrative has no per-项 statement.
    static let noStatements = LocalizedText(
        zh: "情况说明没有逐项（类、款、项）说明财政拨款支出。",
        en: "The narrative has no per-项 statements of the appropriations."
    )
}
