import Foundation
import YusuanCore

/// Rebuilds a located table from word positions, page by page: the header above the first row gives the columns
/// (``HeaderCells``; a spanning header gives its columns a common first name), the border between two columns lies
/// in a stretch between their header texts that no word of the rows covers, each word goes to the column it stands
/// in — so a blank cell, a `0` or a `-` never moves a column — and physical lines are grouped into rows (a name
/// wrapped over lines belongs to the row whose amounts it is centred on). What cannot be placed with certainty is
/// an ``GridTable/Issue``, never a guess.
struct GridTableReader {
    let located: LocatedTable

    func read() -> GridTable {
        var table = GridTable(located: located)
        var previousGrid: ColumnGrid?
        // The words of the first page's header, to recognise it repeated on a continuation page.
        var firstHeaderWords: Set<String> = []
        var inNote = false
        var pages: [[PDFLine]] = []
        for line in located.lines.map(GridWords.joiningTouchingWords) {
            if let last = pages.last?.last, last.page == line.page {
                pages[pages.count - 1].append(line)
            } else {
                pages.append([line])
            }
        }
        for pageLines in pages {
            var body: [PDFLine] = []
            for (offset, line) in pageLines.enumerated() {
                let text = line.compact
                let isEdge = offset == pageLines.count - 1 || offset == 0
                if isEdge && TableLocator.isPageMark(text) { continue }
                if TableLocator.isUnitLine(text) || Self.organization(in: text) != nil {
                    readUnitLine(line, into: &table)
                    continue
                }
                if let (_, rest) = TableLocator.splitCaption(TableConcept.normalizedTitle(text)), rest.isEmpty {
                    continue
                }
                if TableLocator.isNote(text) {
                    inNote = true
                    table.note = (table.note.map { $0 } ?? "") + text
                    table.noteLine = table.noteLine ?? line.number
                    continue
                }
                if inNote {
                    if !line.words.contains(where: { GridWords.isAmount($0, in: line) }) {
                        table.note = (table.note ?? "") + text
                        continue
                    }
                    inNote = false
                }
                body.append(line)
            }
            guard !body.isEmpty else { continue }
            var firstData = body.firstIndex(where: isDataLine) ?? body.count
            // On a continuation page, the lines before the first row are a repeated header as far as they repeat the
            // first page's header words; the lines after are wrapped cells of the page's first rows.
            if firstData > 0, !firstHeaderWords.isEmpty {
                firstData =
                    body[..<firstData].firstIndex { !Self.repeatsHeader($0, words: firstHeaderWords) } ?? firstData
            }
            let headerLines = body[..<firstData].filter { !Self.isColumnNumberLine($0) }
            let dataLines = Array(body[firstData...])
            if firstHeaderWords.isEmpty { firstHeaderWords = Set(headerLines.flatMap { $0.words.map(\.text) }) }
            let grid: ColumnGrid
            if !headerLines.isEmpty {
                let em = GridWords.em(body.flatMap(\.words))
                guard let built = ColumnGrid(header: headerLines, data: dataLines, em: em) else {
                    table.issues.append(
                        .init(
                            line: headerLines[0].number,
                            reason: "表头“\(headerLines.map(\.compact).joined(separator: " "))”分不出列",
                            reasonEnglish:
                                "its header (\(headerLines.map(\.compact).joined(separator: " "))) gives no columns"
                        )
                    )
                    continue
                }
                grid = built
            } else if let previousGrid {
                grid = previousGrid.continued(over: dataLines)
            } else {
                table.issues.append(
                    .init(
                        line: dataLines.first?.number ?? located.titleLine.number,
                        reason: "表头缺失，无法确定各列",
                        reasonEnglish: "it has rows but no header to place its columns"
                    )
                )
                continue
            }
            if table.columns.isEmpty {
                table.columns = grid.columns
            } else if grid.columns.count != table.columns.count {
                table.issues.append(
                    .init(
                        line: (headerLines.first ?? dataLines.first)?.number ?? located.titleLine.number,
                        reason: "续页的表头有 \(grid.columns.count) 列，首页有 \(table.columns.count) 列",
                        reasonEnglish:
                            "the header on a continuation page has \(grid.columns.count) columns, the first page \(table.columns.count)"
                    )
                )
                continue
            }
            table.issues += grid.issues
            previousGrid = grid
            table.rows += RowAssembler(grid: grid).rows(of: dataLines, issues: &table.issues)
        }
        return table
    }

    /// A line of a table's rows: an amount, a classification code at its start, or a total label.
    private func isDataLine(_ line: PDFLine) -> Bool {
        if line.words.contains(where: { GridWords.isAmount($0, in: line) && !Self.isColumnNumber($0, in: line) }) {
            return true
        }
        guard let first = line.words.first else { return false }
        if GridWords.isCodeText(first.text), [3, 5, 7].contains(first.text.count), line.words.count > 1 { return true }
        return false
    }

    /// Whether a line repeats a line of a table's header: most of its words are words of the first page's header.
    private static func repeatsHeader(_ line: PDFLine, words: Set<String>) -> Bool {
        let candidates = line.words.map(\.text)
        guard !candidates.isEmpty else { return false }
        return candidates.filter { words.contains($0) }.count * 2 > candidates.count
    }

    /// A header line numbering the columns (`1 2 3 4 5`, `** 1 2 3`).
    private static func isColumnNumberLine(_ line: PDFLine) -> Bool {
        line.words.contains { isColumnNumber($0, in: line) }
    }

    /// A column number of a header line numbering the columns (`1 2 3 4 5`, `** 1 2 3`, `栏次 1 2 3`): the line's
    /// numbers count up from 0 or 1 and its other words are no amounts.
    private static func isColumnNumber(_ word: PDFWord, in line: PDFLine) -> Bool {
        let numbers = line.words.compactMap { Int($0.text) }
        guard numbers.count >= 3, numbers.count >= line.words.count - 2 else { return false }
        return numbers == Array(1...numbers.count) || numbers == Array(0..<numbers.count)
    }

    private func readUnitLine(_ line: PDFLine, into table: inout GridTable) {
        let text = TableConcept.normalizedTitle(line.compact)
        if let range = text.range(of: "单位：", options: .backwards) {
            let unitText = String(text[range.lowerBound...])
            if let unit = AmountUnit(unitLine: unitText) {
                table.unitLine = unitText
                table.unit = unit
            }
        } else if text.contains("（万元）") {
            table.unitLine = "（万元）"
            table.unit = .tenThousandYuan
        }
        if table.organization == nil, let organization = Self.organization(in: text) {
            table.organization = organization
        }
    }

    /// The organisation a unit line names: `单位名称：X`, `编制部门：X`, `部门名称：X`, `预算单位：X`, `部门：X`, `单位：X`
    /// (not `单位：万元`).
    static func organization(in text: String) -> String? {
        let text = TableConcept.normalizedTitle(text)
        for label in ["单位名称：", "编制部门：", "编制单位：", "部门名称：", "预算单位：", "预算部门：", "部门：", "单位："] {
            guard let range = text.range(of: label) else { continue }
            var name = String(text[range.upperBound...])
            for end in ["单位：", "金额单位", "（单位", "单位:"] {
                if let stop = name.range(of: end) { name = String(name[..<stop.lowerBound]) }
            }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("万元") || name.hasPrefix("元") || name.hasPrefix("亿元") { continue }
            return name
        }
        return nil
    }
}
