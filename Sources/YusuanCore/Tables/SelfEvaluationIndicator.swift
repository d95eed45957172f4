/// One indicator row of a 项目支出绩效自评表.
public struct SelfEvaluationIndicator: Sendable, Hashable, Codable {
    /// 一级指标 as printed (`产出指标`, `产出指标（50分）`); the same for the rows under one merged cell.
    public var level1: String
    /// 二级指标 as printed (`数量指标`).
    public var level2: String
    /// 三级指标: the indicator's name.
    public var name: String
    /// 年度指标值 as printed, operator and unit included (`≥50个`, `=100%`, `效果明显`); ``targetReading`` reads it.
    public var target: String
    /// 实际完成值 as printed (`52个`, `达成预期指标`).
    public var achieved: String
    /// 分值.
    public var weight: Amount?
    /// 得分.
    public var score: Amount?
    /// 偏差原因分析及改进措施.
    public var deviationReason: String
    /// The source line.
    public var line: SourceLine?

    public init(
        level1: String,
        level2: String,
        name: String,
        target: String,
        achieved: String,
        weight: Amount?,
        score: Amount?,
        deviationReason: String = "",
        line: SourceLine? = nil
    ) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.target = target
        self.achieved = achieved
        self.weight = weight
        self.score = score
        self.deviationReason = deviationReason
        self.line = line
    }

    /// 年度指标值 read as operator, number and unit.
    public var targetReading: IndicatorValueText { IndicatorValueText(target) }

    /// 实际完成值 read as operator, number and unit.
    public var achievedReading: IndicatorValueText { IndicatorValueText(achieved) }

    /// The 一级 level of the indicator, read from its label.
    public var category: IndicatorCategory? { IndicatorCategory(label: level1) }
}

/// The 一级指标 of the national indicator system (DOMAIN §3).
public enum IndicatorCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 产出指标 (default weight 50).
    case output = "产出指标"
    /// 效益指标 (default weight 30).
    case benefit = "效益指标"
    /// 满意度指标 (default weight 10).
    case satisfaction = "满意度指标"
    /// 成本指标, promoted to 一级 by 财预〔2021〕101号.
    case cost = "成本指标"

    /// The category of a printed 一级 label (`产出指标（50分）` → ``output``).
    public init?(label: String) {
        if label.hasPrefix("产出") {
            self = .output
        } else if label.hasPrefix("效益") {
            self = .benefit
        } else if label.hasPrefix("满意度") || label.hasPrefix("服务对象满意度") {
            self = .satisfaction
        } else if label.hasPrefix("成本") {
            self = .cost
        } else {
            return nil
        }
    }
}

/// A 年度指标值 or 实际完成值 as printed in one cell, read as an optional operator, a number and a unit
/// (`≥50个` → ≥, 50, 个; `=100%` → =, 100, %; `效果明显` → no number).
///
/// The operator is read with ``IndicatorOperator/init(symbol:)``, as in the budget's 项目绩效目标表.
public struct IndicatorValueText: Sendable, Hashable {
    /// The whole text, trimmed.
    public var text: String
    /// The operator printed before the number, when there is one.
    public var indicatorOperator: IndicatorOperator?
    /// The number, when the text has one right after the operator.
    public var value: Amount?
    /// What follows the number (`个`, `%`, `万元`), trimmed.
    public var unit: String

    /// Reads a printed value.
    public init(_ printed: String) {
        let trimmed = printed.trimmingSpaces()
        text = trimmed
        var rest = Substring(trimmed)
        indicatorOperator = nil
        for symbol in Self.operatorSymbols where rest.hasPrefix(symbol) {
            indicatorOperator = IndicatorOperator(symbol: symbol)
            rest = rest.dropFirst(symbol.count)
            break
        }
        let body = rest.drop { $0 == " " || $0 == "\u{3000}" }
        let digits = body.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        if !digits.isEmpty, let number = Amount(parsing: digits) {
            value = number
            unit = String(body.dropFirst(digits.count)).trimmingSpaces()
        } else {
            value = nil
            unit = ""
            if indicatorOperator == nil, trimmed == "定性" { indicatorOperator = .qualitative }
        }
    }

    /// Whether the text states a number (a quantitative value).
    public var isQuantitative: Bool { value != nil }

    /// The operator symbols, longest first so that `>=` is not read as `>`.
    static let operatorSymbols = ["＞＝", "＜＝", ">=", "<=", "≥", "≤", "≧", "≦", "=", "＝", ">", "＞", "<", "＜"]
}
