import Foundation
import YusuanCore

/// Reads a Jiangsu table of classification codes, names and one amount column (财政拨款支出预算表（功能科目）,
/// 基本支出 by 经济科目, 一般公共预算 tables, 政府性基金, 机关运行经费): the header names the code column (`科目编码`,
/// `功能科目代码`) and the name column (`科目名称`); a row is a code (`2040401`, or `204  04  01` printed in three
/// columns) with its name and amount, or the 合计 row (`合   计`). A name wrapped onto the next line continues its
/// row; the header repeated on a later page is skipped. The table has one amount column, so an amount cannot stand in
/// the wrong one; a line with two amounts, or an amount beside neither a code nor 合计, is a
/// ``JiangsuReadingProblem`` (nothing is guessed).
struct JiangsuCodedReader {
    let table: JiangsuTable
    let file: String

    struct Row {
        var code: String
        var name: String
        var amount: Amount?
        var line: Int
        var page: Int
        var lastY: Double
    }

    struct Result {
        var total: Row?
        var rows: [Row]
        var problem: JiangsuReadingProblem?

        /// The rows as a generic table's (the 合计 row first, without a code).
        var genericRows: [GenericRow] {
            (total.map { [$0] } ?? []).map { GenericRow(code: "", name: $0.name, amounts: [$0.amount], line: $0.line) }
                + rows.map { GenericRow(code: $0.code, name: $0.name, amounts: [$0.amount], line: $0.line) }
        }
    }

    private static func isHeader(_ line: PDFLine) -> Bool {
        let text = line.compact
        return (text.contains("编码") || text.contains("代码")) && text.contains("名称")
    }

    func read(_ body: JiangsuBody) throws -> Result {
        let lines = body.tableLines
        var result = Result(total: nil, rows: [])
        guard let headerIndex = lines.firstIndex(where: Self.isHeader) else {
            if lines.contains(where: { $0.words.contains { JiangsuCells.amount($0.text) != nil } }) {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: lines.first?.number ?? 1,
                    expected: "the column headers of \(table.title) (科目编码, 科目名称, \(table.columns[0].name))",
                    found: ImportError.quote(lines.prefix(2).map(\.spaced).joined(separator: " "))
                )
            }
            // An empty table printed without its header: its 合计 line, if any.
            if let line = lines.first(where: { Self.isTotal($0.compact) }) {
                result.total = Row(
                    code: "",
                    name: "合计",
                    amount: nil,
                    line: line.number,
                    page: line.page,
                    lastY: line.yCenter
                )
            }
            return result
        }
        let nameX = lines[headerIndex].words.first { $0.text.contains("名称") }?.xMin ?? .infinity
        for line in lines[(headerIndex + 1)...] {
            if Self.isHeader(line) { continue }
            var codes: [PDFWord] = []
            var amounts: [PDFWord] = []
            var texts: [PDFWord] = []
            for word in line.words {
                if texts.isEmpty, amounts.isEmpty, word.xMax <= nameX + 2, isCodePart(word, after: codes) {
                    codes.append(word)
                } else if JiangsuCells.amount(word.text) != nil, word.xMin > nameX {
                    amounts.append(word)
                } else if !JiangsuCells.isBlankMark(word.text) {
                    texts.append(word)
                }
            }
            let name = texts.map(\.text).joined()
            if amounts.count > 1 {
                result.problem =
                    result.problem
                    ?? JiangsuReadingProblem(
                        reason:
                            "一行有\(amounts.count)个金额（\(amounts.map(\.text).joined(separator: "、"))），而本表只有“\(table.columns[0].name)”一列",
                        reasonEnglish:
                            "a line holds \(amounts.count) amounts (\(amounts.map(\.text).joined(separator: ", "))), "
                            + "but the table has one amount column \(table.columns[0].name)",
                        line: line.number
                    )
            }
            let amount = amounts.first.flatMap { JiangsuCells.amount($0.text) }
            let row = Row(
                code: codes.map(\.text).joined(),
                name: name,
                amount: amount,
                line: line.number,
                page: line.page,
                lastY: line.yCenter
            )
            if !codes.isEmpty {
                result.rows.append(row)
            } else if Self.isTotal(name) {
                result.total = Row(
                    code: "",
                    name: name,
                    amount: amount,
                    line: line.number,
                    page: line.page,
                    lastY: line.yCenter
                )
            } else if amount == nil, !name.isEmpty, let previous = result.rows.last, previous.page == line.page,
                line.yCenter - previous.lastY < (line.words.map(\.height).max() ?? 10) * 1.9
            {
                // A name wrapped onto the next line.
                result.rows[result.rows.count - 1].name += name
                result.rows[result.rows.count - 1].lastY = line.yCenter
            } else if amount == nil, name.isEmpty {
                continue
            } else if amount == nil, result.rows.isEmpty, result.total == nil {
                continue  // header text above the first row
            } else {
                result.problem =
                    result.problem
                    ?? JiangsuReadingProblem(
                        reason: amount == nil
                            ? "“\(name)”一行既无科目编码也无金额，无法确定所属行"
                            : "金额 \(amounts[0].text) 所在行没有科目编码，也不是合计行",
                        reasonEnglish: amount == nil
                            ? "the line \(name) has neither a code nor an amount: its row cannot be told"
                            : "the amount \(amounts[0].text) stands on a line with neither a code nor 合计",
                        line: line.number
                    )
                result.rows.append(row)
            }
        }
        return result
    }

    /// `合计`, `合   计`, `总计`.
    static func isTotal(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        return compact.hasSuffix("合计") || compact.hasSuffix("总计")
    }

    /// A code as printed: a 类 (3 digits), 款 (5) or 项 (7) code, or the 类/款/项 parts in three columns
    /// (`204  04  01`).
    private func isCodePart(_ word: PDFWord, after codes: [PDFWord]) -> Bool {
        let text = word.text
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        if codes.isEmpty { return [3, 5, 7].contains(text.utf8.count) }
        return text.utf8.count == 2 && codes.map(\.text).joined().utf8.count < 7
    }
}
