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
        guard let position = Self.symbols.firstIndex(of: symbol.trimmingSpaces()) else { return nil }
        self = Self.printedSymbols[position].operator
    }

    /// ``init(symbol:)-(StringProtocol)`` of a `String` (the usual call: no new text when there is nothing to trim).
    public init?(symbol: String) {
        guard let position = Self.symbols.firstIndex(of: symbol.trimmingSpaces()) else { return nil }
        self = Self.printedSymbols[position].operator
    }

    /// The symbols a table may print for each operator.
    static let printedSymbols: [(symbol: String, operator: IndicatorOperator)] = [
        ("≥", .atLeast), (">=", .atLeast), ("＞＝", .atLeast), ("≧", .atLeast),
        ("≤", .atMost), ("<=", .atMost), ("＜＝", .atMost), ("≦", .atMost),
        ("=", .equal), ("＝", .equal), (">", .greaterThan), ("＞", .greaterThan),
        ("<", .lessThan), ("＜", .lessThan), ("定性", .qualitative),
    ]

    /// ``printedSymbols``, the symbols alone.
    static let symbols = printedSymbols.map(\.symbol)
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
        name: String,
        weight: Amount?,
        operatorSymbol: String,
        value: String,
        unit: String,
        isCore: Bool?,
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
