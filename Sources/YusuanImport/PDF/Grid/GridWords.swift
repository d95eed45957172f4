import Foundation
import YusuanCore

/// What a word of a table is: an amount, a blank mark, a classification code, a year.
enum GridWords {
    /// Whether a word is an amount of a table cell (`2,829.73`, `164978640`, `0`, `-12.50`), and not the year of a
    /// heading such as `2025 年预算数` or a percentage.
    static func isAmount(_ word: PDFWord, in line: PDFLine) -> Bool {
        guard amount(word.text) != nil else { return false }
        if let next = line.words.first(where: { $0.xMin > word.xMin && $0 != word }),
            next.text.hasPrefix("年") || next.text.hasPrefix("月") || next.text.hasPrefix("%"),
            next.xMin - word.xMax < word.height * 0.3
        {
            return false
        }
        return true
    }

    /// An amount as printed in a table cell; nil for any other text.
    static func amount(_ text: String) -> Amount? {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first),
            let last = text.utf8.last, (0x30...0x39).contains(last)
        else { return nil }
        return Amount(text)
    }

    /// A dash (or similar mark) standing for an empty cell.
    static func isBlankMark(_ text: String) -> Bool {
        ["-", "—", "－", "--", "——", "/", "／", "—— ", "-—"].contains(text)
    }

    /// A classification code printed whole (`2010301`, `30101`, `201`) or a part of one printed in 类/款/项 columns
    /// (`06`, `01`, `2`).
    static func isCodeText(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 7 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A line whose words that overlap are joined into one: some producers split a run of text into pieces printed
    /// over each other (`890` and `.97` for `890.97`, `(` and `境)费`). The texts of two cells never overlap (a
    /// right-aligned amount may end a point before the next cell's text begins: those stay apart); where they do,
    /// the joined text is no amount, so the table is not read with certainty rather than read wrong.
    static func joiningTouchingWords(_ line: PDFLine) -> PDFLine {
        var words: [PDFWord] = []
        for word in line.words.sorted(by: { $0.xMin < $1.xMin }) {
            if let last = words.last, word.xMin - last.xMax < 0.3,
                word.xMin > last.xMin, word.text != last.text || word.xMin - last.xMin > 1.5
            {
                words[words.count - 1] = PDFWord(
                    text: last.text + word.text,
                    xMin: last.xMin,
                    yMin: min(last.yMin, word.yMin),
                    xMax: max(last.xMax, word.xMax),
                    yMax: max(last.yMax, word.yMax),
                    page: word.page
                )
            } else {
                words.append(word)
            }
        }
        var joined = line
        joined.words = words
        return joined
    }

    /// The width of one Chinese character (the em of the font) in a set of words, from words of Chinese text.
    static func em(_ words: [PDFWord]) -> Double {
        var widths: [Double] = []
        for word in words where word.text.count >= 2 && !word.text.contains(where: { $0.isASCII }) {
            widths.append((word.xMax - word.xMin) / Double(word.text.count))
        }
        widths.sort()
        return widths.isEmpty ? 10 : widths[widths.count / 2]
    }
}
