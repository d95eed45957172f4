import Foundation
import YusuanCore

/// The lines under a Jiangsu table title, prepared for reading: the unit and 部门 lines read and taken out, the
/// notes (`注：…`, a note printed without its `注`, `（无政府性基金支出）`, and the `此表为空` mark of an empty table)
/// taken out, and cells whose text wraps above and below their amounts (`机关事业单位基本养老保险` / `30108 … 1,064.46`
/// / `缴费`) joined onto the amount's line. Page numbers are left out before (``isPageNumber(_:)``).
struct JiangsuBody {
    /// The lines of the table without its notes, unit and 部门 lines.
    private(set) var tableLines: [PDFLine] = []
    /// `此表为空` (when printed) and the notes under the table, one per line.
    private(set) var note: String?
    private(set) var noteLine: Int?
    private(set) var unitLine: String?
    private(set) var unit: AmountUnit?
    /// The department named on the unit line (`部门：江苏省人民检察院`, `部门名称：…`).
    private(set) var departmentName: String?

    init(lines: [PDFLine]) {
        var notes: [String] = []
        var inNote = false
        for line in lines {
            let text = line.compact
            if text == "此表为空" || text == "本表为空" {
                notes.insert(text, at: 0)
                noteLine = noteLine ?? line.number
                continue
            }
            if inNote || text.hasPrefix("注") || text.hasPrefix("备注") || text.hasPrefix("：") || text.hasPrefix(":")
                || text.hasPrefix("（无") || text.hasPrefix("(无")
            {
                notes.append(notes.isEmpty || !inNote ? text : (notes.popLast() ?? "") + text)
                noteLine = noteLine ?? line.number
                inNote = true
                continue
            }
            // The unit line (repeated on a continuation page).
            if let range = text.range(of: "单位：") ?? text.range(of: "单位:"), Self.isUnitLine(text, unitAt: range) {
                let unitText = String(text[range.lowerBound...])
                unitLine = unitLine ?? unitText
                unit = unit ?? AmountUnit(unitLine: unitText)
                departmentName = departmentName ?? Self.department(in: String(text[..<range.lowerBound]))
                continue
            }
            if departmentName == nil, tableLines.isEmpty, let name = Self.department(in: text) {
                departmentName = name
                continue
            }
            tableLines.append(line)
        }
        if !notes.isEmpty { note = notes.joined(separator: "\n") }
        tableLines = Self.joiningCentredCells(tableLines)
    }

    /// Whether a line is a unit line (`部门：… 单位：万元`): nothing but a 部门 label and name before the unit.
    static func isUnitLine(_ text: String, unitAt range: Range<String.Index>) -> Bool {
        let before = String(text[..<range.lowerBound])
        return (before.isEmpty || department(in: before) != nil) && text[range.upperBound...].contains("元")
    }

    /// The department after a `部门：`, `部门名称：` or `编制部门：` label (`部门：中共江苏省委办公厅`).
    static func department(in text: String) -> String? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        guard ["部门", "部门名称", "编制部门", "编制单位"].contains(text[..<colon]) else { return nil }
        let name = text[text.index(after: colon)...]
        return name.isEmpty ? nil : String(name)
    }

    /// A page number as printed at the foot or head of a page: `15`, `- 15 -`, `─ 7 ─`, `— 5 —`, `第 5 页`.
    static func isPageNumber(_ text: String) -> Bool {
        let digits = text.filter { !"-－—─–第页 ".contains($0) }
        return (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
            && (digits.count < text.count || text.count <= 3)
    }

    /// Joins text printed on the lines just above and below a line of amounts without text (a cell wrapped around
    /// its vertical centre) onto that line.
    static func joiningCentredCells(_ lines: [PDFLine]) -> [PDFLine] {
        func isTextOnly(_ line: PDFLine) -> Bool {
            line.words.allSatisfy { JiangsuCells.amount($0.text) == nil && !JiangsuCells.isBlankMark($0.text) }
        }
        func hasText(_ line: PDFLine) -> Bool {
            line.words.contains { word in word.text.unicodeScalars.contains { $0.value >= 0x4E00 } }
        }
        var result: [PDFLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if !hasText(line), line.words.contains(where: { JiangsuCells.amount($0.text) != nil }),
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
