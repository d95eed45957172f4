import Foundation
import YusuanCore

/// A word of a 部门决算 table with its baseline and source line.
struct PlacedWord {
    var word: PDFWord
    var line: Int
    /// The approximate baseline, `yMin + 0.75 · height`. Poppler gives the digits of these documents boxes of
    /// 20 pt and the Chinese text boxes of 3 pt, so their centres differ by about 5 pt on the same printed line; their
    /// baselines agree.
    var y: Double

    var text: String { word.text }
    var page: Int { word.page }
    var isDigits: Bool { !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    var isTotalLabel: Bool { !isDigits && (text.hasSuffix("合计") || text.hasSuffix("总计")) }
    /// `…`: a row left to be filled (the blank template prints them under its example rows).
    var isEllipsis: Bool { !text.isEmpty && text.allSatisfy { $0 == "…" || $0 == "⋯" } }
}

/// An amount the reader could not place in a row or a column with certainty (docs/PDF.md, “Tables not read with
/// certainty”): it is kept where it is nearest, and the table is reported as a ``TableReadingIssue``.
struct FinalAccountUncertainty: Sendable, Hashable {
    /// The line of the amount (the title line when the header is in doubt).
    var line: Int
    var reason: String
    var reasonEnglish: String
}

/// Rebuilds the tables of the 部门决算 template (``PDFProfile/nationalFinalAccount``). Their cells are merged and
/// vertically centred, so an amount may sit a few points above or below its row's code and name, and a wrapped name
/// spans two lines. Rows are therefore anchored on their code (the 类 code word, `201`, with the 款/项 parts `06`
/// `01` attached) or their label (`合计`, `一、一般公共预算财政拨款收入`), and every amount and name word goes to the
/// nearest anchor by baseline (after the table's typical offset between codes and names) and to the column whose
/// header is nearest; an amount whose row or column is not certain is reported (``FinalAccountUncertainty``, see
/// `FinalAccountTableReader+Placement.swift`). Headers repeated after a page break set the columns again; a page without
/// header keeps them. A table printed empty (the blank template) keeps its `合计` row and its `…` rows.
struct FinalAccountTableReader {
    let spec: PDFTableSpec
    let file: String

    /// Column-header words that only label the code columns.
    static let headerNoise: Set<String> = ["类", "款", "项", "类款项", "科目编码", "编码"]

    /// Where the columns are, kept across pages.
    struct Columns {
        var centers: [Double?]
        /// The right edge of the code/name header on each side (`科目名称`); codes lie left of it.
        var nameLimits: [Double] = []
        /// The x from which words belong to the right-hand side (two-sided and side-by-side tables).
        var split: Double?
    }

    /// The table, with each amount whose place is not certain where it is nearest (see ``reading(title:body:)``).
    func read(title: PDFLine, body: ArraySlice<PDFLine>) throws -> PDFReadTable {
        try reading(title: title, body: body).table
    }

    /// The table and the amounts of it that could not be placed with certainty.
    ///
    /// - Throws: ``ImportError`` (`malformed-table`) for two different amounts placed with certainty in one cell, or
    ///   amounts without any row label or code.
    func reading(title: PDFLine, body: ArraySlice<PDFLine>) throws -> (
        table: PDFReadTable, uncertainties: [FinalAccountUncertainty]
    ) {
        var uncertainties: [FinalAccountUncertainty] = []
        var table = PDFReadTable(spec: spec, title: title.compact, titleLine: title.number, caption: nil)
        var words: [PlacedWord] = []
        var inNote = false
        for line in body {
            let compact = line.compact
            if let unitWord = line.words.first(where: { $0.text.contains("单位：") || $0.text.contains("单位:") }),
                let range = unitWord.text.range(of: "单位")
            {
                var text = String(unitWord.text[range.lowerBound...])
                if !text.contains("元"),
                    let next = line.words.first(where: { $0.xMin > unitWord.xMin && $0.text.contains("元") })
                {
                    text += next.text
                }
                table.unitLine = text
                table.unit = AmountUnit(unitLine: text)
                if let label = line.words.first(where: { $0.text.hasPrefix("编制部门") || $0.text.hasPrefix("编制单位") }) {
                    table.compilingUnit = String(label.text.drop { $0 != "：" && $0 != ":" }.dropFirst())
                }
                continue
            }
            if compact.hasPrefix("注") || compact.hasPrefix("备注") || compact.hasPrefix("说明：") {
                // A second note (`说明：…` under `注：…`) is kept below the first, one line each.
                table.note = table.note.map { $0 + "\n" + compact } ?? compact
                table.noteLine = table.noteLine ?? line.number
                inNote = true
                continue
            }
            if inNote, !line.words.contains(where: { GridWords.amount($0.text) != nil }) {
                table.note = (table.note ?? "") + compact
                continue
            }
            inNote = false
            for word in line.words where !GridWords.isBlankMark(word.text) {
                words.append(PlacedWord(word: word, line: line.number, y: word.yMin + 0.75 * (word.yMax - word.yMin)))
            }
        }
        var columns = Columns(centers: Array(repeating: nil, count: spec.columns.count))
        var sides: [[PDFReadRow]] = [[], []]
        var totals: [PDFReadRow?] = [nil, nil]
        for page in Set(words.map(\.page)).sorted() {
            let pageWords = words.filter { $0.page == page }
            let data = try split(pageWords, columns: &columns)
            guard !data.isEmpty else { continue }
            switch spec.style {
            case .finalTwoSided:
                table.rows += try twoSidedRows(data, columns: columns, uncertainties: &uncertainties)
            case .finalBudgetAndActual:
                table.rows += try budgetAndActualRows(data, columns: columns, uncertainties: &uncertainties)
            case .finalSideBySide:
                for side in 0..<2 {
                    let limit = columns.split ?? .infinity
                    let sideWords = data.filter { side == 0 ? $0.word.xMin < limit : $0.word.xMin >= limit }
                    let nameLimit = columns.nameLimits.indices.contains(side) ? columns.nameLimits[side] : nil
                    let rows = try codedRows(
                        sideWords,
                        columns: columns,
                        nameLimit: nameLimit,
                        side: side,
                        uncertainties: &uncertainties
                    )
                    for row in rows {
                        let isTotal = row.code.isEmpty && (row.name.hasSuffix("合计") || row.name.hasSuffix("总计"))
                        if isTotal { totals[side] = row } else { sides[side].append(row) }
                    }
                }
            default:
                table.rows += try codedRows(
                    data,
                    columns: columns,
                    nameLimit: columns.nameLimits.first,
                    side: nil,
                    uncertainties: &uncertainties
                )
            }
        }
        if spec.style == .finalSideBySide {
            table.rows = sides[0] + sides[1]
            if let left = totals[0] ?? totals[1] {
                var total = left
                if let right = totals[1], totals[0] != nil {
                    total.rightName = right.name
                    total.amounts[1] = right.amounts[1]
                }
                table.rows.append(total)
            }
        }
        // A column whose header was not found: its amounts stand in a neighbouring column.
        let missing = columns.centers.indices.filter { columns.centers[$0] == nil }.map { spec.columns[$0].name }
        if !missing.isEmpty, table.rows.contains(where: \.hasAmounts) {
            uncertainties.insert(
                FinalAccountUncertainty(
                    line: title.number,
                    reason: "表头中未找到“\(missing.joined(separator: "”“"))”列，无法确定各金额所在的列",
                    reasonEnglish: "the header shows no column \(missing.joined(separator: ", ")): the columns of the "
                        + "amounts are not certain"
                ),
                at: 0
            )
        }
        return (table, uncertainties)
    }

    // MARK: - Header

    /// Sets the columns from the header words of a page and returns the other words, without the code-column labels.
    /// The header is what lies above the first amount or code (in the two-sided tables, also above the first label
    /// `一、…`/`本年…`/`总计`); on a page without any, everything but its row labels: the `合计` and `…` rows of a table
    /// printed empty, left of the name header's right edge (a `合计` right of it heads a column).
    private func split(_ words: [PlacedWord], columns: inout Columns) -> [PlacedWord] {
        let nameLimit = words.filter { $0.text.contains("名称") }.map(\.word.xMax).max() ?? columns.nameLimits.max()
        func isRowLabel(_ word: PlacedWord) -> Bool {
            guard word.isTotalLabel || word.isEllipsis else { return false }
            switch spec.style {
            case .finalSideBySide: return true
            case .finalCoded: return nameLimit.map { word.word.xMax <= $0 + 2 } ?? false
            default: return false
            }
        }
        var starts = words.filter { $0.text.first?.isNumber == true && GridWords.amount($0.text) != nil }.map(\.y)
        if spec.style == .finalTwoSided {
            // A page continued without its header starts with labels (`十四、…`), possibly far above any amount.
            starts += words.filter { Self.startsLabel($0.text) }.map(\.y)
        }
        var start = starts.min().map { $0 - 3 } ?? .infinity
        if start == .infinity, spec.style == .finalCoded, nameLimit == nil,
            let total = words.filter(\.isTotalLabel).map(\.y).max()
        {
            start = total - 3  // an empty table without a name header: its 合计 row under the header
        }
        let header = words.filter { $0.y < start && !isRowLabel($0) }.map(\.word).sorted { $0.xMin < $1.xMin }
        if !header.isEmpty { setColumns(from: header, into: &columns) }
        // `款` may also end a wrapped label of a two-sided table (`二、政府性基金预算财政拨` / `款`).
        return words.filter {
            ($0.y >= start || isRowLabel($0)) && (spec.style == .finalTwoSided || !Self.headerNoise.contains($0.text))
        }
    }

    /// The column positions from a page's header: each column's keyword (or the first of its alternatives
    /// `小计|合计` found), at the column's occurrence; the “三公” table's 12 marks `预算数`/`决算数` (or 6 `决算数`).
    /// A column not found keeps the position of an earlier page, or none.
    private func setColumns(from header: [PDFWord], into columns: inout Columns) {
        if spec.style == .finalBudgetAndActual {
            let marks = header.filter { $0.text.contains("预算数") || $0.text.contains("决算数") }
            if marks.count == spec.columns.count {
                columns.centers = marks.map(\.xCenter)
            } else if !marks.isEmpty, marks.count * 2 == spec.columns.count,
                marks.allSatisfy({ $0.text.contains("决算数") })
            {
                // Only the 决算数 of each group printed.
                for (index, mark) in marks.enumerated() { columns.centers[2 * index + 1] = mark.xCenter }
            }
            return
        }
        var matchedHeader: [PDFWord?] = Array(repeating: nil, count: spec.columns.count)
        for (index, column) in spec.columns.enumerated() {
            for keyword in column.keyword.split(separator: "|") {
                let matches = header.filter { $0.text.contains(keyword) }
                if matches.indices.contains(column.occurrence) {
                    columns.centers[index] = matches[column.occurrence].xCenter
                    matchedHeader[index] = matches[column.occurrence]
                    break
                }
            }
        }
        let names = header.filter { $0.text.contains("名称") }
        if !names.isEmpty { columns.nameLimits = names.map(\.xMax) }
        switch spec.style {
        case .finalSideBySide:
            // The right-hand code table starts at its own 科目编码 / 经济分类 header.
            let codeHeaders = header.filter { $0.text.contains("科目编码") || $0.text.contains("经济分类") }
                .map(\.xMin).sorted()
            if let leftEdge = matchedHeader[0]?.xMax, let right = codeHeaders.first(where: { $0 > leftEdge }) {
                columns.split = (leftEdge + right) / 2
            }
        case .finalTwoSided:
            if let leftEdge = matchedHeader[0]?.xMax { columns.split = leftEdge + 5 }
        default:
            break
        }
    }

    /// The column whose header is nearest to the word (on its side), the runner-up, and whether the nearest is
    /// certain (``nearest(_:among:)``); nil when no column of the side has a position.
    func nearestColumn(_ word: PDFWord, columns: Columns, side: Int?) -> Placement? {
        var indices: [Int] = []
        var centers: [Double] = []
        for (index, center) in columns.centers.enumerated() {
            guard let center else { continue }
            if let side, spec.columns[index].isRightSide != (side == 1) { continue }
            indices.append(index)
            centers.append(center)
        }
        guard let placement = Self.nearest(word.xCenter, among: centers) else { return nil }
        return Placement(
            index: indices[placement.index],
            runnerUp: placement.runnerUp.map { indices[$0] },
            isCertain: placement.isCertain
        )
    }

    // MARK: - Coded rows

    /// Rows anchored on codes (or 合计, or `…`) of one side of a page.
    private func codedRows(
        _ words: [PlacedWord],
        columns: Columns,
        nameLimit: Double?,
        side: Int?,
        uncertainties: inout [FinalAccountUncertainty]
    ) throws -> [PDFReadRow] {
        let firstAmountColumn = columns.centers.compactMap { $0 }.min() ?? .infinity
        let codeLimit = nameLimit ?? (firstAmountColumn - 20)
        var codes: [PlacedWord] = []
        var amounts: [PlacedWord] = []
        var ellipses: [PlacedWord] = []
        var texts: [PlacedWord] = []
        for word in words {
            if word.isDigits && word.word.xMax <= codeLimit {
                codes.append(word)
            } else if GridWords.amount(word.text) != nil, word.word.xMin > codeLimit {
                amounts.append(word)
            } else if word.isEllipsis && word.word.xMax <= codeLimit {
                ellipses.append(word)
            } else {
                texts.append(word)
            }
        }
        let codeAnchors = codes.filter { $0.text.utf8.count >= 3 }
        let totalAnchors = texts.filter(\.isTotalLabel)
        let names = texts.filter { !$0.isTotalLabel }
        // The typical offset of a row's name from its code (0 when they share a baseline, about +7 pt in the
        // economic table where names are centred in taller cells).
        let offsets = codeAnchors.compactMap { anchor in
            names.map { $0.y - anchor.y }.min { abs($0) < abs($1) }
        }
        let bias = offsets.isEmpty ? 0 : min(max(offsets.sorted()[offsets.count / 2], -10), 10)
        struct Anchor {
            var y: Double
            var row: PDFReadRow
            var parts: [PlacedWord]
            var names: [PlacedWord] = []
        }
        func emptyRow(at word: PlacedWord) -> PDFReadRow {
            PDFReadRow(
                amounts: Array(repeating: nil, count: spec.columns.count),
                line: word.line,
                lastY: word.y,
                page: word.page
            )
        }
        var anchors: [Anchor] = codeAnchors.map { Anchor(y: $0.y, row: emptyRow(at: $0), parts: [$0]) }
        anchors += totalAnchors.map { word in
            var row = emptyRow(at: word)
            row.name = word.text
            return Anchor(y: word.y - bias, row: row, parts: [])
        }
        // `…` rows of the blank template: one row per line of ellipses in the code and name columns.
        for word in ellipses.sorted(by: { $0.y < $1.y }) {
            if let last = anchors.last, last.row.name == "…", last.parts.isEmpty, abs(last.y - word.y) < 1.5 {
                continue
            }
            var row = emptyRow(at: word)
            row.name = "…"
            anchors.append(Anchor(y: word.y, row: row, parts: []))
        }
        anchors.sort { $0.y < $1.y }
        guard !anchors.isEmpty else {
            if let stray = amounts.first {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: stray.line,
                    expected: "a classification code (类 款 项) or 合计 beside the amounts of \(spec.titleSuffix)",
                    found: ImportError.quote(stray.text)
                )
            }
            return []
        }
        func nearest(_ word: PlacedWord, bias: Double) -> Int {
            var best = 0
            for index in anchors.indices
            where abs(word.y - anchors[index].y - bias) < abs(word.y - anchors[best].y - bias) {
                best = index
            }
            return best
        }
        for part in codes where part.text.utf8.count < 3 {
            anchors[nearest(part, bias: bias)].parts.append(part)
        }
        for name in names { anchors[nearest(name, bias: bias)].names.append(name) }
        var rows = anchors.map { anchor in
            var row = anchor.row
            if !anchor.parts.isEmpty {
                row.code = anchor.parts.sorted { $0.word.xMin < $1.word.xMin }.map(\.text).joined()
            }
            let ordered = anchor.names.sorted { abs($0.y - $1.y) < 1.5 ? $0.word.xMin < $1.word.xMin : $0.y < $1.y }
            if let last = ordered.last {
                row.name += ordered.map(\.text).joined()
                row.lastY = last.y
            }
            return row
        }
        let anchorYs = anchors.map(\.y)
        var cells: [CellAmount] = []
        var withoutColumn: [PlacedWord] = []
        for amount in amounts {
            guard let value = GridWords.amount(amount.text), let row = Self.nearest(amount.y, among: anchorYs)
            else { continue }
            guard let column = nearestColumn(amount.word, columns: columns, side: side) else {
                withoutColumn.append(amount)
                continue
            }
            cells.append(CellAmount(word: amount, value: value, row: row, column: column))
        }
        let rowNames = rows.map { $0.code.isEmpty ? $0.name : $0.code + " " + $0.name }
        try fill(cells, into: &rows, rowName: { rowNames[$0] }, uncertainties: &uncertainties)
        if let unplaced = unplaced(withoutColumn) { uncertainties.append(unplaced) }
        return rows
    }

}
