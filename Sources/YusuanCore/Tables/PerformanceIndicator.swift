/// The comparison an indicator's target makes (指标性质).
public enum IndicatorOperator: String, Sendable, Hashable, Codable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case equal = "="
    case greaterThan = ">"
    case lessThan = "<"
    /// A qualitative target, with a text value.
    case qualitative = "定性"

    /// Recognises the operator from its printed symbol, accepting the ASCII and full-width variants.
    public init?(symbol: some StringProtocol) {
        switch symbol.trimmingSpaces() {
        case "≥", ">=", "＞＝", "≧": self = .atLeast
        case "≤", "<=", "＜＝", "≦": self = .atMost
        case "=", "＝": self = .equal
        case ">", "＞": self = .greaterThan
        case "<", "＜": self = .lessThan
        case "定性": self = .qualitative
        default: return nil
        }
    }
}

/// One indicator (绩效指标) of a performance table.
public struct PerformanceIndicator: Sendable, Hashable, Codable {
    /// 指标名称.
    public var name: String
    /// 指标权重, as printed (a number; nil when blank).
    public var weight: Amount?
    /// 指标性质 as printed (`≥`); ``indicatorOperator`` interprets it.
    public var operatorSymbol: String
    /// 指标值 as printed (`99`, `好`).
    public var value: String
    /// 计量单位 (`%`, `天`, `万件`).
    public var unit: String
    /// 是否核心 (`是`/`否`); nil where the table has no such column (表十).
    public var isCore: Bool?
    /// The source line.
    public var line: SourceLine?

    public init(
        name: String, weight: Amount?, operatorSymbol: String, value: String, unit: String, isCore: Bool?,
        line: SourceLine? = nil
    ) {
        self.name = name
        self.weight = weight
        self.operatorSymbol = operatorSymbol
        self.value = value
        self.unit = unit
        self.isCore = isCore
        self.line = line
    }

    /// The operator, when the symbol is one of `≥ ≤ = > <` or `定性`.
    public var indicatorOperator: IndicatorOperator? { IndicatorOperator(symbol: operatorSymbol) }

    /// The value as a number, when it is one.
    public var numericValue: Amount? { Amount(value.trimmingSpaces()) }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and ideographic spaces.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
