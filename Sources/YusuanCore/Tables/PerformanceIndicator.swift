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

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, ideographic spaces (U+3000) and no-break spaces.
    public func trimmingSpaces() -> String {
        if let result = utf8.withContiguousStorageIfAvailable({ String.trimmingSpaces(utf8: $0) }) { return result }
        var copy = String(self)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { String.trimmingSpaces(utf8: $0) } ?? copy
    }
}

extension String {
    /// The UTF-8 text in `bytes` without leading and trailing spaces (see ``StringProtocol/trimmingSpaces()``).
    public static func trimmingSpaces(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        func spaceWidth(at index: Int) -> Int {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 { return 1 }
            if byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xA0 { return 2 }
            if byte == 0xE3 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { return 3 }
            return 0
        }
        while start < end {
            let width = spaceWidth(at: start)
            if width == 0 { break }
            start += width
        }
        while start < end {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
            } else if byte == 0xA0 && end - start >= 2 && bytes[end - 2] == 0xC2 {
                end -= 2
            } else if byte == 0x80 && end - start >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE3 {
                end -= 3
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
