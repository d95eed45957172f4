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
}

/// Rebuilds the tables of the 部门决算 template (``PDFProfile/nationalFinalAccount``). Their cells are merged and
/// vertically centred, so an amount may sit a few points above or below its row's code and name, and a wrapped name
/// spans two lines. Rows are therefore anchored on their code (the 类 code word, `201`, with the 款/项 parts `06`
/// `01` attached) or their label (`合计`, `一、一般公共预算财政拨款收入`), and every amount and name word goes to the
/// nearest anchor by baseline (after the table's typical offset between codes and names) and to the column whose
/// header is nearest. Headers repeated after a page break set the columns again; a page without header keeps them.
struct FinalAccountTableReader {
    let spec: PDFTableSpec
    let file: String

    /// Column-header words that only label the code columns.
    static let headerNoise: Set<String> = ["类", "款", "项", "类款项", "科目编码", "编码"]

    /// Where the columns are, kept across pages.
    private struct Columns {
        var centers: [Double?]
        /// The right edge of the code/name header on each side (`科目名称`); codes lie left of it.
        var nameLimits: [Double] = []
        /// The x from which words belong to the right-hand side (two-sided and side-by-side tables).
        var split: Double?
    }

    func read(title: PDFLine, body: ArraySlice<PDFLine>) throws -> PDFReadTable {
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
                table.note = compact
                table.noteLine = line.number
                inNote = true
                continue
            }
            if inNote, !line.words.contains(where: { PDFTableReader.amount($0.text) != nil }) {
                table.note = (table.note ?? "") + compact
                continue
            }
            inNote = false
            for word in line.words where !PDFTableReader.isBlankMark(word.text) {
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
                table.rows += try twoSidedRows(data, columns: columns)
            case .finalBudgetAndActual:
                table.rows += try budgetAndActualRows(data, columns: columns)
            case .finalSideBySide:
                for side in 0..<2 {
                    let limit = columns.split ?? .infinity
                    let sideWords = data.filter { side == 0 ? $0.word.xMin < limit : $0.word.xMin >= limit }
                    let nameLimit = columns.nameLimits.indices.contains(side) ? columns.nameLimits[side] : nil
                    for row in try codedRows(sideWords, columns: columns, nameLimit: nameLimit, side: side) {
                        if row.code.isEmpty { totals[side] = row } else { sides[side].append(row) }
                    }
                }
            default:
                table.rows += try codedRows(data, columns: columns, nameLimit: columns.nameLimits.first, side: nil)
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
        return table
    }

    // MARK: - Header

    /// Sets the columns from the header words of a page (those above its first amount or code) and returns the
    /// other words, without the code-column labels.
    private func split(_ words: [PlacedWord], columns: inout Columns) throws -> [PlacedWord] {
        var starts = words.filter { $0.text.first?.isNumber == true && PDFTableReader.amount($0.text) != nil }
        if spec.style == .finalTwoSided {
            // A page continued without its header starts with labels (`十四、…`), possibly far above any amount.
            starts += words.filter { Self.startsLabel($0.text) }
        }
        let start: Double
        if let first = starts.map(\.y).min() {
            start = first - 3
        } else if let total = words.filter(\.isTotalLabel).map(\.y).max() {
            start = total - 3  // an empty table: its 合计 row under the header
        } else {
            start = -.infinity
        }
        let header = words.filter { $0.y < start }.map(\.word).sorted { $0.xMin < $1.xMin }
        if !header.isEmpty { try setColumns(from: header, into: &columns) }
        // `款` may also end a wrapped label of a two-sided table (`二、政府性基金预算财政拨` / `款`).
        return words.filter { $0.y >= start && (spec.style == .finalTwoSided || !Self.headerNoise.contains($0.text)) }
    }

    private func setColumns(from header: [PDFWord], into columns: inout Columns) throws {
        if spec.style == .finalBudgetAndActual {
            let marks = header.filter { $0.text.contains("预算数") || $0.text.contains("决算数") }
            guard marks.count == spec.columns.count else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: 1,
                    expected: "\(spec.columns.count / 2) pairs of 预算数 and 决算数 over \(spec.titleSuffix)",
                    found: "\(marks.count) such headers"
                )
            }
            columns.centers = marks.map(\.xCenter)
            return
        }
        var matchedHeader: [PDFWord?] = Array(repeating: nil, count: spec.columns.count)
        for (index, column) in spec.columns.enumerated() {
            let matches = header.filter { $0.text.contains(column.keyword) }
            if matches.indices.contains(column.occurrence) {
                columns.centers[index] = matches[column.occurrence].xCenter
                matchedHeader[index] = matches[column.occurrence]
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

    private func nearestColumn(_ word: PDFWord, columns: Columns, side: Int?) -> Int? {
        var best: (index: Int, distance: Double)?
        for (index, center) in columns.centers.enumerated() {
            guard let center else { continue }
            if let side, spec.columns[index].isRightSide != (side == 1) { continue }
            let distance = abs(word.xCenter - center)
            if distance < (best?.distance ?? .infinity) { best = (index, distance) }
        }
        return best?.index
    }

    // MARK: - Coded rows

    /// Rows anchored on codes (or 合计) of one side of a page.
    private func codedRows(_ words: [PlacedWord], columns: Columns, nameLimit: Double?, side: Int?) throws
        -> [PDFReadRow]
    {
        let firstAmountColumn = columns.centers.compactMap { $0 }.min() ?? .infinity
        let codeLimit = nameLimit ?? (firstAmountColumn - 20)
        var codes: [PlacedWord] = []
        var amounts: [PlacedWord] = []
        var texts: [PlacedWord] = []
        for word in words {
            if word.isDigits && word.word.xMax <= codeLimit {
                codes.append(word)
            } else if PDFTableReader.amount(word.text) != nil, word.word.xMin > codeLimit {
                amounts.append(word)
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
        var anchors: [Anchor] = codeAnchors.map { word in
            Anchor(
                y: word.y,
                row: PDFReadRow(
                    amounts: Array(repeating: nil, count: spec.columns.count),
                    line: word.line,
                    lastY: word.y,
                    page: word.page
                ),
                parts: [word]
            )
        }
        anchors += totalAnchors.map { word in
            var row = PDFReadRow(
                amounts: Array(repeating: nil, count: spec.columns.count),
                line: word.line,
                lastY: word.y,
                page: word.page
            )
            row.name = word.text
            return Anchor(y: word.y - bias, row: row, parts: [])
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
        for amount in amounts {
            let index = nearest(amount, bias: 0)
            guard let column = nearestColumn(amount.word, columns: columns, side: side) else { continue }
            guard let value = PDFTableReader.amount(amount.text) else { continue }
            if let existing = anchors[index].row.amounts[column] {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: amount.line,
                    expected: "one amount per cell of \(spec.titleSuffix) (\(spec.columns[column].name))",
                    found: "\(amount.text) beside \(existing.plainText) in the row of line \(anchors[index].row.line)"
                )
            }
            anchors[index].row.amounts[column] = value
        }
        return anchors.map { anchor in
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
    }

    // MARK: - Two-sided rows

    /// A label of a two-sided table with its wrapped continuation lines.
    private struct Entry {
        var side: Int
        var text: String
        var ys: [Double]
        var line: Int
        var page: Int
        var amounts: [Amount?]
        var y: Double { ys.reduce(0, +) / Double(ys.count) }
    }

    /// Whether a label line starts a new row (`一、…`, `本年收入合计`, `年初结转和结余`, `总计`) rather than continuing a
    /// wrapped one (`款`, `支出`). Column headers (`项目`, `决算数`, `合计`) do not start rows.
    static func startsLabel(_ text: String) -> Bool {
        if text.range(of: #"^[一二三四五六七八九十]+、"#, options: .regularExpression) != nil { return true }
        let starts = ["本年", "年初", "年末", "总计", "使用", "结余分配", "上年"]
        return starts.contains { text.hasPrefix($0) }
    }

    private func twoSidedRows(_ words: [PlacedWord], columns: Columns) throws -> [PDFReadRow] {
        let split = columns.split ?? .infinity
        let texts = words.filter { PDFTableReader.amount($0.text) == nil }
        let amounts = words.filter { PDFTableReader.amount($0.text) != nil }
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
                            page: lineWords[0].page,
                            amounts: Array(repeating: nil, count: spec.columns.count)
                        )
                    )
                    open = entries.count - 1
                }
            }
        }
        for amount in amounts {
            let amountSide = sideOf(amount)
            let candidates = entries.indices.filter { entries[$0].side == amountSide }
            guard let index = candidates.min(by: { abs(entries[$0].y - amount.y) < abs(entries[$1].y - amount.y) })
            else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: amount.line,
                    expected: "a label beside the amount in \(spec.titleSuffix)",
                    found: ImportError.quote(amount.text)
                )
            }
            guard let column = nearestColumn(amount.word, columns: columns, side: amountSide),
                let value = PDFTableReader.amount(amount.text)
            else { continue }
            if let existing = entries[index].amounts[column] {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: amount.line,
                    expected: "one amount per cell of \(spec.titleSuffix) (\(spec.columns[column].name))",
                    found: "\(amount.text) beside \(existing.plainText) for \(entries[index].text)"
                )
            }
            entries[index].amounts[column] = value
        }
        // A left and a right label at the same height are one printed row.
        var rows: [(y: Double, row: PDFReadRow)] = []
        var paired = Set<Int>()
        let right = entries.indices.filter { entries[$0].side == 1 }
        for left in entries.indices where entries[left].side == 0 {
            let entry = entries[left]
            var row = PDFReadRow(
                amounts: entry.amounts,
                line: entry.line,
                lastY: entry.ys.last ?? entry.y,
                page: entry.page
            )
            row.name = entry.text
            let match = right.filter { !paired.contains($0) && abs(entries[$0].y - entry.y) <= 6 }
                .min { abs(entries[$0].y - entry.y) < abs(entries[$1].y - entry.y) }
            if let match {
                paired.insert(match)
                row.rightName = entries[match].text
                row.line = min(row.line, entries[match].line)
                for (column, value) in entries[match].amounts.enumerated() where value != nil {
                    row.amounts[column] = value
                }
            }
            rows.append((entry.y, row))
        }
        for index in right where !paired.contains(index) {
            let entry = entries[index]
            var row = PDFReadRow(
                amounts: entry.amounts,
                line: entry.line,
                lastY: entry.ys.last ?? entry.y,
                page: entry.page
            )
            row.rightName = entry.text
            rows.append((entry.y, row))
        }
        return rows.sorted { $0.y < $1.y }.map(\.row)
    }

    // MARK: - “三公” budget and actual

    private func budgetAndActualRows(_ words: [PlacedWord], columns: Columns) throws -> [PDFReadRow] {
        let amounts = words.filter { PDFTableReader.amount($0.text) != nil }
        guard let first = amounts.min(by: { $0.y < $1.y }) else { return [] }
        var row = PDFReadRow(
            amounts: Array(repeating: nil, count: spec.columns.count),
            line: first.line,
            lastY: first.y,
            page: first.page
        )
        row.name = words.filter { PDFTableReader.amount($0.text) == nil }.map(\.text).joined()
        for amount in amounts {
            guard let column = nearestColumn(amount.word, columns: columns, side: nil),
                let value = PDFTableReader.amount(amount.text)
            else { continue }
            if row.amounts[column] != nil {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: amount.line,
                    expected: "one amount per column of \(spec.titleSuffix) (\(spec.columns[column].name))",
                    found: "a second amount \(amount.text)"
                )
            }
            row.amounts[column] = value
        }
        return [row]
    }
}
