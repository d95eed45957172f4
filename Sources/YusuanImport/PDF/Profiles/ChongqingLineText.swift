import Foundation

/// Turns positioned words back into text: a space where the gap between two words is as wide as a space, and
/// physical lines of one cell or paragraph joined the way the text was written.
enum ChongqingLineText {
    /// The words of one physical line, left to right, with a space where there is a gap.
    static func text(of words: [PDFWord]) -> String {
        var result = ""
        var previous: PDFWord?
        for word in words.sorted(by: { $0.xMin < $1.xMin }) {
            if let previous, word.xMin - previous.xMax > spaceGap(previous, word) { result += " " }
            result += word.text
            previous = word
        }
        return result
    }

    /// The smallest gap read as a space: poppler splits words at spaces, while glyphs that touch or overlap
    /// (full-width punctuation pulled closer) are one text.
    static func spaceGap(_ left: PDFWord, _ right: PDFWord) -> Double {
        max(0.8, min(left.height, right.height) * 0.04)
    }

    /// Lines of one cell or paragraph joined: no space in Chinese text, a space between Latin words, and between
    /// Latin letters or digits and a Chinese character as the text writes them within its lines — or, when its
    /// lines do not show, as the document does (`scriptSpacing`): `比 2024` / `年增加` was `比 2024 年增加` in a text
    /// that spaces numbers, `267.92` / `万元` was `267.92万元` in one that does not. (A line break is no character in
    /// a PDF; this is the one guess of the read-back.)
    static func joined(_ lines: [String], scriptSpacing: Bool = true) -> String {
        let spacing = spacesScripts(lines) ?? scriptSpacing
        var result = ""
        for line in lines where !line.isEmpty {
            if let last = result.last, let first = line.first,
                needsSpace(last, first, scriptSpacing: spacing) || startsItem(line) && !isOpening(last)
            {
                result += " "
            }
            result += line
        }
        return result
    }

    /// A line starting with an item number (`2. 《…》`, `3．…`), which a list in one cell separates by a space.
    private static func startsItem(_ line: String) -> Bool {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, let mark = rest.first, mark == "." || mark == "．" else {
            return false
        }
        return rest.dropFirst().first.map { !($0.isASCII && $0.isNumber) } ?? true
    }

    private static func isOpening(_ character: Character) -> Bool { "（(《“‘【〔[".contains(character) }

    /// Whether texts put a space between Latin letters or digits and Chinese characters more often than not; nil
    /// when they never have one next to the other.
    static func spacesScripts(_ texts: [String]) -> Bool? {
        var spaced = 0
        var joined = 0
        for text in texts {
            var previous: Character?
            var sawSpace = false
            for character in text {
                if character == " " {
                    sawSpace = true
                    continue
                }
                if let before = previous,
                    (isLatin(before) && isIdeograph(character)) || (isIdeograph(before) && isLatin(character))
                {
                    if sawSpace { spaced += 1 } else { joined += 1 }
                }
                previous = character
                sawSpace = false
            }
        }
        return spaced + joined == 0 ? nil : spaced >= joined
    }

    private static func needsSpace(_ left: Character, _ right: Character, scriptSpacing: Bool) -> Bool {
        let leftLatin = isLatin(left)
        let rightLatin = isLatin(right)
        // Latin text only breaks at a space (or after a hyphen or slash): `</p>` / `<p>5.` was `</p> <p>5.`.
        if left.isASCII && right.isASCII && !left.isWhitespace && !right.isWhitespace && !"-/".contains(left) {
            return true
        }
        if leftLatin && rightLatin { return true }
        return scriptSpacing && ((leftLatin && isIdeograph(right)) || (isIdeograph(left) && rightLatin))
    }

    private static func isLatin(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    private static func isIdeograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Whether a word is an amount or number of a table cell (`2,829.73`, `12`, `0`), and not the year of a
    /// heading such as `2025 年预算数`.
    static func isNumber(_ word: PDFWord, in line: PDFLine) -> Bool {
        guard let last = word.text.last, last.isASCII && last.isNumber,
            word.text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "-") }),
            GridWords.amount(word.text) != nil
        else { return false }
        if let next = line.words.first(where: { $0.xMin > word.xMin && $0 != word }),
            next.text.hasPrefix("年") || next.text.hasPrefix("月"), next.xMin - word.xMax < word.height * 0.3
        {
            return false
        }
        return true
    }
}
