import Foundation
import YusuanCore

/// Reads 国有资产占有使用情况: `截止 2024 年 12 月，所属各预算单位共有车辆 8 辆，其中一般公务用车 8 辆、执勤执法用车 0 辆。
/// 2025 年一般公共预算安排购置车辆 0 辆。` or `2024年无购置车辆的预算安排。`
enum AssetReader {
    static func assets(in text: String, line: SourceLine?) -> AssetFacts {
        var facts = AssetFacts()
        if let range = text.byteRange(of: "截止") ?? text.byteRange(of: "截至"),
            let (year, rest) = NumberScanning.leadingInteger(in: text[range.upperBound...]), rest.hasPrefixBytes("年")
        {
            facts.asOfYear = year
            if let (month, afterMonth) = NumberScanning.leadingInteger(in: rest.dropFirst()),
                afterMonth.hasPrefixBytes("月")
            {
                facts.asOfMonth = month
            }
        }
        text.withTextSpan { paragraph in
            for sentenceText in ParagraphFigures.sentenceSpans(of: paragraph) {
                // The sentence's String is made when a count keeps it.
                var kept: Sentence?
                func sentence() -> Sentence {
                    let made = kept ?? Sentence(text: sentenceText.string, line: line)
                    kept = made
                    return made
                }
                for (_, segment) in ParagraphFigures.segmentSpans(of: sentenceText) {
                    guard let (label, count) = count(in: segment) else {
                        if segment.has("无购置") || segment.has("未安排购置") {
                            facts.plannedPurchases = StatedCount(
                                label: segment.trimmedString,
                                count: 0,
                                sentence: sentence()
                            )
                        }
                        continue
                    }
                    let stated = StatedCount(label: label, count: count, sentence: sentence())
                    if label.has("购置") {
                        facts.plannedPurchases = stated
                    } else if label.has("执勤执法") {
                        facts.lawEnforcementVehicles = stated
                    } else if label.has("一般公务用车") {
                        facts.generalVehicles = stated
                    } else if label.has("车辆") {
                        facts.vehicles = stated
                    }
                }
            }
        }
        return facts
    }

    /// `共有车辆 8 辆` → (`共有车辆`, 8), read character by character.
    static func count(in segment: TextSpan) -> (String, Int)? {
        let trimmed = segment.trimmed
        // Only a segment that ends with 辆 holds a count: test the bytes before making its string.
        guard trimmed.hasSuffixBytes("辆") else { return nil }
        var body = trimmed.string[...]
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        body = body.dropLast(1)
        while body.last == " " { body = body.dropLast(1) }
        // The trailing characters that are ASCII digits (`8\u{301}` is one character, and not one of them), walked
        // back to where they start; the number is read from the text of that run.
        var digitsStart = body.endIndex
        while digitsStart > body.startIndex {
            let before = body.index(before: digitsStart)
            guard body[before].isASCII && body[before].isNumber else { break }
            digitsStart = before
        }
        guard digitsStart < body.endIndex, let value = Int(body[digitsStart...]) else { return nil }
        var label = body[..<digitsStart].trimmingSpaces()
        if label.hasPrefixBytes("其中") { label = String(label.dropFirst(2)) }
        return (label, value)
    }
}
