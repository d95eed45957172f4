/// The default scoring of a 项目支出绩效自评表 (财预〔2020〕10号 and the provincial rules that follow it; DOMAIN §3, §9).
///
/// - 预算执行率 scores its 分值 (10) × 执行率, at most the 分值, where 执行率 = 全年执行数 / 全年预算数.
/// - A quantitative indicator that reaches its 年度指标值 scores its full 分值; otherwise 分值 × B/A for a
///   “higher is better” target (≥, >, =, or no operator) and 分值 × A/B for a “lower is better” one (≤, <), where A
///   is the target and B the achieved value.
/// - A qualitative indicator is scored by band: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % of its 分值.
/// - Grades: 优 ≥ 90, 良 80 to < 90, 中 60 to < 80, 差 < 60.
///
/// **Rounding.** Every computation is exact (integers, no floating point) and the result is rounded once, half away
/// from zero, to hundredths: scores to 0.01 point (``scale``), 执行率 to 0.01 % (`98.754…%` → `98.75`). A document
/// that prints fewer decimals is compared to the rounding of what it prints (the validation rules P7 and P8).
public enum SelfEvaluationScoring {
    /// The decimals of a computed score or rate.
    public static let scale = 2

    /// 执行率 in percent, rounded to hundredths: `actual / budget × 100`; nil without a positive budget.
    public static func executionRate(actual: Amount, budget: Amount) -> Amount? {
        guard !budget.isNegative, !budget.isZero, !actual.isNegative else { return nil }
        return scaledRatio(Amount(100), actual, budget)
    }

    /// The 预算执行率 score: `min(weight, weight × actual / budget)`, rounded to hundredths; nil without a positive
    /// budget.
    public static func budgetExecutionScore(actual: Amount, budget: Amount, weight: Amount = Amount(10)) -> Amount? {
        guard !budget.isNegative, !budget.isZero, !actual.isNegative, !weight.isNegative else { return nil }
        if actual.compare(budget) != .orderedAscending { return rounded(weight) }
        return scaledRatio(weight, actual, budget)
    }

    /// The default score of an indicator.
    public static func score(_ indicator: SelfEvaluationIndicator) -> IndicatorScore {
        guard let weight = indicator.weight, !weight.isNegative else { return .undetermined(.noWeight) }
        let target = indicator.targetReading
        let achieved = indicator.achievedReading
        guard let goal = target.value else {
            return qualitativeScore(weight: weight, target: target, achieved: achieved)
        }
        guard let result = achieved.value else { return .undetermined(.achievedNotNumeric) }
        if !target.unit.isEmpty, !achieved.unit.isEmpty, normalizedUnit(target.unit) != normalizedUnit(achieved.unit) {
            return .undetermined(.unitsDiffer)
        }
        switch target.indicatorOperator {
        case .atMost?, .lessThan?:
            if result.compare(goal) != .orderedDescending { return .exact(rounded(weight), reached: true) }
            guard let score = scaledRatio(weight, goal, result) else { return .undetermined(.outOfRange) }
            return .exact(score, reached: false)
        case .qualitative?:
            return qualitativeScore(weight: weight, target: target, achieved: achieved)
        case .atLeast?, .greaterThan?, .equal?, nil:
            if result.compare(goal) != .orderedAscending { return .exact(rounded(weight), reached: true) }
            guard let score = scaledRatio(weight, result, goal) else { return .undetermined(.outOfRange) }
            return .exact(score, reached: false)
        }
    }

    /// The grade of a total score.
    public static func grade(for total: Amount) -> SelfEvaluationGrade {
        if total.compare(Amount(90)) != .orderedAscending { return .excellent }
        if total.compare(Amount(80)) != .orderedAscending { return .good }
        if total.compare(Amount(60)) != .orderedAscending { return .fair }
        return .poor
    }

    /// The band of a qualitative indicator, from the words of its 实际完成值.
    static func qualitativeScore(weight: Amount, target: IndicatorValueText, achieved: IndicatorValueText)
        -> IndicatorScore
    {
        let text = achieved.text
        let band: (Int64, Int64)
        if text.isEmpty {
            return .undetermined(.noAchievedValue)
        } else if text.contains("未达") || text.contains("未完成") || text.contains("未实现") {
            band = (0, 60)
        } else if text.contains("部分") || text.contains("基本") {
            band = (60, 80)
        } else if text.contains("达成") || text.contains("达到") || text.contains("完成") || text.contains("实现")
            || text == target.text
        {
            band = (80, 100)
        } else {
            return .undetermined(.qualitativeWording)
        }
        guard let low = scaledRatio(weight, Amount(Int(band.0)), Amount(100)),
            let high = scaledRatio(weight, Amount(Int(band.1)), Amount(100))
        else { return .undetermined(.outOfRange) }
        return .band(low: low, high: high)
    }

    /// Units that name the same thing (`%`, `％`, `百分比`).
    static func normalizedUnit(_ unit: String) -> String {
        switch unit {
        case "%", "％", "百分比", "百分率": "%"
        default: unit
        }
    }

    /// The amount at ``scale`` decimals (or its own, when finer), for a score stated in full.
    static func rounded(_ amount: Amount) -> Amount {
        amount.rescaled(to: max(scale, amount.scale)) ?? amount
    }

    /// `factor × numerator / denominator`, rounded half away from zero to `max(scale, factor.scale)` decimals; nil
    /// when a value is negative, the denominator is zero, or the result does not fit.
    static func scaledRatio(_ factor: Amount, _ numerator: Amount, _ denominator: Amount) -> Amount? {
        guard !factor.isNegative, !numerator.isNegative, !denominator.isNegative, !denominator.isZero else {
            return nil
        }
        let resultScale = max(scale, factor.scale)
        let common = max(numerator.scale, denominator.scale)
        guard let scaledFactor = factor.rescaled(to: resultScale), let top = numerator.rescaled(to: common),
            let bottom = denominator.rescaled(to: common)
        else { return nil }
        guard let value = multiplyDivideRounded(scaledFactor.minorUnits, top.minorUnits, bottom.minorUnits) else {
            return nil
        }
        return Amount(minorUnits: value, scale: resultScale)
    }

    /// `a × b / d` rounded half away from zero, for `a, b ≥ 0` and `d > 0`, in 128-bit arithmetic; nil when the
    /// quotient does not fit in 64 bits.
    static func multiplyDivideRounded(_ a: Int64, _ b: Int64, _ d: Int64) -> Int64? {
        let product = a.multipliedFullWidth(by: b)
        // The quotient fits when the high word is below half the divisor.
        guard product.high >= 0, product.high < d / 2 || (product.high == 0 && d == 1) else { return nil }
        if d == 1 {
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : value
        }
        let (quotient, remainder) = d.dividingFullWidth(product)
        return remainder >= d - remainder ? quotient + 1 : quotient
    }
}

/// The default score of one indicator (``SelfEvaluationScoring/score(_:)``).
public enum IndicatorScore: Sendable, Hashable {
    /// A quantitative indicator: the score by formula, in hundredths, and whether the target was reached.
    case exact(Amount, reached: Bool)
    /// A qualitative indicator: the band its 实际完成值 wording falls in, in points.
    case band(low: Amount, high: Amount)
    /// No default score can be given.
    case undetermined(UndeterminedScore)
}

/// Why an indicator has no default score.
public enum UndeterminedScore: String, Sendable, Hashable, CaseIterable {
    /// 分值 is blank.
    case noWeight
    /// 实际完成值 is blank.
    case noAchievedValue
    /// The target is a number but 实际完成值 is not.
    case achievedNotNumeric
    /// The target and the achieved value are in different units.
    case unitsDiffer
    /// The 实际完成值 of a qualitative indicator names no band (达成, 部分达成, 未达成).
    case qualitativeWording
    /// The figures are out of range.
    case outOfRange
}

/// 自评等级.
public enum SelfEvaluationGrade: String, Sendable, Hashable, Codable, CaseIterable {
    /// 优: 90 and above.
    case excellent = "优"
    /// 良: 80 to under 90.
    case good = "良"
    /// 中: 60 to under 80.
    case fair = "中"
    /// 差: under 60.
    case poor = "差"

    /// The grade a printed word names: `优`/`优秀`, `良`/`良好`, `中`/`合格`/`一般`, `差`/`不合格`/`较差`.
    public init?(printed: String) {
        switch printed.trimmingSpaces() {
        case "优", "优秀", "优等": self = .excellent
        case "良", "良好": self = .good
        case "中", "合格", "中等", "一般", "及格": self = .fair
        case "差", "不合格", "较差", "不及格": self = .poor
        default: return nil
        }
    }

    /// Whether the word is one of the four of 财预〔2020〕10号 (`优 良 中 差`); other words (`合格`) may follow a
    /// province's own bands.
    public static func isNational(_ printed: String) -> Bool {
        ["优", "良", "中", "差"].contains(printed.trimmingSpaces())
    }
}
