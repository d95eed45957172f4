import Foundation
import YusuanCore

/// A word of a PDF page with its box (points, origin at the top left), as `pdftotext -bbox-layout` gives it.
struct PDFWord: Sendable, Hashable {
    var text: String
    var xMin: Double
    var yMin: Double
    var xMax: Double
    var yMax: Double
    var page: Int

    var xCenter: Double { (xMin + xMax) / 2 }
    var yCenter: Double { (yMin + yMax) / 2 }
    var height: Double { yMax - yMin }
    /// The approximate baseline, `yMin + 0.75 · height`: words printed on one line share it even where poppler gives
    /// them boxes of different heights (the digits of some 决算 narratives 22 pt high, the Chinese text 3 pt).
    var baseline: Double { yMin + 0.75 * height }
}

/// One physical line of a page: words at the same height, left to right, numbered through the document.
struct PDFLine: Sendable {
    /// The 1-based number of the line counted from the top of the first page (the source line of its values).
    var number: Int
    var page: Int
    var words: [PDFWord]

    var yCenter: Double { words.map(\.yCenter).reduce(0, +) / Double(max(words.count, 1)) }
    var xMin: Double { words.map(\.xMin).min() ?? 0 }
    /// The words joined without spaces (Chinese text is one word per run in poppler's output).
    var compact: String { words.map(\.text).joined() }
    /// The words joined with single spaces.
    var spaced: String { words.map(\.text).joined(separator: " ") }
}

/// Parses the XHTML of `pdftotext -bbox-layout` and groups its words into lines.
enum PDFLayoutParser {
    /// Reads every `<word>` with its page. The markup is ASCII, so its delimiters are found by bytes
    /// (``StringProtocol/byteRange(of:)``); the words between them are taken whole.
    static func words(fromBBoxHTML html: String) -> [PDFWord] {
        var result: [PDFWord] = []
        var page = 0
        var rest = html[...]
        while let open = rest.byteRange(of: "<") {
            let tag = rest[open.upperBound...]
            if tag.hasPrefixBytes("page ") {
                page += 1
                rest = tag
                continue
            }
            guard tag.hasPrefixBytes("word "), let close = tag.byteRange(of: ">"),
                let end = tag[close.upperBound...].byteRange(of: "</word>")
            else {
                rest = tag
                continue
            }
            let attributes = tag[..<close.lowerBound]
            let text = unescape(tag[close.upperBound..<end.lowerBound])
            if let xMin = attribute("xMin", in: attributes), let yMin = attribute("yMin", in: attributes),
                let xMax = attribute("xMax", in: attributes), let yMax = attribute("yMax", in: attributes),
                !text.isEmpty
            {
                result.append(PDFWord(text: text, xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax, page: max(page, 1)))
            }
            rest = tag[end.upperBound...]
        }
        return result
    }

    /// The number of pages of the XHTML (its `<page` elements).
    static func pageCount(ofBBoxHTML html: String) -> Int {
        var count = 0
        var rest = html[...]
        while let page = rest.byteRange(of: "<page ") {
            count += 1
            rest = rest[page.upperBound...]
        }
        return count
    }

    /// Groups words into lines per page, dropping words printed twice at the same place (duplicated text
    /// layers), and numbers the lines through the document.
    static func lines(of words: [PDFWord]) -> [PDFLine] {
        var lines: [PDFLine] = []
        let pages = Dictionary(grouping: words, by: \.page)
        for page in pages.keys.sorted() {
            var pageWords: [PDFWord] = []
            for word in pages[page] ?? [] {
                let duplicate = pageWords.contains {
                    $0.text == word.text && abs($0.xMin - word.xMin) < 1.5 && abs($0.yMin - word.yMin) < 1.5
                }
                if !duplicate { pageWords.append(word) }
            }
            pageWords.sort { $0.yCenter < $1.yCenter }
            var groups: [[PDFWord]] = []
            for word in pageWords {
                // One printed line: the same centre, or — where poppler gives the words of one line boxes of very
                // different heights — the same baseline.
                if var last = groups.last, let anchor = last.first, Self.shareALine(word, anchor) {
                    last.append(word)
                    groups[groups.count - 1] = last
                } else {
                    groups.append([word])
                }
            }
            for group in groups {
                lines.append(PDFLine(number: lines.count + 1, page: page, words: group.sorted { $0.xMin < $1.xMin }))
            }
        }
        return lines
    }

    /// Whether two words stand on one printed line: their centres agree, or their baselines do (a 决算 narrative's
    /// digits in boxes of 22 pt beside text in boxes of 3 pt: `年初预算为` `1560.05` `万元` on one line).
    static func shareALine(_ word: PDFWord, _ other: PDFWord) -> Bool {
        let tolerance = max(1.5, min(word.height, other.height) * 0.45)
        if abs(word.yCenter - other.yCenter) < tolerance { return true }
        // Boxes of one font differ little in height; the baseline decides only between boxes at least three times
        // as high as the other (a larger font's words of a table beside a label do not qualify).
        let ratio = max(word.height, other.height) / max(min(word.height, other.height), 0.1)
        return ratio >= 3 && abs(word.baseline - other.baseline) < tolerance
    }

    private static func attribute(_ name: String, in text: Substring) -> Double? {
        guard let range = text.byteRange(of: name + "=\"") else { return nil }
        let value = text[range.upperBound...].prefix { $0 != "\"" }
        return Double(value)
    }

    private static func unescape(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
