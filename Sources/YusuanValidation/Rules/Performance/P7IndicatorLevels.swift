import YusuanCore

/// P7: when indicators carry levels (产出/效益/满意度), each project has at least one 产出 and one 效益
/// indicator. The Chongqing tables publish no levels, so the rule reports that it cannot run.
public struct P7IndicatorLevels: ValidationRule {
    public static let id = "P7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard !context.tables.projectPerformance.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有项目绩效目标表。", en: "No project table."))
        }
        return .insufficientData(
            Self.id,
            LocalizedText(
                zh: "项目绩效目标表未列示一级、二级指标（产出/效益/满意度），无法核对指标层级。",
                en: "The project tables publish no indicator levels (output/effect/satisfaction)."
            )
        )
    }
}
