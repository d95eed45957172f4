import YusuanCore

/// P3: every project table marks at least one indicator as core (是否核心 = 是).
public struct P3CoreIndicator: ValidationRule {
    public static let id = "P3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let projects = context.performanceTables.filter { $0.kind == .projectPerformance }
        guard !projects.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有项目绩效目标表。", en: "No project table."))
        }
        var reporter = context.reporter(for: Self.id)
        for table in projects where !table.indicators.isEmpty {
            guard table.indicators.contains(where: { $0.isCore != nil }) else { continue }
            if !table.indicators.contains(where: { $0.isCore == true }) {
                reporter.report(
                    LocalizedText(
                        zh: "\(table.describe.zh)没有核心指标（是否核心均为“否”），请至少标明一个核心指标。",
                        en: "\(table.describe.en) marks no indicator as core: mark at least one."
                    ),
                    at: table.location(column: "是否核心")
                )
            }
        }
        return reporter.outcome
    }
}
