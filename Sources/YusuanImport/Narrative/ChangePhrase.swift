import YusuanCore

/// Reads year-on-year change phrases: `比 2023 年增加 19.32 万元`, `比上年增加 52.27 万元`,
/// `与 2024 年持平`, `与2023年一致无变化`, and component changes inside reasons (`项目支出减少 47.28 万元`).
///
/// The words are matched by their UTF-8 bytes, without allocating (see ``TextSpan``).
enum ChangePhrase {
    static let increaseWords: [StaticString] = ["增加", "增长", "上升", "提高"]
    static let decreaseWords: [StaticString] = ["减少", "下降", "降低"]
    static let unchangedWords: [StaticString] = ["持平", "保持一致", "一致", "无变化", "不变"]
    /// The words naming the previous year, in the order they are tried (`上年` first, as `上年度` starts with it).
    static let previousYearWords: [StaticString] = ["上年", "去年", "上一年", "上年度"]

    /// The words that introduce a comparison with the previous year; `与` only introduces 持平-like words.
    private static let markers: [(StaticString, Bool)] = [("比", true), ("与", false), ("较", true)]

    /// A change phrase in a segment, with the text standing before `比`/`与` (e.g. `收入`). Only a segment that holds
    /// a marker can hold one: ``SegmentSpans`` tells which do as it splits the sentence.
    static func change(in segment: TextSpan) -> (prefix: TextSpan, change: StatedChange)? {
        for (marker, isComparison) in markers {
            var searchStart = 0
            let width = marker.utf8CodeUnitCount
            while let offset = segment.firstOffset(of: marker, from: searchStart) {
                if let change = parse(after: segment[(offset + width)..<segment.count], isComparison: isComparison) {
                    return (segment[0..<offset], change)
                }
                searchStart = offset + width
            }
        }
        return nil
    }

    /// Whether the scalar starting at byte `index` is 比 (E6 AF 94), 与 (E4 B8 8E) or 较 (E8 BE 83); `index` is the
    /// start of a scalar.
    @inline(__always)
    static func isMarker(_ bytes: TextSpan, at index: Int) -> Bool {
        let lead = bytes[index]
        guard lead == 0xE6 || lead == 0xE4 || lead == 0xE8, index + 2 < bytes.count else { return false }
        switch (lead, bytes[index + 1], bytes[index + 2]) {
        case (0xE6, 0xAF, 0x94), (0xE4, 0xB8, 0x8E), (0xE8, 0xBE, 0x83): return true
        default: return false
        }
    }

    /// The change after `比`/`较` (`isComparison`) or `与` (only 持平-like words).
    private static func parse(after text: TextSpan, isComparison: Bool) -> StatedChange? {
        var rest = text.droppingSpaces()
        let comparedWith: String
        var comparedYear: Int?
        if let (year, after) = NumberScanning.leadingInteger(in: rest), let afterYear = after.dropping(prefix: "年"),
            year >= 1900, year < 2200
        {
            comparedYear = year
            comparedWith = yearText(year)
            rest = afterYear
        } else if let word = previousYearWords.first(where: { rest.hasPrefixBytes($0) }) {
            comparedWith = word.description
            rest = rest.dropping(prefix: word) ?? rest
        } else {
            return nil
        }
        rest = rest.droppingSpaces()
        if unchangedWords.contains(where: { rest.hasPrefixBytes($0) }) {
            return StatedChange(
                direction: .unchanged,
                amount: nil,
                comparedWith: comparedWith,
                comparedYear: comparedYear,
                reason: nil
            )
        }
        guard isComparison, let (direction, afterWord) = directionWord(at: rest) else { return nil }
        let amount = NumberScanning.trailingAmount(in: afterWord).flatMap { $0.label.isEmpty ? $0.amount : nil }
        return StatedChange(
            direction: direction,
            amount: amount,
            comparedWith: comparedWith,
            comparedYear: comparedYear,
            reason: nil
        )
    }

    /// `"\(year)年"`, made once for the years a comparison may name (a small string: sharing it copies nothing).
    static func yearText(_ year: Int) -> String {
        guard yearTexts.indices.contains(year - 1900) else { return "\(year)年" }
        return yearTexts[year - 1900]
    }

    /// `"1900年"` … `"2199年"`, the years ``parse(after:isComparison:)`` accepts.
    private static let yearTexts: [String] = (1900..<2200).map { "\($0)年" }

    private static func directionWord(at text: TextSpan) -> (ChangeDirection, TextSpan)? {
        for word in increaseWords {
            if let rest = text.dropping(prefix: word) { return (.increase, rest) }
        }
        for word in decreaseWords {
            if let rest = text.dropping(prefix: word) { return (.decrease, rest) }
        }
        return nil
    }

    /// A component change inside a reason: `基本支出增加 66.60 万元` (the reason prefix already removed).
    static func component(in segment: TextSpan) -> ComponentChange? {
        guard let (label, amount, _) = NumberScanning.trailingAmount(in: segment) else { return nil }
        for (words, direction) in [(increaseWords, ChangeDirection.increase), (decreaseWords, .decrease)] {
            for word in words {
                guard let before = label.dropping(suffix: word) else { continue }
                let name = before.trimmedString
                guard !name.isEmpty else { return nil }
                return ComponentChange(label: name, direction: direction, amount: amount)
            }
        }
        return nil
    }
}

extension TextSpan {
    /// The text without leading ASCII spaces, each dropped as `dropFirst()` drops a character (with any mark that
    /// joins it).
    func droppingSpaces() -> TextSpan {
        var rest = self
        while rest.firstByte == 0x20 {
            let width = rest.firstCharacter.map { $0.utf8.count } ?? 1
            rest = rest[width..<rest.count]
        }
        return rest
    }
}
