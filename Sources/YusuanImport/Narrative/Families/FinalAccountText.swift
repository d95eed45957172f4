import YusuanCore

/// The narrative of a 部门决算 as one folded run of text (``StatementText``: full-width digits, brackets, colon and
/// percent sign folded to ASCII, whitespace left out, headings as boundaries), with the small scans the 决算 reader
/// needs: words, amounts with their unit, percentages and counts after a word, sentences and their lines.
struct FinalAccountText {
    let text: StatementText

    init(blocks: [NarrativeBlock]) { text = StatementText(blocks: blocks) }

    var count: Int { text.count }

    /// The first offset of `word` in `range` (the whole text from `start` when nil).
    func find(_ word: String, from start: Int, to end: Int? = nil) -> Int? {
        let upper = min(end ?? text.count, text.count)
        guard start < upper else { return nil }
        return text.firstOffset(of: word, in: start..<upper)
    }

    /// The first of several words in `start..<end`: its offset and the word.
    func findFirst(_ words: [String], from start: Int, to end: Int? = nil) -> (offset: Int, word: String)? {
        words.compactMap { word in find(word, from: start, to: end).map { ($0, word) } }.min { $0.0 < $1.0 }
    }

    /// Every offset of `word`.
    func offsets(of word: String) -> [Int] {
        var result: [Int] = []
        var from = 0
        while let offset = find(word, from: from) {
            result.append(offset)
            from = offset + 1
        }
        return result
    }

    func matches(_ word: String, at offset: Int) -> Bool { offset >= 0 && text.matches(word, at: offset) }

    /// The end of the sentence holding `offset`: the offset of its `。` (or of the next boundary, or the text's end).
    func sentenceEnd(from offset: Int) -> Int {
        let boundary = text.boundary(after: offset)
        var index = offset
        while index < boundary {
            if text[index] == "。" { return index }
            index += 1
        }
        return boundary
    }

    /// The start of the sentence holding `offset`: after the `。` before it, or at the boundary before it.
    func sentenceStart(before offset: Int) -> Int {
        let floor = text.boundaries.last { $0 <= offset } ?? 0
        var index = min(offset, text.count) - 1
        while index >= floor {
            if text[index] == "。" { return index + 1 }
            index -= 1
        }
        return floor
    }

    /// The end of the clause holding `offset`: its `；`, `;` or `。`, or the boundary.
    func clauseEnd(from offset: Int) -> Int {
        let boundary = text.boundary(after: offset)
        var index = offset
        while index < boundary {
            let scalar = text[index]
            if scalar == "。" || scalar == "；" || scalar == ";" { return index }
            index += 1
        }
        return boundary
    }

    /// The amount with its unit that starts within `slack` scalars after `offset` (skipping `为`, `:` and the like),
    /// before `limit`: the amount, its unit, where it starts and the offset after its unit.
    func amount(after offset: Int, slack: Int = 2, limit: Int? = nil) -> (
        amount: Amount, unit: AmountUnit, start: Int, end: Int
    )? {
        let upper = min(limit ?? text.count, text.count)
        var index = offset
        while index < upper, index <= offset + slack {
            if StatementText.isDigit(text[index]) {
                guard let (amount, unit, end) = StatementNumbers.amountWithUnit(in: text, at: index), end <= upper
                else { return nil }
                return (amount, unit, index, end)
            }
            index += 1
        }
        return nil
    }

    /// The percentage that starts within `slack` scalars after `offset`: its value and the offset after `%`.
    func percent(after offset: Int, slack: Int = 2, limit: Int? = nil) -> (value: Amount, end: Int)? {
        let upper = min(limit ?? text.count, text.count)
        var index = offset
        while index < upper, index <= offset + slack {
            if StatementText.isDigit(text[index]) {
                guard let (value, end) = StatementNumbers.percentage(in: text, at: index), end <= upper else {
                    return nil
                }
                return (value, end)
            }
            index += 1
        }
        return nil
    }

    /// The whole number that starts within `slack` scalars after `offset` and is followed by one of `units`
    /// (`个`, `辆`, `台`): its value and the offset after it.
    func count(after offset: Int, slack: Int = 2, units: [String], limit: Int? = nil) -> (value: Int, end: Int)? {
        let upper = min(limit ?? text.count, text.count)
        var index = offset
        while index < upper, index <= offset + slack {
            if StatementText.isDigit(text[index]) {
                var end = index
                var value = 0
                while end < upper, StatementText.isDigit(text[end]), end - index < 9 {
                    value = value * 10 + Int(text[end].value - 0x30)
                    end += 1
                }
                guard end < upper, text[end] != ".", units.contains(where: { matches($0, at: end) }) else {
                    return nil
                }
                return (value, end)
            }
            index += 1
        }
        return nil
    }

    /// A year of four digits followed by `年` in `range`: the first one.
    func year(in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            if text[index + 4] == "年", let (year, start) = StatementNumbers.year(in: text, endingAt: index + 5),
                start == index
            {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The text as written over a folded range.
    func written(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count))
        let upper = max(lower, min(range.upperBound, text.count))
        return text.written(lower..<upper)
    }

    /// The sentence that holds `offset`, as written, with the line of its paragraph (at `offset`).
    func sentence(at offset: Int) -> Sentence {
        let start = sentenceStart(before: offset)
        let end = sentenceEnd(from: offset)
        return Sentence(text: written(start..<min(end + 1, text.count)), line: text.line(at: offset))
    }

    /// The sentences from the one holding `start` to the one holding `end`, with the line at `start`.
    func sentence(from start: Int, to end: Int) -> Sentence {
        let first = sentenceStart(before: start)
        let last = sentenceEnd(from: max(start, end))
        return Sentence(text: written(first..<min(last + 1, text.count)), line: text.line(at: start))
    }

    /// The reason after `主要原因` (`是`, `为`, `:` skipped) up to its `。`, when one starts in `range`.
    func reason(in range: Range<Int>) -> String? {
        guard let offset = find("主要原因", from: range.lowerBound, to: range.upperBound) else { return nil }
        var start = offset + 4
        while start < text.count, text[start] == "是" || text[start] == "为" || text[start] == ":" { start += 1 }
        let end = sentenceEnd(from: start)
        let reason = written(start..<end).trimmingEnds(" \u{3000}")
        return reason.isEmpty ? nil : reason
    }

    /// The name written before `offset`, back to a delimiter (`、`, `。`, `:`, `，`, `；`, a digit or a bracket that
    /// closes another name) or a boundary: `一般公共服务支出` before `(类)`.
    func name(before offset: Int) -> String {
        let floor = text.boundaries.last { $0 <= offset } ?? 0
        var start = offset
        while start > floor {
            let scalar = text[start - 1]
            if "、。:，；;,".unicodeScalars.contains(scalar) || StatementText.isDigit(scalar) || scalar == ")" { break }
            start -= 1
        }
        return written(start..<offset)
    }
}

extension String {
    /// The string without the given characters at either end.
    fileprivate func trimmingEnds(_ set: String) -> String {
        var characters = Substring(self)
        while let first = characters.first, set.contains(first) { characters = characters.dropFirst() }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        while let last = characters.last, set.contains(last) { characters = characters.dropLast(1) }
        return String(characters)
    }
}
