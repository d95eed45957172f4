import YusuanCore

/// C6: 309xx and 310xx share their 款 names, so they are matched by code: each 309/310 row's class must be the
/// one its code names (资本性支出（基本建设） for 309, 资本性支出 for 310).
public struct C6CapitalClassesByCode: ValidationRule {
    public static let id = "C6"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let economic = context.tables.generalBudgetBasicExpenditure else {
            return .notApplicable(Self.id, context.noTable(.generalBudgetBasicExpenditure))
        }
        let view = context.codedView(economic: economic)
        let rows = view.rows.filter { $0.code.hasPrefixBytes("309") || $0.code.hasPrefixBytes("310") }
        guard !rows.isEmpty else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "\(view.name.zh)没有 309/310 资本性支出。",
                    en: "\(view.name.capitalizedEn) has no 309/310 capital rows."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        for row in rows where row.level == .category {
            let expected = row.code == "309" ? "资本性支出（基本建设）" : "资本性支出"
            guard !Labels.same(row.name, expected) else { continue }
            reporter.report(
                LocalizedText(
                    zh:
                        "\(view.name.ofZh)类 \(row.code) 名称为“\(row.name)”，应为“\(expected)”。309 与 310 下的款名称相同，只能按编码区分，请核对编码与名称。",
                    en:
                        "\(view.name.capitalizedEn) class \(row.code) is named \(row.name); it should be \(expected). 309 and 310 share "
                        + "their item names and are told apart by code only: check code and name."
                ),
                at: view.location(row, column: nil)
            )
        }
        return reporter.outcome
    }
}
