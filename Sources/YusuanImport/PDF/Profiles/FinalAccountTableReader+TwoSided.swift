import Foundation
import YusuanCore

/// The two-sided 收支总表 and the one-row “三公” table of the 部门决算.
extension FinalAccountTableReader {
    /// A label of a two-sided table with its wrapped continuation lines.
    struct Entry {
        var side: Int
        var text: String
        var ys: [Double]
        var line: Int
        var page: Int
        var y: Double { ys.reduce(0, +) / Double(ys.count) }
    }

    /// Whether a label line starts a new row (`一、…`, `本年收入合计`, `年初结转和结余`, `总计`) rather than continuing a
    /// wrapped one (`款`, `支出`). Column headers (`项目`, `决算数`, `合计`) do not start rows.
    static func startsLabel(_ text: String) -> Bool {
        if text.range(of: #"^[一二三四五六七八九十]+、"#, options: .regularExpression) != nil { return true }
        let starts = ["本年", "年初", "年末", "总计", "使用", "结余分配", "上年"]
        return starts.contains { text.hasPrefix($0) }
    }

    func twoSidedRows(
        _ words: [PlacedWord],
        columns: Columns,
        uncertainties: inout [FinalAccountUncertainty]
    ) throws -> [PDFReadRow] {
        let split = columns.split ?? .infinity
        let texts = words.filter { GridWords.amount($0.text) == nil }
        let amounts = words.filter { GridWords.amount($0.text) != nil }
        // The right-hand labels start at the leftmost text right of the left amount column.
        let rightLabelX = texts.filter { $0.word.xMin > split }.map(\.word.xMin).min() ?? .infinity
        func sideOf(_ word: PlacedWord) -> Int { word.word.xMin >= rightLabelX - 1 ? 1 : 0 }
        var entries: [Entry] = []
        for side in 0..<2 {
            let sideTexts = texts.filter { sideOf($0) == side }.sorted { $0.y < $1.y }
            var index = 0
            var open: Int?
            while index < sideTexts.count {
                var lineWords = [sideTexts[index]]
                while index + 1 < sideTexts.count, abs(sideTexts[index + 1].y - sideTexts[index].y) < 1.5 {
                    index += 1
                    lineWords.append(sideTexts[index])
                }
                index += 1
                let text = lineWords.sorted { $0.word.xMin < $1.word.xMin }.map(\.text).joined()
                let y = lineWords[0].y
                if let current = open, !Self.startsLabel(text) {
                    entries[current].text += text
                    entries[current].ys.append(y)
                } else {
                    entries.append(
                        Entry(
                            side: side,
                            text: text,
                            ys: [y],
                            line: lineWords.map(\.line).min() ?? lineWords[0].line,
                            page: lineWords[0].page
                        )
                    )
                    open = entries.count - 1
                }
            }
        }
        // Each entry's amounts, filled as the cells of one row per entry.
        var entryRows = entries.map {
            PDFReadRow(
                amounts: Array(repeating: nil, count: spec.columns.count),
                line: $0.line,
                lastY: $0.y,
                page: $0.page
            )
        }
        var cells: [CellAmount] = []
        var withoutColumn: [PlacedWord] = []
        for amount in amounts {
            let amountSide = sideOf(amount)
            let candidates = entries.indices.filter { entries[$0].side == amountSide }
            guard let placement = Self.nearest(amount.y, among: candidates.map { entries[$0].y }) else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: amount.line,
                    expected: "a label beside the amount in \(spec.titleSuffix)",
                    found: ImportError.quote(amount.text)
                )
            }
            guard let value = GridWords.amount(amount.text) else { continue }
            guard let column = nearestColumn(amount.word, columns: columns, side: amountSide) else {
                withoutColumn.append(amount)
                continue
            }
            let row = Placement(
                index: candidates[placement.index],
                runnerUp: placement.runnerUp.map { candidates[$0] },
                isCertain: placement.isCertain
            )
            cells.append(CellAmount(word: amount, value: value, row: row, column: column))
        }
        let entryNames = entries.map(\.text)
        try fill(cells, into: &entryRows, rowName: { entryNames[$0] }, uncertainties: &uncertainties)
        if let unplaced = unplaced(withoutColumn) { uncertainties.append(unplaced) }
        // A left and a right label at the same height are one printed row.
        var rows: [(y: Double, row: PDFReadRow)] = []
        var paired = Set<Int>()
        let right = entries.indices.filter { entries[$0].side == 1 }
        for left in entries.indices where entries[left].side == 0 {
            let entry = entries[left]
            var row = entryRows[left]
            row.lastY = entry.ys.last ?? entry.y
            row.name = entry.text
            let match = right.filter { !paired.contains($0) && abs(entries[$0].y - entry.y) <= 6 }
                .min { abs(entries[$0].y - entry.y) < abs(entries[$1].y - entry.y) }
            if let match {
                paired.insert(match)
                row.rightName = entries[match].text
                row.line = min(row.line, entries[match].line)
                for (column, value) in entryRows[match].amounts.enumerated() where value != nil {
                    row.amounts[column] = value
                }
            }
            rows.append((entry.y, row))
        }
        for index in right where !paired.contains(index) {
            let entry = entries[index]
            var row = entryRows[index]
            row.lastY = entry.ys.last ?? entry.y
            row.rightName = entry.text
            rows.append((entry.y, row))
        }
        return rows.sorted { $0.y < $1.y }.map(\.row)
    }

    // MARK: - “三公” budget and actual

    /// The one row of amounts under the 12 marks. Without marks the amounts are reported, not placed.
    func budgetAndActualRows(
        _ words: [PlacedWord],
        columns: Columns,
        uncertainties: inout [FinalAccountUncertainty]
    ) throws -> [PDFReadRow] {
        let amounts = words.filter { GridWords.amount($0.text) != nil }
        guard let first = amounts.min(by: { $0.y < $1.y }) else { return [] }
        var rows = [
            PDFReadRow(
                amounts: Array(repeating: nil, count: spec.columns.count),
                line: first.line,
                lastY: first.y,
                page: first.page
            )
        ]
        rows[0].name = words.filter { GridWords.amount($0.text) == nil }.map(\.text).joined()
        var cells: [CellAmount] = []
        var withoutColumn: [PlacedWord] = []
        for amount in amounts {
            guard let value = GridWords.amount(amount.text) else { continue }
            guard let column = nearestColumn(amount.word, columns: columns, side: nil) else {
                withoutColumn.append(amount)
                continue
            }
            cells.append(
                CellAmount(
                    word: amount,
                    value: value,
                    row: Placement(index: 0, runnerUp: nil, isCertain: true),
                    column: column
                )
            )
        }
        let name = rows[0].name.isEmpty ? spec.titleSuffix : rows[0].name
        try fill(cells, into: &rows, rowName: { _ in name }, uncertainties: &uncertainties)
        if let unplaced = unplaced(withoutColumn) { uncertainties.append(unplaced) }
        return rows
    }
}
