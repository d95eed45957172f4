import YusuanCore

/// The 项目支出绩效自评表 of a generated 决算: one per project of the year's budget (its 项目绩效目标表), consistent by
/// construction — 年初预算数 is the project's budget, 全年预算数 and 全年执行数 are drawn around it, the indicators are
/// the budget's (same names and 年度指标值), their 实际完成值 reach the target or fall short of it as the project's
/// ``Delivery`` makes them, and every 得分, the 总分 and the 自评等级 are computed by ``SelfEvaluationScoring``, so that
/// P7 and P8 find nothing to report. Most projects come out 优 or 良; a project delivered short or poorly, 中 or 差.
struct SelfEvaluationBuilder {
    var rng: SplitMix64

    /// How a project was carried out, drawn once per project: it sets how much of its budget was spent and how
    /// often and how far its indicators fall short.
    enum Delivery {
        /// About 82 projects in 100: most spent, most targets reached (优, 良).
        case onPlan
        /// About 12 in 100: 60–85 % spent, about half the targets missed (mostly 良, 中).
        case short
        /// About 6 in 100: 30–60 % spent, most targets missed far (中, 差).
        case poor
    }

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
        let delivery: Delivery
        switch rng.int(in: 0...99) {
        case 0..<82: delivery = .onPlan
        case 82..<94: delivery = .short
        default: delivery = .poor
        }
        let funds = fundRows(budget: project.budget, delivery: delivery)
        var indicators: [SelfEvaluationIndicator] = []
        for planned in project.indicators { indicators.append(indicator(planned, delivery: delivery)) }
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
    mutating func fundRows(budget: Cents, delivery: Delivery) -> [SelfEvaluationFundRow] {
        let fullYear = rng.chance(75) ? budget : max(1, budget * Cents(rng.int(in: 900...1100)) / 1000)
        let perMille: Int
        switch delivery {
        case .onPlan: perMille = rng.chance(10) ? 1000 : rng.int(in: 850...999)
        case .short: perMille = rng.int(in: 600...849)
        case .poor: perMille = rng.int(in: 300...599)
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
    mutating func indicator(_ planned: PerformanceIndicator, delivery: Delivery) -> SelfEvaluationIndicator {
        let levels = SelfEvaluationTexts.levels(of: planned.name)
        let target = planned.operatorSymbol + planned.value + planned.unit
        let (achieved, reached) = achievedValue(planned, delivery: delivery)
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

    /// The 实际完成值 of a target, as printed, and whether it reaches the target: reached about 85, 50 or 25 times
    /// in 100 as the project was delivered (always for a target of 0, which cannot be missed downwards); a
    /// qualitative target is 达成, 部分达成 or 未达成.
    mutating func achievedValue(_ planned: PerformanceIndicator, delivery: Delivery) -> (String, Bool) {
        let (reachChance, shortfall): (Int, ClosedRange<Int>) =
            switch delivery {
            case .onPlan: (85, 70...98)
            case .short: (50, 50...90)
            case .poor: (25, 20...60)
            }
        guard let goal = Int(planned.value.trimmingSpaces()), planned.indicatorOperator != .qualitative else {
            if delivery == .onPlan || rng.chance(reachChance) { return ("达成年度指标", true) }
            return (delivery == .poor && rng.chance(50) ? "未达成年度指标" : "部分达成年度指标", false)
        }
        let unit = planned.unit
        let percent = unit == "%"
        let reach = goal == 0 || rng.chance(reachChance)
        let value: Int
        switch planned.indicatorOperator {
        case .atMost?, .lessThan?:
            if reach {
                let highest = planned.indicatorOperator == .lessThan ? max(0, goal - 1) : goal
                value = rng.int(in: min(highest, max(1, goal * 7 / 10))...highest)
            } else {
                value =
                    goal + max(1, goal * rng.int(in: (100 - shortfall.upperBound)...(100 - shortfall.lowerBound)) / 100)
            }
        default:
            if reach {
                let cap = percent ? max(goal, 100) : unit == "天" ? max(goal, 365) : goal + max(1, goal / 10)
                let lowest = planned.indicatorOperator == .greaterThan ? min(goal + 1, cap) : goal
                value = planned.indicatorOperator == .equal ? goal : rng.int(in: lowest...max(lowest, cap))
            } else {
                value = min(goal - 1, goal * rng.int(in: shortfall) / 100)
            }
        }
        return ("\(value)\(unit)", reach)
    }
}
