import YusuanCore

/// Recognises the source of funds a label names, whatever its suffix (`一般公共预算资金`, `一般公共预算拨款`,
/// `一般公共预算拨款收入`).
enum FundSource: String, CaseIterable {
    case generalBudget = "一般公共预算"
    case governmentFund = "政府性基金"
    case stateCapital = "国有资本经营"
    case specialAccount = "财政专户"
    case operatingRevenue = "事业收入"
    case higherLevel = "上级补助"
    case subsidiaries = "附属单位"
    case business = "经营收入"
    case other = "其他收入"

    init?(label: String) {
        var text = ClassificationCatalogue.normalized(label)
        // The words are searched for by bytes (as `has` does) in the label's bytes made contiguous once.
        let match: FundSource? = text.withUTF8 { bytes in
            func has(_ word: [UInt8]) -> Bool { word.withUnsafeBufferPointer { Self.occurs($0, in: bytes) } }
            // 事业单位经营收入 must not be read as 事业收入.
            if has(Self.businessWord) && !has(Self.stateCapitalWord) { return .business }
            return Self.words.first { has($0.word) }?.fund
        }
        guard let match else { return nil }
        self = match
    }

    /// Whether `word` occurs in `bytes` (the text layer's byte search, ``bytesFirstOffset(of:in:)``).
    private static func occurs(_ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytesFirstOffset(of: word, in: bytes) != nil
    }

    /// The UTF-8 bytes of each case's word, in the order of ``allCases``.
    private static let words: [(fund: FundSource, word: [UInt8])] = allCases.map { ($0, Array($0.rawValue.utf8)) }
    private static let businessWord = Array("经营收入".utf8)
    private static let stateCapitalWord = Array("国有资本".utf8)
}

/// Text helpers for labels.
enum Labels {
    /// Whether two labels name the same thing, ignoring spaces, bracket width and a leading enumeration (`一、`,
    /// `（一）`, `1.`, as two-sided tables print their class rows).
    static func same(_ left: String, _ right: String) -> Bool {
        // The same bytes normalize to the same bytes.
        if ByteKey.sameBytes(left, right) { return true }
        return key(left).isBytes(key(right))
    }

    /// A label normalized and without its leading enumeration.
    static func key(_ label: String) -> String {
        let normalized = ClassificationCatalogue.normalized(label)
        guard let first = normalized.first, Self.enumerationStarts.contains(first) else { return normalized }
        return String(withoutEnumeration(normalized[...]))
    }

    private static let enumerationStarts: Set<Character> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "（", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ]

    /// `一、`, `十二、`, `（一）`, `（1）`, `1.`, `1、`, `1．` removed from the start of a normalized label; the label
    /// unchanged when it does not start with one (`一般公共服务支出` keeps its 一).
    private static func withoutEnumeration(_ text: Substring) -> Substring {
        let numerals = "一二三四五六七八九十"
        if text.first == "（" {
            let inside = text.dropFirst().prefix { numerals.contains($0) || $0.isNumber }
            let rest = text.dropFirst(1 + inside.count)
            return !inside.isEmpty && rest.first == "）" ? rest.dropFirst() : text
        }
        let number = text.prefix { numerals.contains($0) || ($0.isASCII && $0.isNumber) }
        let rest = text.dropFirst(number.count)
        guard !number.isEmpty, let mark = rest.first, "、.．".contains(mark) else { return text }
        return rest.dropFirst()
    }

    /// ``same(_:_:)`` with one label fixed and compared with many: it is normalized once, not at each comparison.
    struct Matcher {
        /// The fixed label.
        let label: String
        /// ``Labels/key(_:)`` of ``label``.
        let normalized: String

        init(_ label: String) {
            self.label = label
            normalized = Labels.key(label)
        }

        /// `Labels.same(other, label)`.
        func matches(_ other: String) -> Bool {
            ByteKey.sameBytes(other, label) || Labels.key(other).isBytes(normalized)
        }
    }
}
