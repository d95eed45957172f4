/// A clause of a narrative paragraph, as the sentence-level reader of every family reads it: the text up to `。`,
/// `；` or `;` outside brackets.
struct NarrativeClause {
    /// The clause as written, without surrounding spaces.
    var text: String
    /// The clause with its bracketed asides left out (`因公出国（境）费` → `因公出国费`,
    /// `比2022年（上一年度，下同）预算增加` → `比2022年预算增加`): the text the figures are read from.
    var scan: String
    /// Whether `。` (or the end of the paragraph) ends it, rather than `；`.
    var endsSentence: Bool
}

/// Splits the paragraphs of any family's narrative into clauses and segments.
///
/// The published texts differ from the Chongqing layout the ``ParagraphFigures`` reader was written for: asides in
/// brackets hold commas and full stops (`（公务用车购置费0万元，…。）`), half-width punctuation separates clauses
/// (`174,900.64万元,其中:`), and `；` ends a statement of its own. A bracket counts only when it is closed in the same
/// paragraph; an unclosed one is text.
enum NarrativeClauses {
    static func isOpening(_ character: Character) -> Bool {
        character == "（" || character == "(" || character == "【" || character == "["
    }

    static func isClosing(_ character: Character) -> Bool {
        character == "）" || character == ")" || character == "】" || character == "]"
    }

    /// The nesting depth of each character (a bracket of a closed pair has the depth of the text around it) and
    /// whether it is a bracket of a closed pair.
    static func depths(of characters: [Character]) -> (depth: [Int], isBracket: [Bool]) {
        var matched = [Bool](repeating: false, count: characters.count)
        var open: [Int] = []
        for (index, character) in characters.enumerated() {
            if isOpening(character) {
                open.append(index)
            } else if isClosing(character), let start = open.popLast() {
                matched[start] = true
                matched[index] = true
            }
        }
        var result = [Int](repeating: 0, count: characters.count)
        var depth = 0
        for (index, character) in characters.enumerated() {
            if matched[index] && isClosing(character) { depth -= 1 }
            result[index] = depth
            if matched[index] && isOpening(character) { depth += 1 }
        }
        return (result, matched)
    }

    /// The clauses of a paragraph in order; empty clauses are left out, and so is a footnote the PDF's line reader
    /// joined into the paragraph (`* 因预算单位三定方案暂未完成变更备案，…，下同。`, from its `*` to its `。`).
    static func clauses(of paragraph: String) -> [NarrativeClause] {
        let characters = Array(removingFootnotes(paragraph))
        let depth = depths(of: characters).depth
        var result: [NarrativeClause] = []
        var start = 0
        func close(at end: Int, endsSentence: Bool) {
            let text = String(characters[start..<end]).trimmingSpaces
            start = end + 1
            guard !text.isEmpty else {
                if endsSentence, !result.isEmpty { result[result.count - 1].endsSentence = true }
                return
            }
            result.append(NarrativeClause(text: text, scan: removingAsides(text), endsSentence: endsSentence))
        }
        for (index, character) in characters.enumerated() where depth[index] == 0 {
            if character == "。" {
                close(at: index, endsSentence: true)
            } else if character == "；" || character == ";" {
                close(at: index, endsSentence: false)
            }
        }
        if start < characters.count { close(at: characters.count, endsSentence: true) }
        if let last = result.indices.last { result[last].endsSentence = true }
        return result
    }

    /// The text without footnotes: a run from `*` or `＊` to the next `。` (the marker alone when no `。` follows).
    static func removingFootnotes(_ text: String) -> String {
        guard text.contains("*") || text.contains("＊") else { return text }
        var result = ""
        var inNote = false
        for character in text {
            if inNote {
                if character == "。" { inNote = false }
                continue
            }
            if character == "*" || character == "＊" {
                inNote = true
                continue
            }
            result.append(character)
        }
        return result
    }

    /// The text without its closed bracket groups, page numbers caught in it (`公务用-8-车`, `…0万元-22-`,
    /// `—7—`, `─14─`) and spaces.
    static func removingAsides(_ text: String) -> String {
        let characters = Array(removingPageNumbers(text))
        let (depth, isBracket) = depths(of: characters)
        var result = ""
        for (index, character) in characters.enumerated() where depth[index] == 0 && !isBracket[index] {
            if character == " " || character == "\u{3000}" { continue }
            result.append(character)
        }
        return result
    }

    /// The text without page numbers printed between dashes (`-22-`, `- 3 -`, `—7—`, `─14─`), which the PDF's
    /// line reader joins to the text around them.
    static func removingPageNumbers(_ text: String) -> String {
        let characters = Array(text)
        let dashes: Set<Character> = ["-", "—", "─", "－", "–"]
        var result = ""
        var index = 0
        while index < characters.count {
            if dashes.contains(characters[index]) {
                var end = index + 1
                while end < characters.count, characters[end] == " " { end += 1 }
                let digitsStart = end
                while end < characters.count, characters[end].isASCIIDigit { end += 1 }
                let digits = end - digitsStart
                while end < characters.count, characters[end] == " " { end += 1 }
                if (1...3).contains(digits), end < characters.count, dashes.contains(characters[end]) {
                    index = end + 1
                    continue
                }
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// The segments of a clause's scan text, split at `，、：:` and at a `,` that is no thousands separator, each with
    /// the delimiter before it (nil for the first).
    static func segments(of scan: String) -> [(delimiter: Character?, text: String)] {
        let characters = Array(scan)
        var result: [(Character?, String)] = []
        var delimiter: Character?
        var current = ""
        for (index, character) in characters.enumerated() {
            let splits: Bool
            switch character {
            case "，", "、", "：", ":": splits = true
            case ",": splits = !isThousandsSeparator(characters, at: index)
            default: splits = false
            }
            if splits {
                result.append((delimiter, current))
                delimiter = character
                current = ""
            } else {
                current.append(character)
                // `…92600.3万元1.一般公共预算拨款收入…`: two items joined where a line broke.
                if character == "元", startsItemNumber(characters, at: index + 1) {
                    result.append((delimiter, current))
                    delimiter = nil
                    current = ""
                }
            }
        }
        result.append((delimiter, current))
        return result
    }

    /// Whether an item number (`1.`, `2．`, `3、`, not a decimal) starts at `index`.
    static func startsItemNumber(_ characters: [Character], at index: Int) -> Bool {
        var end = index
        while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        guard end > index, end - index <= 2, end < characters.count else { return false }
        let mark = characters[end]
        guard mark == "." || mark == "．" || mark == "、" else { return false }
        return end + 1 == characters.count || !characters[end + 1].isASCIIDigit
    }

    /// Whether the `,` at `index` stands between a digit and exactly three digits (`174,900.64`).
    static func isThousandsSeparator(_ characters: [Character], at index: Int) -> Bool {
        guard index > 0, characters[index - 1].isASCIIDigit, index + 3 < characters.count else { return false }
        for offset in 1...3 where !characters[index + offset].isASCIIDigit { return false }
        return index + 4 == characters.count || !characters[index + 4].isASCIIDigit
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without leading and trailing spaces (ASCII and ideographic).
    var trimmingSpaces: String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\u{3000}" { slice = slice.dropFirst() }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        while let last = slice.last, last == " " || last == "\u{3000}" { slice = slice.dropLast(1) }
        return String(slice)
    }
}
