import YusuanCore

/// P9: 表十 states the overall goal (当年整体绩效目标), lists indicators and names the department (its budget
/// equalling 表八 合计 is X10).
public struct P9OverallTargets: ValidationRule {
    public static let id = "P9"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let overall = context.tables.overallPerformance else {
            return .notApplicable(Self.id, context.noTable(.overallPerformance))
        }
        let tableName = context.tableName(.overallPerformance)
        var reporter = context.reporter(for: Self.id)
        let location = FindingLocation(
            table: .overallPerformance,
            caption: tableName.caption,
            line: overall.line ?? overall.header.line
        )
        if overall.goal.trimmingSpaces().isEmpty {
            reporter.report(
                LocalizedText(
                    zh: "\(tableName.zh)未填写当年整体绩效目标，请补充。",
                    en: "\(tableName.capitalizedEn) states no overall goal: add it."
                ),
                at: location.withColumn("当年整体绩效目标")
            )
        }
        if overall.indicators.isEmpty {
            reporter.report(
                LocalizedText(
                    zh: "\(tableName.zh)没有绩效指标，请补充。",
                    en: "\(tableName.capitalizedEn) lists no indicator: add them."
                ),
                at: location
            )
        }
        let name = Labels.normalized(context.disclosure.identity.departmentName)
        if !Labels.normalized(overall.departmentLabel).contains(name) {
            reporter.report(
                LocalizedText(
                    zh:
                        "\(tableName.ofZh)部门名称“\(overall.departmentLabel)”与文档部门“\(context.disclosure.identity.departmentName)”不一致，请核对。",
                    en: "\(tableName.capitalizedEn) names the department \(overall.departmentLabel), not "
                        + "\(context.disclosure.identity.departmentName): check it."
                ),
                at: location.withColumn("部门(单位)名称"),
                severity: .warning
            )
        }
        return reporter.outcome
    }
}
