import YusuanCore

/// The clauses that follow a per-项 statement's heading, found in the folded text (``StatementText``):
///
/// - usage: `主要用于：行政单位的基本支出`;
/// - the prior-year figure (P): `2025年当年预算执行数为1690.69万元`, `上年预算执行数 …`, `上年预算数为 …`;
/// - the year's amount stated again (Y): `2026年预算安排1672.67万元`;
/// - the change: `比2025年预算执行数减少1.07%`, `比上年执行数增加 43.74 万元，增长 29.3%`, `与上年相比减少 55.03 万元`,
///   `比2022年预算执行数持平`, `与上年预算数相同`;
/// - the reason: `主要原因是：部分人员退休`.
struct ItemStatementClauses {
    let text: StatementText

    struct Prior {
        var year: Int?
        var label: String
        var amount: Amount
        var unit: AmountUnit
        /// Where the clause starts and ends, and where its amount stands.
        var range: Range<Int>
        var amountOffset: Int
    }

    struct Budget {
        var amount: Amount
        var unit: AmountUnit
        var range: Range<Int>
        var amountOffset: Int
    }

    struct Change {
        var direction: ChangeDirection
        var amount: Amount?
        var unit: AmountUnit?
        var percent: Amount?
        var range: Range<Int>
    }

    static let increaseWords = ["增加", "增长", "上升", "提高"]
    static let decreaseWords = ["减少", "下降", "降低"]
    static let unchangedWords = ["持平", "相同", "一致", "无变化", "不变"]
    /// Words naming the previous year after 比/与/较, or before a prior-year label.
    static let previousYearWords = ["上年度", "上一年", "上年", "去年", "同期"]
    static let reasonPrefixes = [
        "主要原因是", "主要原因为", "主要原因", "原因是", "原因为", "主要是由于", "主要是", "主要由于", "由于",
    ]

    /// `主要用于` in the range: the offset where the usage text starts (after a colon).
    func usageStart(in range: Range<Int>) -> (start: Int, textStart: Int)? {
        guard let offset = text.firstOffset(of: "主要用于", in: range) else { return nil }
        var start = offset + 4
        while start < range.upperBound, text[start] == ":" { start += 1 }
        return (offset, start)
    }

    /// The first prior-year figure in the range: a label ending in 执行数 or 预算数 followed by an amount.
    func prior(in range: Range<Int>) -> Prior? {
        var index = range.lowerBound
        while index + 3 <= range.upperBound {
            guard text.matches("执行数", at: index) || text.matches("预算数", at: index) else {
                index += 1
                continue
            }
            let isExecution = text[index] == "执"
            var cursor = index + 3
            while cursor < range.upperBound, text[cursor] == "为" || text[cursor] == "是" || text[cursor] == ":" {
                cursor += 1
            }
            guard let (amount, unit, end) = StatementNumbers.amountWithUnit(in: text, at: cursor),
                end <= range.upperBound
            else {
                index += 3
                continue
            }
            // The label back from 执行数/预算数: 当年预算执行数, 预算执行数, 执行数, 当年预算数, 预算数.
            var labelStart = index
            if isExecution, labelStart - 2 >= range.lowerBound, text.matches("预算", at: labelStart - 2) {
                labelStart -= 2
            }
            if labelStart - 2 >= range.lowerBound, text.matches("当年", at: labelStart - 2) { labelStart -= 2 }
            var start = labelStart
            var year: Int?
            var namesPreviousYear = false
            if let (found, yearStart) = StatementNumbers.year(in: text, endingAt: labelStart),
                yearStart >= range.lowerBound
            {
                year = found
                start = yearStart
                namesPreviousYear = true
            } else if let word = Self.previousYearWords.first(where: {
                labelStart - $0.unicodeScalars.count >= range.lowerBound
                    && text.matches($0, at: labelStart - $0.unicodeScalars.count)
            }) {
                start = labelStart - word.unicodeScalars.count
                namesPreviousYear = true
            }
            // 预算数 alone is this year's figure as often as last year's: only with a year named is it the prior one.
            guard isExecution || namesPreviousYear else {
                index += 3
                continue
            }
            return Prior(
                year: year,
                label: text.written(labelStart..<(index + 3)),
                amount: amount,
                unit: unit,
                range: start..<end,
                amountOffset: cursor
            )
        }
        return nil
    }

    /// `预算安排 Y 万元` (with the year before it or not).
    func budget(in range: Range<Int>) -> Budget? {
        var from = range.lowerBound
        while let offset = text.firstOffset(of: "预算安排", in: from..<range.upperBound) {
            var cursor = offset + 4
            while cursor < range.upperBound, text[cursor] == "为" || text[cursor] == ":" { cursor += 1 }
            if let (amount, unit, end) = StatementNumbers.amountWithUnit(in: text, at: cursor), end <= range.upperBound
            {
                var start = offset
                if let (_, yearStart) = StatementNumbers.year(in: text, endingAt: offset), yearStart >= range.lowerBound
                {
                    start = yearStart
                } else if offset - 2 >= range.lowerBound,
                    text.matches("本年", at: offset - 2) || text.matches("今年", at: offset - 2)
                {
                    start = offset - 2
                }
                return Budget(amount: amount, unit: unit, range: start..<end, amountOffset: cursor)
            }
            from = offset + 4
        }
        return nil
    }

    /// The first change in the range: 比/较/与 and the year compared with, then the direction word within a few
    /// words, then the amount or the percentage or both.
    func change(in range: Range<Int>) -> Change? {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text[index]
            guard scalar == "比" || scalar == "较" || scalar == "与", namesYear(at: index + 1, in: range) else {
                index += 1
                continue
            }
            let isComparison = scalar != "与"
            var cursor = index + 1
            while cursor < range.upperBound, cursor - index <= 24, text[cursor] != "。" {
                if let (direction, wordEnd) = directionWord(at: cursor, in: range) {
                    if direction != .unchanged && !isComparison
                        && text.firstOffset(of: "相比", in: index..<cursor) == nil
                    {
                        // `与上年…增加` without 相比 is no comparison.
                        break
                    }
                    let change = changeAfterWord(direction, start: index, wordEnd: wordEnd, in: range)
                    // `比上年减少1辆` is no change of the statement: an increase or a decrease states an amount or a
                    // percentage.
                    if change.direction == .unchanged || change.amount != nil || change.percent != nil { return change }
                    break
                }
                if StatementNumbers.amountWithUnit(in: text, at: cursor) != nil { break }
                cursor += 1
            }
            index += 1
        }
        return nil
    }

    /// The reason after `主要原因是` up to the end of the range (its sentence).
    func reason(in range: Range<Int>) -> (start: Int, textStart: Int)? {
        var best: (start: Int, textStart: Int)?
        for prefix in Self.reasonPrefixes {
            guard let offset = text.firstOffset(of: prefix, in: range) else { continue }
            if let current = best, current.start <= offset { continue }
            var start = offset + prefix.unicodeScalars.count
            while start < range.upperBound, text[start] == ":" || text[start] == "," || text[start] == "，" {
                start += 1
            }
            best = (offset, start)
        }
        return best
    }

    /// Whether a year or a word naming the previous year stands at `offset` (`2025年`, `上年`).
    private func namesYear(at offset: Int, in range: Range<Int>) -> Bool {
        if offset + 5 <= range.upperBound, StatementNumbers.year(in: text, endingAt: offset + 5) != nil { return true }
        return Self.previousYearWords.contains { text.matches($0, at: offset) }
    }

    private func directionWord(at offset: Int, in range: Range<Int>) -> (ChangeDirection, Int)? {
        for (words, direction) in [
            (Self.increaseWords, ChangeDirection.increase), (Self.decreaseWords, .decrease),
            (Self.unchangedWords, .unchanged),
        ] {
            for word in words where text.matches(word, at: offset) {
                let end = offset + word.unicodeScalars.count
                if end <= range.upperBound { return (direction, end) }
            }
        }
        return nil
    }

    /// After the direction word: `43.74万元，增长29.3%`, `5.27%`, or nothing (持平).
    private func changeAfterWord(_ direction: ChangeDirection, start: Int, wordEnd: Int, in range: Range<Int>) -> Change
    {
        var change = Change(direction: direction, range: start..<wordEnd)
        guard direction != .unchanged else { return change }
        var cursor = wordEnd
        if let (percent, end) = StatementNumbers.percentage(in: text, at: cursor), end <= range.upperBound {
            change.percent = percent
            change.range = start..<end
            return change
        }
        guard let (amount, unit, end) = StatementNumbers.amountWithUnit(in: text, at: cursor), end <= range.upperBound
        else { return change }
        change.amount = amount
        change.unit = unit
        change.range = start..<end
        cursor = end
        // `，增长 29.3%`, `，减少35.77 %`.
        if cursor < range.upperBound, text[cursor] == "," || text[cursor] == "，" { cursor += 1 }
        if let (_, wordEnd) = directionWord(at: cursor, in: range) { cursor = wordEnd }
        if let (percent, end) = StatementNumbers.percentage(in: text, at: cursor), end <= range.upperBound {
            change.percent = percent
            change.range = start..<end
        }
        return change
    }
}
