import Foundation
import YusuanCore

/// A table rebuilt from word positions: header facts and rows of code, labels and amounts in column order.
struct PDFReadTable {
    var spec: PDFTableSpec
    var title: String
    var titleLine: Int
    var caption: String?
    var unitLine: String?
    var unit: AmountUnit?
    var compilingUnit: String?
    var note: String?
    var noteLine: Int?
    var rows: [PDFReadRow] = []

    var header: TableHeader {
        TableHeader(
            caption: caption,
            title: title,
            unitLine: unitLine,
            note: note,
            line: titleLine,
            noteLine: noteLine,
            unit: unit
        )
    }
}

/// One rebuilt row. For two-sided tables `name` is the left label and `rightName` the right one.
struct PDFReadRow {
    var code: String = ""
    var name: String = ""
    var rightName: String = ""
    var amounts: [Amount?]
    var line: Int
    /// The y position of the last line merged into the row (for wrapped cells).
    var lastY: Double
    var page: Int

    var hasAmounts: Bool { amounts.contains { $0 != nil } }
}

/// Rebuilds a table from the lines between its title and the next table: finds the column positions from the
/// header words (again after each page break, where the header is repeated), joins 类/款/项 code columns, puts each
/// amount in the column whose header is nearest, joins cells wrapped onto the next line, and keeps the note.
struct PDFTableReader {
    let spec: PDFTableSpec
    let file: String

    /// Words that only label the code columns; they are not part of any name.
    static let headerNoise: Set<String> = ["类", "款", "项", "类款项", "科目编码", "编码"]

    func read(title: PDFLine, caption: String?, body: ArraySlice<PDFLine>) throws -> PDFReadTable {
        var table = PDFReadTable(
            spec: spec,
            title: title.compact,
            titleLine: title.number,
            caption: caption
        )
        var centers: [Double?] = Array(repeating: nil, count: spec.columns.count)
        var nameX: Double?
        var rightLabelX: Double?
        var headerWords: [PDFWord] = []
        var inHeader = true
        var page = title.page
        var inNote = false
        var leftAmountEdge: Double?
        for line in body {
            if line.page != page {
                page = line.page
                inHeader = true
                headerWords = []
            }
            let compact = line.compact
            if let unitWord = line.words.first(where: { $0.text.contains("单位：") || $0.text.contains("单位:") }),
                let unitText = unitText(in: line, from: unitWord)
            {
                table.unitLine = unitText
                table.unit = AmountUnit(unitLine: unitText)
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
            var amounts: [(PDFWord, Amount)] = []
            var codes: [PDFWord] = []
            var texts: [PDFWord] = []
            let codeLimit = (nameX ?? .infinity) + 2
            for word in line.words {
                if spec.style == .coded, texts.isEmpty, amounts.isEmpty, word.xMax <= codeLimit, isCodePart(word, after: codes) {
                    codes.append(word)
                } else if let amount = PDFTableReader.amount(word.text), word.xMin > (nameX ?? -.infinity) {
                    amounts.append((word, amount))
                } else if PDFTableReader.isBlankMark(word.text) {
                    continue
                } else if !PDFTableReader.headerNoise.contains(word.text) {
                    texts.append(word)
                }
            }
            if inNote {
                if amounts.isEmpty && codes.isEmpty && !texts.isEmpty && table.note != nil {
                    table.note! += compact
                    continue
                }
                inNote = false
            }
            let isTotalLabel = texts.contains { $0.text.hasSuffix("合计") || $0.text.hasSuffix("总计") }
            let isData = !amounts.isEmpty || !codes.isEmpty || (isTotalLabel && !inHeader)
                || (spec.style == .twoSided && !inHeader && !texts.isEmpty)
            if !isData {
                if inHeader {
                    headerWords += line.words
                    updateCenters(&centers, nameX: &nameX, rightLabelX: &rightLabelX, from: headerWords)
                    continue
                }
            } else if inHeader {
                inHeader = false
                if centers.allSatisfy({ $0 == nil }) {
                    throw ImportError(
                        .malformedTable,
                        file: file,
                        line: line.number,
                        expected: "the column headers of \(spec.titleSuffix) (\(spec.columns.map(\.name).joined(separator: "、")))",
                        found: ImportError.quote(line.spaced)
                    )
                }
            }
            var row = PDFReadRow(
                amounts: Array(repeating: nil, count: spec.columns.count),
                line: line.number,
                lastY: line.yCenter,
                page: line.page
            )
            row.code = codes.map(\.text).joined()
            for (word, amount) in amounts {
                guard let column = nearestColumn(to: word, centers: centers, rightLabelX: rightLabelX) else { continue }
                if row.amounts[column] == nil {
                    row.amounts[column] = amount
                } else if let next = row.amounts.indices.first(where: { $0 > column && row.amounts[$0] == nil }) {
                    row.amounts[next] = amount
                }
            }
            if spec.style == .twoSided {
                // Right-hand labels start after the left-hand amount column (their header is centred further right).
                for (word, _) in amounts where word.xCenter < (rightLabelX ?? .infinity) {
                    leftAmountEdge = max(leftAmountEdge ?? 0, word.xMax)
                }
                let split = leftAmountEdge.map { $0 + 1 } ?? ((rightLabelX ?? .infinity) - 4)
                row.name = texts.filter { $0.xMin < split }.map(\.text).joined()
                row.rightName = texts.filter { $0.xMin >= split }.map(\.text).joined()
                table.rows.append(row)
                continue
            }
            row.name = texts.map(\.text).joined()
            if spec.style == .coded, codes.isEmpty, amounts.isEmpty, !row.name.isEmpty, var previous = table.rows.last,
                previous.page == line.page
            {
                let height = line.words.map(\.height).max() ?? 10
                if previous.name.isEmpty {
                    previous.name = row.name
                    previous.lastY = line.yCenter
                    table.rows[table.rows.count - 1] = previous
                    continue
                }
                if !isTotalLabel && line.yCenter - previous.lastY < height * 1.9 && !previous.code.isEmpty {
                    previous.name += row.name
                    previous.lastY = line.yCenter
                    table.rows[table.rows.count - 1] = previous
                    continue
                }
            }
            if row.name.isEmpty && row.code.isEmpty && !row.hasAmounts { continue }
            table.rows.append(row)
        }
        return table
    }

    private func unitText(in line: PDFLine, from word: PDFWord) -> String? {
        guard let range = word.text.range(of: "单位：") ?? word.text.range(of: "单位:") else { return nil }
        var text = String(word.text[range.lowerBound...])
        if !text.contains("元"), let next = line.words.first(where: { $0.xMin > word.xMin && $0.text.contains("元") }) {
            text += next.text
        }
        return text.contains("元") ? text : nil
    }

    private func isCodePart(_ word: PDFWord, after codes: [PDFWord]) -> Bool {
        let text = word.text
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        if codes.isEmpty { return [3, 5, 7].contains(text.utf8.count) }
        return text.utf8.count == 2 && codes.map(\.text).joined().utf8.count < 7
    }

    private func updateCenters(
        _ centers: inout [Double?],
        nameX: inout Double?,
        rightLabelX: inout Double?,
        from words: [PDFWord]
    ) {
        let sorted = words.sorted { $0.xMin < $1.xMin }
        for (index, column) in spec.columns.enumerated() {
            let matches = sorted.filter { $0.text.contains(column.keyword) }
            if matches.indices.contains(column.occurrence) { centers[index] = matches[column.occurrence].xCenter }
        }
        if let name = sorted.first(where: { $0.text.contains(spec.nameKeyword) }) { nameX = name.xMin }
        if spec.style == .twoSided {
            let labels = sorted.filter { $0.text.contains(spec.rightLabelKeyword) }
            if labels.count >= 2 { rightLabelX = labels[1].xMin }
        }
    }

    private func nearestColumn(to word: PDFWord, centers: [Double?], rightLabelX: Double?) -> Int? {
        var best: (Int, Double)?
        for (index, center) in centers.enumerated() {
            guard let center else { continue }
            if spec.style == .twoSided, let split = rightLabelX {
                if spec.columns[index].isRightSide != (word.xCenter > split) { continue }
            }
            let distance = min(abs(word.xCenter - center), abs(word.xMax - center) + 1)
            if best == nil || distance < best!.1 { best = (index, distance) }
        }
        return best?.0
    }

    /// An amount as printed in a PDF table: `91,016,775.35`, `2,946.25`, `164978640`, `0`.
    static func amount(_ text: String) -> Amount? {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
            return nil
        }
        return Amount(text)
    }

    /// A dash standing for an empty cell.
    static func isBlankMark(_ text: String) -> Bool { ["-", "—", "－", "--", "——"].contains(text) }
}
