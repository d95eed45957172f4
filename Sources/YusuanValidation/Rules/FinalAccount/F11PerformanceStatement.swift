import YusuanCore

/// F11 (决算): the 预算绩效管理 statement adds up — the projects graded 优, 良, 合格 and 不合格 are the self-evaluated
/// projects, the problems fixed are at most those found, and the average score lies within 0–100.
public struct F11PerformanceStatement: ValidationRule {
    public static let id = "F11"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        FinalAccountNarrative.check(Self.id, context) { facts in
            guard let statement = facts.performance else {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明未陈述预算绩效管理情况的项目数、评级或得分。",
                        en: "The narrative states no performance-management figures (projects, grades, score)."
                    )
                )
            }
            var reporter = context.reporter(for: Self.id)
            let location = FindingLocation.narrative(statement.sentence)
            var checked = 0
            let grades = statement.grades.compactMap { $0 }
            if let evaluated = statement.selfEvaluation?.projects, grades.count == 4 {
                checked += 1
                let sum = grades.reduce(0, +)
                if sum != evaluated {
                    reporter.report(
                        LocalizedText(
                            zh: "绩效自评项目为 \(evaluated) 个，但评级为“优”“良”“合格”“不合格”的项目合计 \(sum) 个"
                                + "（\(grades.map { String($0) }.joined(separator: " + "))），请核对。",
                            en: "\(evaluated) projects were self-evaluated, but the projects graded 优, 良, 合格 and 不合格 "
                                + "add up to \(sum) (\(grades.map { String($0) }.joined(separator: " + "))): check them."
                        ),
                        at: location,
                        expected: Amount(evaluated),
                        actual: Amount(sum),
                        difference: Amount(sum - evaluated)
                    )
                }
            }
            if let found = statement.problemsFound, let fixed = statement.problemsFixed {
                checked += 1
                if fixed > found {
                    reporter.report(
                        LocalizedText(
                            zh: "绩效自评发现问题 \(found) 个，却称已整改 \(fixed) 个：已整改的不能多于发现的，请核对。",
                            en:
                                "\(found) problems were found but \(fixed) are said to be fixed: no more can be fixed than "
                                + "found; check them."
                        ),
                        at: location,
                        expected: Amount(found),
                        actual: Amount(fixed),
                        difference: Amount(fixed - found)
                    )
                }
            }
            if let score = statement.averageScore {
                checked += 1
                if score.compare(Amount(100)) == .orderedDescending || score.isNegative {
                    reporter.report(
                        LocalizedText(
                            zh: "绩效自评平均得分为 \(score.plainText) 分，不在 0–100 分之内，请核对。",
                            en: "The average self-evaluation score \(score.plainText) is not within 0–100: check it."
                        ),
                        at: location,
                        actual: score
                    )
                }
            }
            if checked == 0 {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "预算绩效管理情况未陈述全部评级、发现和整改的问题数或平均得分。",
                        en:
                            "The performance statement gives neither all grades, nor the problems found and fixed, nor a score."
                    )
                )
            }
            return reporter.outcome
        }
    }
}
