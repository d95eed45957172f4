import Foundation
import YusuanCore

/// The narrative of a PDF: the lines outside the tables joined into headings and paragraphs.
enum PDFNarrative {
    static func blocks(of lines: [PDFLine]) -> [NarrativeBlock] {
        var blocks: [NarrativeBlock] = []
        var open = false
        for line in lines {
            let text = line.compact
            if text.isEmpty || text.allSatisfy({ $0.isNumber }) { continue }
            if text.contains("……") || text.contains("…………") { continue }
            if isHeading(text) {
                blocks.append(NarrativeBlock(kind: .heading, text: text, line: line.number))
                open = false
                continue
            }
            if open, var last = blocks.last, !startsItem(text) {
                last.text += text
                blocks[blocks.count - 1] = last
            } else {
                blocks.append(NarrativeBlock(kind: .paragraph, text: text, line: line.number))
            }
            open = !(text.hasSuffix("。") || text.hasSuffix("：") || text.hasSuffix(":"))
        }
        return blocks
    }

    /// `一、…`, `第一部分 …`, or a short centred title without punctuation.
    static func isHeading(_ text: String) -> Bool {
        let numerals = "一二三四五六七八九十"
        if let first = text.first, numerals.contains(first), text.contains("、"), text.count < 30,
            !text.hasSuffix("。")
        {
            return true
        }
        if text.hasPrefix("第"), text.contains("部分"), text.count < 40 { return true }
        return text.count <= 24 && !text.contains("，") && !text.contains("。") && !text.contains("：")
            && (text.hasSuffix("说明") || text.hasSuffix("职能") || text.hasSuffix("设置") || text.hasSuffix("解释"))
    }

    /// A line that starts a new item: `1.`, `（一）`, `(1)`.
    static func startsItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "（" || first == "(" { return true }
        if first.isNumber {
            let digits = text.prefix { $0.isNumber }
            let rest = text.dropFirst(digits.count)
            // `2391.92 万元，…` continues a sentence: a decimal number is no item number.
            if rest.first == ".", rest.dropFirst().first?.isNumber == true { return false }
            let next = rest.first
            return next == "." || next == "．" || next == "、"
        }
        return false
    }

    static func leadingYear(_ text: String) -> Int? {
        guard let range = text.range(of: "年") else { return nil }
        let digits = text[..<range.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(String(digits.reversed())), year > 1900 else { return nil }
        return year
    }
}
