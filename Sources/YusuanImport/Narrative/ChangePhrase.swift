import Foundation
import YusuanCore

/// Reads year-on-year change phrases: `比 2023 年增加 19.32 万元`, `比上年增加 52.27 万元`,
/// `与 2024 年持平`, `与2023年一致无变化`, and component changes inside reasons (`项目支出减少 47.28 万元`).
enum ChangePhrase {
    static let increaseWords = ["增加", "增长", "上升", "提高"]
    static let decreaseWords = ["减少", "下降", "降低"]
    static let unchangedWords = ["持平", "保持一致", "一致", "无变化", "不变"]

    /// A change phrase in a segment, with the text standing before `比`/`与` (e.g. `收入`).
    static func change(in segment: Substring) -> (prefix: Substring, change: StatedChange)? {
        for marker in ["比", "与", "较"] {
            var searchStart = segment.startIndex
            while let range = segment[searchStart...].byteRange(of: marker) {
                if let change = parse(after: segment[range.upperBound...], marker: marker) {
                    return (segment[..<range.lowerBound], change)
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }

    private static func parse(after text: Substring, marker: String) -> StatedChange? {
        var rest = text
        while rest.first == " " { rest = rest.dropFirst() }
        let comparedWith: String
        var comparedYear: Int?
        if let (year, after) = NumberScanning.leadingInteger(in: rest), after.hasPrefixBytes("年"), year >= 1900,
            year < 2200
        {
            comparedYear = year
            comparedWith = "\(year)年"
            rest = after.dropFirst()
        } else if let word = ["上年", "去年", "上一年", "上年度"].first(where: { rest.hasPrefix($0) }) {
            comparedWith = word
            rest = rest.dropFirst(word.count)
        } else {
            return nil
        }
        while rest.first == " " { rest = rest.dropFirst() }
        if marker == "与" {
            if unchangedWords.contains(where: { rest.hasPrefix($0) }) {
                return StatedChange(
                    direction: .unchanged,
                    amount: nil,
                    comparedWith: comparedWith,
                    comparedYear: comparedYear,
                    reason: nil
                )
            }
            return nil
        }
        if unchangedWords.contains(where: { rest.hasPrefix($0) }) {
            return StatedChange(
                direction: .unchanged,
                amount: nil,
                comparedWith: comparedWith,
                comparedYear: comparedYear,
                reason: nil
            )
        }
        guard let (direction, afterWord) = directionWord(at: rest) else { return nil }
        let amount = NumberScanning.trailingAmount(in: afterWord).flatMap { $0.label.isEmpty ? $0.amount : nil }
        return StatedChange(
            direction: direction,
            amount: amount,
            comparedWith: comparedWith,
            comparedYear: comparedYear,
            reason: nil
        )
    }

    private static func directionWord(at text: Substring) -> (ChangeDirection, Substring)? {
        if let word = increaseWords.first(where: { text.hasPrefix($0) }) {
            return (.increase, text.dropFirst(word.count))
        }
        if let word = decreaseWords.first(where: { text.hasPrefix($0) }) {
            return (.decrease, text.dropFirst(word.count))
        }
        return nil
    }

    /// A component change inside a reason: `基本支出增加 66.60 万元` (the reason prefix already removed).
    static func component(in segment: Substring) -> ComponentChange? {
        guard let (label, amount, _) = NumberScanning.trailingAmount(in: segment) else { return nil }
        for (words, direction) in [(increaseWords, ChangeDirection.increase), (decreaseWords, .decrease)] {
            for word in words where label.hasSuffix(word) {
                let name = label.dropLast(word.count).trimmingSpaces()
                guard !name.isEmpty else { return nil }
                return ComponentChange(label: name, direction: direction, amount: amount)
            }
        }
        return nil
    }
}
