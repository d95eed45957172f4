import Foundation
import YusuanCore

/// The lines under a Jiangsu table title, prepared for reading: page numbers dropped, the notes (`注：…`, a note
/// printed without its `注`, and the `此表为空` mark of an empty table) taken out, and cells whose text wraps above
/// and below their amounts (`机关事业单位基本养老保险` / `30108 … 1,064.46` / `缴费`) joined onto the amount's line.
struct JiangsuBody {
    /// The lines of the table without its notes (the unit line included).
    private(set) var tableLines: [PDFLine] = []
    /// `此表为空` (when printed) and the notes under the table, one per line.
    private(set) var note: String?
    private(set) var noteLine: Int?
    private(set) var unitLine: String?
    private(set) var unit: AmountUnit?
    /// The department named on the unit line (`部门：江苏省人民检察院`).
    private(set) var departmentName: String?

    init(lines: [PDFLine]) {
        var notes: [String] = []
        var inNote = false
        for line in lines {
            let text = line.compact
            if line.words.count == 1, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) { continue }  // page number
            if text == "此表为空" || text == "本表为空" {
                notes.insert(text, at: 0)
                noteLine = noteLine ?? line.number
                continue
            }
            if inNote || text.hasPrefix("注") || text.hasPrefix("备注") || text.hasPrefix("：") || text.hasPrefix(":") {
                notes.append(notes.isEmpty || !inNote ? text : (notes.popLast() ?? "") + text)
                noteLine = noteLine ?? line.number
                inNote = true
                continue
            }
            if let index = line.words.firstIndex(where: { $0.text.contains("单位：") || $0.text.contains("单位:") }) {
                let word = line.words[index].text
                if let range = word.range(of: "单位：") ?? word.range(of: "单位:") {
                    unitLine = String(word[range.lowerBound...])
                    unit = AmountUnit(unitLine: unitLine!)
                }
                if let label = line.words.firstIndex(where: {
                    $0.text.hasPrefix("部门") && ($0.text.hasSuffix("：") || $0.text.hasSuffix(":"))
                }),
                    label + 1 < index
                {
                    departmentName = line.words[(label + 1)..<index].map(\.text).joined()
                }
            }
            tableLines.append(line)
        }
        if !notes.isEmpty { note = notes.joined(separator: "\n") }
        tableLines = Self.joiningCentredCells(tableLines)
    }

    /// Joins text printed on the lines just above and below a line of amounts without text (a cell wrapped around
    /// its vertical centre) onto that line.
    static func joiningCentredCells(_ lines: [PDFLine]) -> [PDFLine] {
        func isTextOnly(_ line: PDFLine) -> Bool {
            line.words.allSatisfy { PDFTableReader.amount($0.text) == nil && !PDFTableReader.isBlankMark($0.text) }
        }
        func hasText(_ line: PDFLine) -> Bool {
            line.words.contains { word in word.text.unicodeScalars.contains { $0.value >= 0x4E00 } }
        }
        var result: [PDFLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if !hasText(line), line.words.contains(where: { PDFTableReader.amount($0.text) != nil }),
                let last = result.last,
                index + 1 < lines.count
            {
                let next = lines[index + 1]
                let height = line.words.map(\.height).max() ?? 10
                if isTextOnly(last), isTextOnly(next), last.page == line.page, next.page == line.page,
                    line.yCenter - last.yCenter < height * 1.1, next.yCenter - line.yCenter < height * 1.1
                {
                    // The wrapped name becomes one word on the amount line, read top to bottom.
                    let parts = last.words + next.words
                    let name = PDFWord(
                        text: parts.map(\.text).joined(),
                        xMin: parts.map(\.xMin).min() ?? 0,
                        yMin: line.words[0].yMin,
                        xMax: parts.map(\.xMax).max() ?? 0,
                        yMax: line.words[0].yMax,
                        page: line.page
                    )
                    let words = (line.words + [name]).sorted { $0.xMin < $1.xMin }
                    line = PDFLine(number: line.number, page: line.page, words: words)
                    result.removeLast()
                    result.append(line)
                    index += 2
                    continue
                }
            }
            result.append(line)
            index += 1
        }
        return result
    }
}
