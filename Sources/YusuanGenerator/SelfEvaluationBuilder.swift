import YusuanCore

/// The 项目支出绩效自评表 of a generated 决算: one per project of the year's budget (its 项目绩效目标表), consistent by
/// construction — 年初预算数 is the project's budget, 全年预算数 and 全年执行数 are drawn around it, the indicators are
/// the budget's (same names and 年度指标值), their 实际完成值 mostly reach the target, and every 得分, the 总分 and the
/// 自评等级 are computed by ``SelfEvaluationScoring``, so that P7 and P8 find nothing to report.
struct SelfEvaluationBuilder {
    var rng: SplitMix64

    /// The 分值 of 预算执行率 (the budget's indicators carry the other 90).
    static let executionWeight = 10

    /// The self-evaluations of `projects`, in the budget's order.
    mutating func make(_ projects: [DocumentPlan.Project], department: GeneratedDepartment, year: Int)
        -> [ProjectSelfEvaluation]
    {
        projects.map { evaluation(of: $0, department: department, year: year) }
    }

    mutating func evaluation(of project: DocumentPlan.Project, department: GeneratedDepartment, year: Int)
        -> ProjectSelfEvaluation
    {
        let funds = fundRows(budget: project.budget)
        var indicators: [SelfEvaluationIndicator] = []
        for planned in project.indicators { indicators.append(indicator(planned)) }
        // Published order: 产出 (数量, 质量, 时效), 成本, 效益, 满意度; the budget's order within a level.
        let order = SelfEvaluationTexts.levelOrder
        func rank(_ indicator: SelfEvaluationIndicator) -> Int {
            order.firstIndex(of: indicator.level1) ?? order.firstIndex(of: indicator.level2) ?? order.count
        }
        indicators = indicators.enumerated().sorted { left, right in
            let (a, b) = (rank(left.element), rank(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
        let scores = funds.compactMap(\.score) + indicators.compactMap(\.score)
        let weights = funds.compactMap(\.weight) + indicators.compactMap(\.weight)
        let total = Amount.sum(scores) ?? .zero()
        let missed = indicators.contains { !$0.deviationReason.isEmpty }
        return ProjectSelfEvaluation(
            year: year,
            projectName: project.name,
            department: "\(department.code)-\(department.name)",
            implementingUnit: department.name,
            funds: funds,
            goal: project.goal,
            achievement: rng.pick(missed ? SelfEvaluationTexts.partlyAchieved : SelfEvaluationTexts.fullyAchieved),
            indicators: indicators,
            totalWeight: Amount.sum(weights),
            totalScore: total,
            grade: SelfEvaluationScoring.grade(for: total).rawValue
        )
    }

    /// 年度资金总额 (scored on its 执行率) and 其中：当年财政拨款 with the same figures; the other sources blank.
    mutating func fundRows(budget: Cents) -> [SelfEvaluationFundRow] {
        let fullYear = rng.chance(75) ? budget : max(1, budget * Cents(rng.int(in: 900...1100)) / 1000)
        let perMille: Int
        switch rng.int(in: 0...99) {
        case 0..<8: perMille = 1000
        case 8..<20: perMille = rng.int(in: 600...849)
        default: perMille = rng.int(in: 850...999)
        }
        let actual = fullYear * Cents(perMille) / 1000
        let (initialAmount, fullAmount, actualAmount) = (
            Amount.cents(budget), Amount.cents(fullYear), Amount.cents(actual)
        )
        let rate = SelfEvaluationScoring.executionRate(actual: actualAmount, budget: fullAmount)
        let weight = Amount(Self.executionWeight)
        return [
            SelfEvaluationFundRow(
                label: "年度资金总额",
                initialBudget: initialAmount,
                fullYearBudget: fullAmount,
                actual: actualAmount,
                weight: weight,
                executionRate: rate,
                score: SelfEvaluationScoring.budgetExecutionScore(
                    actual: actualAmount,
                    budget: fullAmount,
                    weight: weight
                )
            ),
            SelfEvaluationFundRow(
                label: "其中：当年财政拨款",
                initialBudget: initialAmount,
                fullYearBudget: fullAmount,
                actual: actualAmount,
                executionRate: rate
            ),
            SelfEvaluationFundRow(label: "上年结转资金", initialBudget: nil, fullYearBudget: nil, actual: nil),
            SelfEvaluationFundRow(label: "其他资金", initialBudget: nil, fullYearBudget: nil, actual: nil),
        ]
    }

    /// The budget's indicator with its levels, its 实际完成值 and the 得分 the default method gives it.
    mutating func indicator(_ planned: PerformanceIndicator) -> SelfEvaluationIndicator {
        let levels = SelfEvaluationTexts.levels(of: planned.name)
        let target = planned.operatorSymbol + planned.value + planned.unit
        let (achieved, reached) = achievedValue(planned)
        var indicator = SelfEvaluationIndicator(
            level1: levels.level1,
            level2: levels.level2,
            name: planned.name,
            target: target,
            achieved: achieved,
            weight: planned.weight,
            score: nil,
            deviationReason: reached ? "" : rng.pick(SelfEvaluationTexts.deviationReasons)
        )
        switch SelfEvaluationScoring.score(indicator) {
        case .exact(let score, _): indicator.score = score
        case .band(_, let high): indicator.score = high
        case .undetermined: indicator.score = planned.weight
        }
        return indicator
    }

    /// The 实际完成值 of a target, as printed, and whether it reaches the target: reached about 85 times in 100
    /// (always for a target of 0, which cannot be missed downwards).
    mutating func achievedValue(_ planned: PerformanceIndicator) -> (String, Bool) {
        guard let goal = Int(planned.value.trimmingSpaces()), planned.indicatorOperator != .qualitative else {
            return ("达成年度指标", true)
        }
        let unit = planned.unit
        let percent = unit == "%"
        let reach = goal == 0 || rng.chance(85)
        let value: Int
        switch planned.indicatorOperator {
        case .atMost?, .lessThan?:
            if reach {
                let highest = planned.indicatorOperator == .lessThan ? max(0, goal - 1) : goal
                value = rng.int(in: min(highest, max(1, goal * 7 / 10))...highest)
            } else {
                value = goal + max(1, goal * rng.int(in: 5...30) / 100)
            }
        default:
            if reach {
                let cap = percent ? max(goal, 100) : unit == "天" ? max(goal, 365) : goal + max(1, goal / 10)
                let lowest = planned.indicatorOperator == .greaterThan ? min(goal + 1, cap) : goal
                value = planned.indicatorOperator == .equal ? goal : rng.int(in: lowest...max(lowest, cap))
            } else {
                value = min(goal - 1, goal * rng.int(in: 70...98) / 100)
            }
        }
        return ("\(value)\(unit)", reach)
    }
}
