import YusuanCore

/// P8: each self-evaluated project's indicators are those of the same project's 项目绩效目标表 in the budget of the
/// same department and year — a 年度指标值 changed since the budget, or a budget indicator the self-evaluation drops,
/// is a warning at the indicator.
///
/// It reads the budget given beside the 决算 (``ValidationContext/budget``: `yusuan validate` pairs them when both
/// are among its inputs); without it the rule lacks data.
public struct P8SelfEvaluationMatchesTargets: ValidationRule {
    public static let id = "P8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let evaluations = context.tables.projectSelfEvaluations, !evaluations.isEmpty else {
            return .notApplicable(Self.id, SelfEvaluationFindings.noSelfEvaluation)
        }
        guard let budget = context.budget else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "未与同一部门同一年度的部门预算一并检查，无法将自评指标与预算的项目绩效目标表对照。",
                    en: "The budget of the same department and year was not validated with this document: the "
                        + "self-evaluated indicators cannot be compared with its project performance targets."
                )
            )
        }
        let year = context.year
        guard budget.identity.year == year || year == 0 || budget.identity.year == 0 else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "所给预算为 \(budget.identity.year) 年度，本文档为 \(year) 年度，不是同一年度，无法对照。",
                    en: "The budget given is of \(budget.identity.year), this document of \(year): not the same year."
                )
            )
        }
        guard !budget.tables.projectPerformance.isEmpty else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "同年度预算中未读出项目绩效目标表，无法对照自评指标。",
                    en: "No project performance target table was read from the budget of the year."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        let followsTemplate = budget.identity.followsChongqingDistrictTemplate
        for evaluation in evaluations {
            guard let project = Self.project(named: evaluation.projectName, in: budget.tables.projectPerformance) else {
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)在同年度预算中没有同名的项目绩效目标表（可能是年中追加的项目），"
                            + "无法对照其指标。",
                        en: "\(evaluation.describe.en) has no project performance target table of the same name in "
                            + "the budget of the year (perhaps a project added during the year): its indicators "
                            + "are not compared."
                    ),
                    at: evaluation.location(row: nil, column: "项目名称", line: evaluation.line),
                    severity: .info
                )
                continue
            }
            let view = PerformanceTableView(project: project, followsTemplate: followsTemplate)
            for planned in project.indicators {
                let related = view.location(planned, column: "指标值")
                guard let evaluated = evaluation.indicators.first(where: { Self.sameName($0.name, planned.name) })
                else {
                    reporter.report(
                        LocalizedText(
                            zh: "预算\(view.describe.zh)的指标“\(planned.name)”（\(Self.target(of: planned))）未出现在"
                                + "\(evaluation.describe.zh)中，自评应对照年初设定的全部指标。",
                            en: "Indicator \(planned.name) (\(Self.target(of: planned))) of the budget's "
                                + "\(view.describe.en) is missing from \(evaluation.describe.en): the self-evaluation "
                                + "should score every target set in the budget."
                        ),
                        at: evaluation.location(row: planned.name, column: "三级指标", line: evaluation.line),
                        related: related,
                        severity: .warning
                    )
                    continue
                }
                guard Self.targetChanged(planned: planned, evaluated: evaluated.targetReading) else { continue }
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)指标“\(evaluated.name)”的年度指标值为“\(evaluated.target)”，"
                            + "而预算\(view.describe.zh)设定为“\(Self.target(of: planned))”。绩效目标调整须经批准并说明，"
                            + "请核对是否按预算设定的目标自评。",
                        en:
                            "\(evaluation.describe.en): indicator \(evaluated.name) has the target \(evaluated.target), "
                            + "but the budget's \(view.describe.en) set \(Self.target(of: planned)). A changed target "
                            + "needs approval and a reason: check that the self-evaluation scores the budget's target."
                    ),
                    at: evaluation.location(row: evaluated.name, column: "年度指标值", line: evaluated.line),
                    related: related,
                    severity: .warning
                )
            }
        }
        return reporter.outcome
    }

    /// The budget's table of the project: the same name, ignoring spaces.
    static func project(named name: String, in tables: [ProjectPerformanceTable]) -> ProjectPerformanceTable? {
        tables.first { sameName($0.name, name) }
    }

    /// Whether two names are the same, ignoring spaces and a `code-` prefix (`51000021R000000019951-工资性支出`).
    static func sameName(_ left: String, _ right: String) -> Bool {
        let a = plain(left)
        let b = plain(right)
        return a == b || strippedCode(a) == strippedCode(b)
    }

    static func plain(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" })
    }

    static func strippedCode(_ text: String) -> String {
        guard let dash = text.firstIndex(of: "-"), dash > text.startIndex,
            text[..<dash].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return text }
        return String(text[text.index(after: dash)...])
    }

    /// The budget's target as one text: `≥50个`.
    static func target(of indicator: PerformanceIndicator) -> String {
        let symbol = indicator.operatorSymbol.trimmingSpaces()
        let value = indicator.value.trimmingSpaces()
        if symbol == "定性" || indicator.indicatorOperator == .qualitative { return value }
        return symbol + value + indicator.unit.trimmingSpaces()
    }

    /// Whether the self-evaluation's target differs from the budget's: another number, another operator or another
    /// unit where both print one; another text for a qualitative target. A value the self-evaluation prints without
    /// its operator or unit is the same target.
    static func targetChanged(planned: PerformanceIndicator, evaluated: IndicatorValueText) -> Bool {
        guard let plannedValue = planned.numericValue, planned.indicatorOperator != .qualitative else {
            return plain(planned.value) != plain(evaluated.text)
        }
        guard let value = evaluated.value else { return true }
        if !value.isNumericallyEqual(to: plannedValue) { return true }
        if let plannedOperator = planned.indicatorOperator, let operation = evaluated.indicatorOperator,
            plannedOperator != operation
        {
            return true
        }
        let plannedUnit = SelfEvaluationUnits.normalized(planned.unit.trimmingSpaces())
        let unit = SelfEvaluationUnits.normalized(evaluated.unit)
        return !plannedUnit.isEmpty && !unit.isEmpty && plannedUnit != unit
    }
}

/// Units that name the same thing in targets (`%`, `％`, `百分比`).
enum SelfEvaluationUnits {
    static func normalized(_ unit: String) -> String {
        switch unit {
        case "%", "％", "百分比", "百分率": "%"
        default: unit
        }
    }
}
