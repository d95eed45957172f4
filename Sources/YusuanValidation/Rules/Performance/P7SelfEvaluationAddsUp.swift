import YusuanCore

/// P7: each 项目支出绩效自评表 adds up — 执行率 = 全年执行数 / 全年预算数 (to the printed rounding), every 得分 within
/// 0…分值, 总分 = Σ 得分 and 分值 totals, the printed 自评等级 follows from the 总分 — errors; and the scores follow the
/// default method (``SelfEvaluationScoring``) — warnings only, since a province may score by its own method.
public struct P7SelfEvaluationAddsUp: ValidationRule {
    public static let id = "P7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let evaluations = context.tables.projectSelfEvaluations, !evaluations.isEmpty else {
            return .notApplicable(Self.id, SelfEvaluationFindings.noSelfEvaluation)
        }
        var reporter = context.reporter(for: Self.id)
        for evaluation in evaluations {
            Self.checkRates(evaluation, &reporter)
            Self.checkScoresWithinWeights(evaluation, &reporter)
            Self.checkTotals(evaluation, &reporter)
            Self.checkGrade(evaluation, &reporter)
            Self.checkDefaultScores(evaluation, &reporter)
        }
        return reporter.outcome
    }

    /// 执行率 = 全年执行数 / 全年预算数 on every fund row that prints the three.
    static func checkRates(_ evaluation: ProjectSelfEvaluation, _ reporter: inout RuleReporter) {
        for fund in evaluation.funds {
            guard let rate = fund.executionRate, let budget = fund.fullYearBudget, let actual = fund.actual,
                !budget.isZero, !budget.isNegative, !actual.isNegative
            else { continue }
            if FinalAccountNarrative.admitsRatio(actual, budget, percent: rate) { continue }
            // `0.95` for 95 %: a rate printed as a fraction (without its %), not a wrong one.
            if rate.compare(Amount(1)) != .orderedDescending, let percent = PrintedFigure.percent(ofFraction: rate),
                FinalAccountNarrative.admitsRatio(actual, budget, percent: percent)
            {
                continue
            }
            let computed = FinalAccountNarrative.percent(actual, of: budget, like: rate)
            let location = evaluation.location(row: fund.label, column: "执行率", line: fund.line)
            if let initial = fund.initialBudget, !initial.isZero,
                FinalAccountNarrative.admitsRatio(actual, initial, percent: rate)
            {
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)“\(fund.label)”执行率为 \(rate.plainText)%，等于全年执行数 "
                            + "\(actual.plainText) 除以年初预算数 \(initial.plainText)，而不是除以全年预算数 \(budget.plainText)"
                            + "（\(computed)%）。国家模板以全年预算数计算执行率；若本省规定以年初预算数计算，可忽略此提示。",
                        en: "\(evaluation.describe.en): the execution rate of \(fund.label) is \(rate.plainText)%, the "
                            + "actual \(actual.plainText) over the initial budget \(initial.plainText), not over the "
                            + "full-year budget \(budget.plainText) (\(computed)%). The national template divides by "
                            + "the full-year budget; ignore this if the province divides by the initial one."
                    ),
                    at: location,
                    severity: .warning,
                    actual: rate
                )
                continue
            }
            reporter.report(
                LocalizedText(
                    zh: "\(evaluation.describe.zh)“\(fund.label)”执行率为 \(rate.plainText)%，但全年执行数 \(actual.plainText) "
                        + "除以全年预算数 \(budget.plainText) 为 \(computed)%，请核对执行率或两个金额。",
                    en: "\(evaluation.describe.en): the execution rate of \(fund.label) is \(rate.plainText)%, but the "
                        + "actual \(actual.plainText) over the full-year budget \(budget.plainText) is \(computed)%: "
                        + "check the rate or the two amounts."
                ),
                at: location,
                actual: rate
            )
        }
    }

    /// Every printed 得分 lies within 0…分值.
    static func checkScoresWithinWeights(_ evaluation: ProjectSelfEvaluation, _ reporter: inout RuleReporter) {
        var scored: [(row: String, weight: Amount?, score: Amount?, line: SourceLine?)] = evaluation.funds.map {
            ($0.label, $0.weight, $0.score, $0.line)
        }
        scored += evaluation.indicators.map { ($0.name, $0.weight, $0.score, $0.line) }
        scored.append(("总分", evaluation.totalWeight, evaluation.totalScore, evaluation.totalLine))
        for item in scored {
            guard let score = item.score else { continue }
            let location = evaluation.location(row: item.row, column: "得分", line: item.line)
            if score.isNegative {
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)“\(item.row)”得分为 \(score.plainText)，得分不能为负数。",
                        en:
                            "\(evaluation.describe.en): \(item.row) scores \(score.plainText); a score cannot be negative."
                    ),
                    at: location,
                    actual: score
                )
            } else if let weight = item.weight, score.compare(weight) == .orderedDescending {
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)“\(item.row)”得分 \(score.plainText) 超过其分值 \(weight.plainText)，"
                            + "得分应在 0 至分值之间。",
                        en: "\(evaluation.describe.en): \(item.row) scores \(score.plainText), more than its weight "
                            + "\(weight.plainText); a score lies between 0 and the weight."
                    ),
                    at: location,
                    expected: weight,
                    actual: score,
                    difference: score - weight
                )
            }
        }
    }

    /// 总分 = Σ 得分 (the fund rows' and the indicators'), and the 总分 row's 分值 = Σ 分值, to the printed rounding.
    static func checkTotals(_ evaluation: ProjectSelfEvaluation, _ reporter: inout RuleReporter) {
        let pairs: [(total: Amount?, parts: [Amount], column: String)] = [
            (
                evaluation.totalScore,
                evaluation.funds.compactMap(\.score) + evaluation.indicators.compactMap(\.score), "得分"
            ),
            (
                evaluation.totalWeight,
                evaluation.funds.compactMap(\.weight) + evaluation.indicators.compactMap(\.weight), "分值"
            ),
        ]
        // A row scored without its 分值 printed (the 预算执行率's 10 left implicit) leaves the 分值 total unchecked.
        let weightsComplete =
            !evaluation.funds.contains { $0.score != nil && $0.weight == nil }
            && !evaluation.indicators.contains { $0.score != nil && $0.weight == nil }
        for pair in pairs where pair.column == "得分" || weightsComplete {
            guard let total = pair.total, let sum = Amount.sum(pair.parts) else { continue }
            let difference = total - sum
            if difference.isZero { continue }
            let tolerance = PrintedFigure.sumEnvelope(pair.parts + [total], count: pair.parts.count)
            let rounding = difference.magnitude.compare(tolerance) != .orderedDescending
            let head = LocalizedText(
                zh: "\(evaluation.describe.zh)总分行的\(pair.column)为 \(total.plainText)，各行\(pair.column)之和为 "
                    + "\(sum.plainText)，相差 \(difference.plainText)。",
                en: "\(evaluation.describe.en): the 总分 row's \(pair.column == "得分" ? "score" : "weight") is "
                    + "\(total.plainText) but the rows add up to \(sum.plainText) (difference \(difference.plainText))."
            )
            let tail =
                rounding
                ? LocalizedText(
                    zh: "差额在各项得分四舍五入的误差 ±\(tolerance.plainText) 以内，无需修改。",
                    en: "This is within the rounding of the rows (±\(tolerance.plainText)): nothing to fix."
                )
                : LocalizedText(
                    zh: "超出四舍五入误差 ±\(tolerance.plainText)，请核对总分和各行。",
                    en: "This exceeds the rounding of the rows (±\(tolerance.plainText)): check the total and the rows."
                )
            reporter.report(
                head + tail,
                at: evaluation.location(row: "总分", column: pair.column, line: evaluation.totalLine),
                severity: rounding ? .info : nil,
                expected: sum,
                actual: total,
                difference: difference,
                tolerance: tolerance,
                isRounding: rounding
            )
        }
    }

    /// The printed 自评等级 is the grade of the 总分 (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60).
    static func checkGrade(_ evaluation: ProjectSelfEvaluation, _ reporter: inout RuleReporter) {
        guard let printed = evaluation.grade, let grade = SelfEvaluationGrade(printed: printed),
            let total = evaluation.totalScore
        else { return }
        let expected = SelfEvaluationScoring.grade(for: total)
        guard grade != expected else { return }
        let national = SelfEvaluationGrade.isNational(printed)
        let advice =
            national
            ? LocalizedText(
                zh: "按财预〔2020〕10号，优 ≥ 90、良 80–90、中 60–80、差 < 60，请核对等级或总分。",
                en: "By 财预〔2020〕10号 (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60): check the grade or the total."
            )
            : LocalizedText(
                zh: "“\(printed)”不是财预〔2020〕10号的等级用语，本省的分档可能不同，请按本省规定核对。",
                en: "\(printed) is not a grade word of 财预〔2020〕10号: the province's bands may differ; check them."
            )
        reporter.report(
            LocalizedText(
                zh: "\(evaluation.describe.zh)自评等级为“\(printed)”，但总分 \(total.plainText) 对应“\(expected.rawValue)”。",
                en: "\(evaluation.describe.en): the grade is \(printed) but the total \(total.plainText) is graded "
                    + "\(expected.rawValue)."
            ) + advice,
            at: evaluation.location(row: "自评等级", column: nil, line: evaluation.gradeLine ?? evaluation.totalLine),
            severity: national ? nil : .warning,
            actual: total
        )
    }

    /// The printed scores against the default method's: a warning where they differ, since the province may score
    /// otherwise.
    static func checkDefaultScores(_ evaluation: ProjectSelfEvaluation, _ reporter: inout RuleReporter) {
        let provincial = LocalizedText(
            zh: "各省可按本省办法评分，若本省办法不同，可忽略此提示。",
            en: "A province may score by its own method; ignore this if it does."
        )
        if let total = evaluation.totalFunds, let score = total.score, let budget = total.fullYearBudget,
            let actual = total.actual,
            let computed = SelfEvaluationScoring.budgetExecutionScore(
                actual: actual,
                budget: budget,
                weight: total.weight ?? Amount(10)
            ), !PrintedFigure.admits(score, computed)
        {
            reporter.report(
                LocalizedText(
                    zh: "\(evaluation.describe.zh)预算执行率得分为 \(score.plainText)，按默认方法（分值 × 全年执行数 ÷ "
                        + "全年预算数，不超过分值）应为 \(computed.plainText)。",
                    en: "\(evaluation.describe.en): the budget execution score is \(score.plainText); the default "
                        + "method (weight × actual ÷ full-year budget, at most the weight) gives \(computed.plainText)."
                ) + provincial,
                at: evaluation.location(row: total.label, column: "得分", line: total.line),
                severity: .warning,
                expected: computed,
                actual: score,
                difference: score - computed
            )
        }
        for indicator in evaluation.indicators {
            guard let score = indicator.score, let weight = indicator.weight,
                score.compare(weight) != .orderedDescending, !score.isNegative
            else { continue }
            let location = evaluation.location(row: indicator.name, column: "得分", line: indicator.line)
            switch SelfEvaluationScoring.score(indicator) {
            case .exact(let computed, let reached):
                guard !PrintedFigure.admits(score, computed) else { continue }
                let how =
                    reached
                    ? LocalizedText(
                        zh: "实际完成值“\(indicator.achieved)”达到年度指标值“\(indicator.target)”，按默认方法应得满分 "
                            + "\(computed.plainText)",
                        en: "the achieved \(indicator.achieved) meets the target \(indicator.target): the default "
                            + "method gives the full \(computed.plainText)"
                    )
                    : LocalizedText(
                        zh: "实际完成值“\(indicator.achieved)”未达到年度指标值“\(indicator.target)”，按默认方法（分值 × "
                            + "完成比例）应为 \(computed.plainText)",
                        en: "the achieved \(indicator.achieved) falls short of the target \(indicator.target): the "
                            + "default method (weight × the achieved share) gives \(computed.plainText)"
                    )
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)指标“\(indicator.name)”得分为 \(score.plainText)；\(how.zh)。",
                        en:
                            "\(evaluation.describe.en): indicator \(indicator.name) scores \(score.plainText); \(how.en)."
                    ) + provincial,
                    at: location,
                    severity: .warning,
                    expected: computed,
                    actual: score,
                    difference: score - computed
                )
            case .band(let low, let high):
                guard score.compare(low) == .orderedAscending || score.compare(high) == .orderedDescending else {
                    continue
                }
                reporter.report(
                    LocalizedText(
                        zh: "\(evaluation.describe.zh)定性指标“\(indicator.name)”实际完成值为“\(indicator.achieved)”，"
                            + "按默认方法得分应在 \(low.plainText) 至 \(high.plainText) 之间，表中为 \(score.plainText)。",
                        en: "\(evaluation.describe.en): the qualitative indicator \(indicator.name) is "
                            + "\(indicator.achieved); the default method scores it between \(low.plainText) and "
                            + "\(high.plainText), the table prints \(score.plainText)."
                    ) + provincial,
                    at: location,
                    severity: .warning,
                    actual: score
                )
            case .undetermined:
                continue
            }
        }
    }
}
