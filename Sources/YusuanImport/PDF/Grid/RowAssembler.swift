import Foundation
import YusuanCore

/// Groups the physical lines of a table page into rows and their words into cells.
///
/// A line with an amount or a code is a row's own line. A line with text only is a wrapped cell of a neighbouring
/// row when it lies closer to it than rows lie to each other: of the row above and the row below, the one whose own
/// line misses that cell's text, else the one the wrapped cell is then best centred on (a row prints its amounts
/// vertically centred beside a name wrapped over lines). A text-only line as far from both as rows are, or
/// starting with an enumeration (`七、`, `1.`, `（一）`) or a total label, is a row of its own (a label with blank
/// amounts).
struct RowAssembler {
    let grid: ColumnGrid

    private struct Group {
        var own: Int
        var members: [Int]
    }

    func rows(of lines: [PDFLine], issues: inout [GridTable.Issue]) -> [GridTable.Row] {
        guard !lines.isEmpty else { return [] }
        let isOwn = lines.indices.map { index in
            (isAnchor(lines[index]) || startsRow(lines[index])) && !isWrappedFigures(index, in: lines)
        }
        let pitch = rowPitch(lines.indices.filter { isOwn[$0] }.map { lines[$0] })
        var groups: [Group] = lines.indices.filter { isOwn[$0] }.map { Group(own: $0, members: [$0]) }
        var loose: [Int] = []
        for index in lines.indices where !isOwn[index] {
            let line = lines[index]
            let above = groups.lastIndex { $0.own < index && lines[$0.own].page == line.page }
            let below = groups.firstIndex { $0.own > index && lines[$0.own].page == line.page }
            let distanceAbove = above.map { line.yCenter - lines[groups[$0].own].yCenter } ?? .infinity
            let distanceBelow = below.map { lines[groups[$0].own].yCenter - line.yCenter } ?? .infinity
            let limit = pitch.map { $0 * 0.85 } ?? (line.words.map(\.height).max() ?? 10) * 1.6
            let closeAbove = distanceAbove < limit
            let closeBelow = distanceBelow < limit
            guard closeAbove || closeBelow else {
                loose.append(index)
                continue
            }
            let target: Int
            if let above, let below, closeAbove, closeBelow {
                let columns = Set(line.words.map { grid.column(of: $0).column })
                let missesAbove = misses(columns, own: lines[groups[above].own])
                let missesBelow = misses(columns, own: lines[groups[below].own])
                if missesAbove != missesBelow {
                    target = missesAbove ? above : below
                } else {
                    let deviationAbove = deviation(of: groups[above].members + [index], own: groups[above].own, lines)
                    let deviationBelow = deviation(of: groups[below].members + [index], own: groups[below].own, lines)
                    target = deviationAbove <= deviationBelow ? above : below
                }
            } else {
                target = closeAbove ? above! : below!
            }
            groups[target].members.append(index)
        }
        groups += loose.map { Group(own: $0, members: [$0]) }
        groups.sort { $0.own < $1.own }
        return groups.map { row($0.members.sorted().map { lines[$0] }, own: lines[$0.own], issues: &issues) }
    }

    /// Whether a line of figures only (no code) is part of a row printed over two baselines: a row's line (with an
    /// amount or a code, and text) lies within a line height of it and has nothing in the figures' columns — cells wrapped in narrow columns
    /// (`370,219.2` over a 合计 row and `5` under it), or a row whose amounts stand a little above its code and name
    /// (`40,000.00  40,000.00` / `2290402  益专项债券收入安排的支出`).
    private func isWrappedFigures(_ index: Int, in lines: [PDFLine]) -> Bool {
        let line = lines[index]
        guard line.words.allSatisfy({ GridWords.amount($0.text) != nil }),
            !line.words.contains(where: { GridWords.isCodeText($0.text) && [3, 5, 7].contains($0.text.count) })
        else { return false }
        let columns = Set(line.words.map { grid.column(of: $0).column })
        let height = line.words.map(\.height).max() ?? 10
        return lines.indices.contains { other in
            guard other != index, lines[other].page == line.page,
                abs(lines[other].yCenter - line.yCenter) < height * 1.6
            else { return false }
            let words = lines[other].words
            return isAnchor(lines[other])
                && words.contains { GridWords.amount($0.text) == nil && !GridWords.isBlankMark($0.text) }
                && !words.contains { columns.contains(grid.column(of: $0).column) }
        }
    }

    /// A row's own line: an amount, a blank mark in an amount position, or a classification code at its start.
    private func isAnchor(_ line: PDFLine) -> Bool {
        if line.words.contains(where: { GridWords.isAmount($0, in: line) }) { return true }
        guard let first = line.words.first else { return false }
        return GridWords.isCodeText(first.text) && [3, 5, 7].contains(first.text.count)
    }

    /// A text line that starts a row: an enumerated label or a total label.
    private func startsRow(_ line: PDFLine) -> Bool {
        let text = line.compact
        if ["合计", "总计", "小计"].contains(where: { text.hasPrefix($0) || text.hasSuffix($0) }) { return true }
        return Self.startsEnumeration(text)
    }

    /// `七、`, `（一）`, `(1)`, `1.`, `1、`: an enumerated label.
    static func startsEnumeration(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "（" || first == "(" { return true }
        let numerals = "一二三四五六七八九十"
        if numerals.contains(first) {
            let rest = text.drop { numerals.contains($0) }
            return rest.first == "、"
        }
        if first.isASCII && first.isNumber {
            let rest = text.drop { $0.isASCII && $0.isNumber }
            guard let mark = rest.first else { return false }
            return mark == "、" || ((mark == "." || mark == "．") && !(rest.dropFirst().first?.isNumber ?? false))
        }
        return false
    }

    /// The distance between rows: the smallest distance between two consecutive own lines of a page, ignoring
    /// pairs much closer than the others (a row printed over two baselines).
    private func rowPitch(_ own: [PDFLine]) -> Double? {
        var gaps: [Double] = []
        for (upper, lower) in zip(own, own.dropFirst()) where upper.page == lower.page {
            let gap = lower.yCenter - upper.yCenter
            if gap > 1 { gaps.append(gap) }
        }
        guard !gaps.isEmpty else { return nil }
        let median = gaps.sorted()[gaps.count / 2]
        return gaps.filter { $0 >= median * 0.6 }.min()
    }

    /// Whether a row's own line has no word in all of the given columns.
    private func misses(_ columns: Set<Int>, own: PDFLine) -> Bool {
        let present = Set(own.words.map { grid.column(of: $0).column })
        return present.isDisjoint(with: columns)
    }

    /// How far the text lines of a row lie from being centred on its own line.
    private func deviation(of members: [Int], own: Int, _ lines: [PDFLine]) -> Double {
        let ys = members.map { lines[$0].yCenter }
        let centre = ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2
        return abs(centre - lines[own].yCenter)
    }

    /// The cells of a row: each column's words, line by line, joined.
    private func row(_ members: [PDFLine], own: PDFLine, issues: inout [GridTable.Issue]) -> GridTable.Row {
        var perColumn: [[PDFWord]] = Array(repeating: [], count: grid.columns.count)
        for line in members {
            for word in line.words {
                var (column, crosses) = grid.column(of: word)
                let isFigure = GridWords.isAmount(word, in: line) || GridWords.isCodeText(word.text)
                if crosses && !isFigure {
                    // Text standing across a border (a long name, a sentence in a text column) starts in its cell.
                    column = grid.column(startingAt: word.xMin + 0.5)
                    crosses = false
                }
                if crosses {
                    issues.append(
                        .init(
                            line: line.number,
                            reason: "“\(word.text)”跨在两列之间，无法确定属于哪一列",
                            reasonEnglish: "'\(word.text)' stands across two columns and cannot be placed"
                        )
                    )
                }
                perColumn[column].append(word)
            }
        }
        let cells: [GridTable.Cell?] = perColumn.map { words in
            guard !words.isEmpty else { return nil }
            let unique = Self.withoutDoubledWords(words)
            let ordered = unique.sorted {
                abs($0.yCenter - $1.yCenter) < $0.height * 0.45 ? $0.xMin < $1.xMin : $0.yCenter < $1.yCenter
            }
            let text = ordered.map(\.text).joined()
            // An amount wrapped in a narrow cell (`21,884.6` over `2`) is one amount; two amounts in one cell join
            // into no amount.
            let digitsOnly = ordered.allSatisfy { word in
                word.text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }
            }
            let amount = digitsOnly ? GridWords.amount(text) : nil
            return GridTable.Cell(text: text, amount: amount, words: ordered)
        }
        return GridTable.Row(cells: cells, line: own.number, page: own.page)
    }

    /// The words of a cell without a word printed twice over itself (a doubled text layer or simulated bold): the
    /// same text whose boxes overlap by more than half.
    static func withoutDoubledWords(_ words: [PDFWord]) -> [PDFWord] {
        var result: [PDFWord] = []
        for word in words {
            let doubled = result.contains { kept in
                kept.text == word.text
                    && min(kept.xMax, word.xMax) - max(kept.xMin, word.xMin) > (word.xMax - word.xMin) * 0.5
                    && min(kept.yMax, word.yMax) - max(kept.yMin, word.yMin) > (word.yMax - word.yMin) * 0.5
            }
            if !doubled { result.append(word) }
        }
        return result
    }
}
