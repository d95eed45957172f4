import Foundation
import YusuanCore

/// A table found in a PDF by its title: what it is, its caption and title as printed, and its lines.
struct LocatedTable: Sendable {
    var concept: TableConcept
    /// The caption as printed (`表一`, `表1`, `公开01表`, `一、`), when there is one.
    var caption: String?
    /// The title as printed, without spaces (`2026年部门收支总体情况表`).
    var title: String
    /// The text before the concept's name in the title (`2026年市级部门`, `2025年预算单位`).
    var titlePrefix: String
    /// The title line.
    var titleLine: PDFLine
    /// The lines after the title up to the next table or the narrative (continuation titles left out), in order.
    var lines: [PDFLine]
}

/// Finds the tables of a PDF by their titles (``TableTitleCatalogue``): a short line whose text, without its caption,
/// ends with a table's name, followed by the table's unit line or header — an entry of a table of contents is not.
/// A title printed again at the top of a continuation page continues the same table.
struct TableLocator {
    let catalogue: TableTitleCatalogue
    let lines: [PDFLine]

    /// A title found on a line: the concept, the caption, the printed title.
    struct Title {
        var index: Int
        var concept: TableConcept
        var caption: String?
        var captionIndex: Int?
        var title: String
        var prefix: String
    }

    /// The tables in published order, and the indices of the lines that belong to no table.
    func locate() -> (tables: [LocatedTable], outside: [Int]) {
        var titles: [Title] = []
        for index in lines.indices {
            guard let title = title(at: index), followedByTable(title.index) else { continue }
            titles.append(title)
        }
        var tables: [LocatedTable] = []
        var inside = Set<Int>()
        var position = 0
        while position < titles.count {
            let start = titles[position]
            var body: [PDFLine] = []
            var next = position + 1
            var segmentStart = start.index + 1
            while true {
                let end = next < titles.count ? (titles[next].captionIndex ?? titles[next].index) : lines.count
                let segment = tableLines(from: segmentStart, to: end, isForm: start.concept.isForm)
                body += segment.map { lines[$0] }
                for index in segment { inside.insert(index) }
                // The same table titled again (a continuation page repeats its caption and title).
                guard next < titles.count, continues(start, with: titles[next]), segment.last.map({ $0 + 1 }) == end
                else { break }
                for index in (titles[next].captionIndex ?? titles[next].index)...titles[next].index {
                    inside.insert(index)
                }
                segmentStart = titles[next].index + 1
                next += 1
            }
            for index in (start.captionIndex ?? start.index)...start.index { inside.insert(index) }
            tables.append(
                LocatedTable(
                    concept: start.concept,
                    caption: start.caption,
                    title: start.title,
                    titlePrefix: start.prefix,
                    titleLine: lines[start.index],
                    lines: body
                )
            )
            position = next
        }
        return (tables, lines.indices.filter { !inside.contains($0) })
    }

    /// Whether a later title is the same table printed again on a continuation page.
    private func continues(_ first: Title, with later: Title) -> Bool {
        first.concept.id == later.concept.id && first.caption == later.caption
            && lines[later.index].page > lines[first.index].page
            && TableConcept.normalizedTitle(first.title) == TableConcept.normalizedTitle(later.title)
    }

    /// The lines of a table from its first body line up to `end`: they stop where running text starts (the
    /// narrative after the last table), a note under the table and its continuation lines included. A form (the
    /// performance targets) holds sentences itself: it stops at a narrative heading only.
    private func tableLines(from start: Int, to end: Int, isForm: Bool) -> [Int] {
        var result: [Int] = []
        var index = start
        while index < end {
            if !isForm && Self.isProse(lines[index]) && !Self.isNote(lines[index].compact) { break }
            if Self.isNarrativeHeading(lines[index]) { break }
            result.append(index)
            index += 1
        }
        return result
    }

    /// The title on a line, if the line is one.
    func title(at index: Int) -> Title? {
        let line = lines[index]
        var text = TableConcept.normalizedTitle(line.compact)
        guard text.count <= 70, !text.has("…"), !text.has("..."), !text.has("．．") else { return nil }
        var caption: String?
        var captionIndex: Int?
        if let (printed, rest) = Self.splitCaption(text) {
            caption = printed
            text = rest
        } else if let (printed, rest) = Self.splitTrailingCaption(text) {
            caption = printed
            text = rest
        }
        guard let (concept, nameStart) = catalogue.concept(ofTitle: text) else { return nil }
        let prefix = String(text[..<nameStart])
        guard prefix.count <= 40, !prefix.contains(where: { "，。；！？、：".contains($0) }) else { return nil }
        if caption == nil {
            // A caption printed on its own line just above the title (`表一`, `公开 01 表`, `表1` at the right).
            for above in stride(from: index - 1, through: max(index - 2, 0), by: -1)
            where lines[above].page == line.page {
                let aboveText = TableConcept.normalizedTitle(lines[above].compact)
                if let (printed, rest) = Self.splitCaption(aboveText), rest.isEmpty {
                    caption = printed
                    captionIndex = above
                    break
                }
                if !aboveText.isEmpty && !Self.isPageMark(aboveText) { break }
            }
        }
        return Title(
            index: index,
            concept: concept,
            caption: caption,
            captionIndex: captionIndex,
            title: TableConcept.normalizedTitle(line.compact),
            prefix: prefix
        )
    }

    /// Whether the lines after a title hold a table: its unit line or a header within the next few lines, before any
    /// other title and before running text.
    private func followedByTable(_ index: Int) -> Bool {
        var seen = 0
        var cursor = index + 1
        while cursor < lines.count && seen < 8 {
            let line = lines[cursor]
            let text = line.compact
            cursor += 1
            if Self.isPageMark(text) || text.isEmpty { continue }
            seen += 1
            if title(at: cursor - 1) != nil { return false }
            if Self.isUnitLine(text) { return true }
            if Self.isProse(line) { return false }
            if Self.headerWords.contains(where: { text.contains($0) }) && text.count < 200 { return true }
        }
        return false
    }

    /// Words of a table header.
    static let headerWords = ["项目", "科目", "合计", "总计", "预算数", "金额", "编码", "单位名称", "预算单位", "小计"]

    /// `单位：万元`, `金额单位：元`, `（单位：万元）`.
    static func isUnitLine(_ text: String) -> Bool {
        let normalized = TableConcept.normalizedTitle(text)
        return normalized.contains("单位：万元") || normalized.contains("单位：元") || normalized.contains("单位：亿元")
            || normalized.contains("（万元）") || normalized.hasSuffix("单位：")
    }

    /// A line of running text: long, with sentence punctuation, no amount, and one run of text (a table row's
    /// cells stand apart: a long sentence in a table's text column beside a name is no running text).
    static func isProse(_ line: PDFLine) -> Bool {
        let text = line.compact
        guard text.count >= 36 else { return false }
        let punctuation = text.filter { "，。；".contains($0) }.count
        guard punctuation >= 1, !line.words.contains(where: { GridWords.isAmount($0, in: line) }) else { return false }
        let em = GridWords.em(line.words)
        let words = line.words.sorted { $0.xMin < $1.xMin }
        return !zip(words, words.dropFirst()).contains { $1.xMin - $0.xMax > em * 2.5 }
    }

    /// A heading of the narrative after the tables: `其他相关情况说明`, `第三部分 …`, `名词解释`.
    static func isNarrativeHeading(_ line: PDFLine) -> Bool {
        let text = TableConcept.normalizedTitle(line.compact)
        guard text.count <= 30, !line.words.contains(where: { GridWords.isAmount($0, in: line) }) else { return false }
        if text.hasPrefix("第") && text.contains("部分") { return true }
        return text.hasSuffix("说明") || text.hasSuffix("名词解释") || text.hasSuffix("情况介绍")
    }

    /// A note under a table: `注：…`, `备注：…`, `说明：…`.
    static func isNote(_ text: String) -> Bool {
        text.hasPrefix("注") || text.hasPrefix("备注") || text.hasPrefix("说明：") || text.hasPrefix("说明:")
            || text.hasPrefix("：")
    }

    /// A page number or footer: `3`, `-3-`, `- 3 -`, `第3页`, `第 3 页 共 9 页`.
    static func isPageMark(_ text: String) -> Bool {
        let stripped = text.filter { !" -—－–".contains($0) }
        if !stripped.isEmpty && stripped.allSatisfy({ $0.isASCII && $0.isNumber }) && stripped.count <= 3 {
            return true
        }
        return text.hasPrefix("第") && text.contains("页") && text.count <= 14
    }

    private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// A caption at the start of a title, and the rest: `表一`, `表1：`, `表 10`, `公开01表`, `公开表一`, `附表1`,
    /// `一、`, `（一）`, `1.`.
    static func splitCaption(_ text: String) -> (caption: String, rest: String)? {
        let characters = Array(text)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            return index - start
        }
        func chineseNumerals() -> Int {
            let start = index
            while index < characters.count, numerals.contains(characters[index]) { index += 1 }
            return index - start
        }
        func take(_ literal: String) -> Bool {
            let literalCharacters = Array(literal)
            guard index + literalCharacters.count <= characters.count,
                Array(characters[index..<(index + literalCharacters.count)]) == literalCharacters
            else { return false }
            index += literalCharacters.count
            return true
        }
        func separator() { if index < characters.count, "：.、．-—".contains(characters[index]) { index += 1 } }
        var matched = false
        if take("公开") {
            if take("表") {
                matched = chineseNumerals() > 0 || digits() > 0
            } else {
                matched = digits() > 0 && take("表")
            }
            separator()
        } else if take("附表") || take("表") {
            matched = digits() > 0 || chineseNumerals() > 0
            separator()
        } else if take("（") {
            matched = (chineseNumerals() > 0 || digits() > 0) && take("）")
        } else if chineseNumerals() > 0 {
            matched = index < characters.count && characters[index] == "、"
            index += matched ? 1 : 0
        } else if digits() > 0 {
            matched = index < characters.count && ".、．".contains(characters[index])
            index += matched ? 1 : 0
        }
        guard matched else { return nil }
        let caption = String(characters[0..<index]).trimmingCharacters(in: CharacterSet(charactersIn: "：.、．-—"))
        return (caption, String(characters[index...]))
    }

    /// A caption printed at the end of the title line (`收支总表 表1`): the caption and the title before it.
    static func splitTrailingCaption(_ text: String) -> (caption: String, rest: String)? {
        for length in 2...8 where length < text.count {
            let head = String(text.dropLast(length))
            guard head.hasSuffix("表") || head.hasSuffix("）") else { continue }
            if let (caption, rest) = splitCaption(String(text.suffix(length))), rest.isEmpty { return (caption, head) }
        }
        return nil
    }
}
