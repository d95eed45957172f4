import Foundation
import YusuanCore

/// Reads a Jiangsu table of one row of amounts under a header of several levels (支出预算总表, “三公”经费、会议费、
/// 培训费支出预算表): the columns come from the header's geometry (``JiangsuHeaderGrid``), matched to the table's
/// columns by their words, and each amount goes to the column whose header it stands under — or, standing in the
/// gap between two headers, to the one of them no other amount stands under. A blank cell, a `0` or a `-` moves
/// nothing. An amount that cannot be placed with certainty is not guessed: the table is kept as printed (one row per
/// amount, named by the header(s) it stands under or between) with a ``JiangsuReadingProblem``.
struct JiangsuSingleRowReader {
    let table: JiangsuTable

    func read(_ body: JiangsuBody) -> JiangsuRead {
        let lines = body.tableLines
        let names = table.columns.map(\.name)
        guard let first = lines.firstIndex(where: { $0.words.contains { JiangsuCells.amount($0.text) != nil } }) else {
            return JiangsuRead(columns: names, rows: [])
        }
        let grid = JiangsuHeaderGrid(headerLines: Array(lines[..<first]))
        let matched = grid.match(table.columns)
        let words = lines[first...].flatMap(\.words).filter { JiangsuCells.amount($0.text) != nil }
        let line = lines[first].number
        func header(_ index: Int) -> String { grid.columns[index].text }
        switch grid.place(words) {
        case .success(let columns):
            var amounts: [Amount?] = Array(repeating: nil, count: names.count)
            for (word, column) in zip(words, columns) {
                guard let expected = matched.firstIndex(where: { $0 == column }) else {
                    return kept(
                        words,
                        grid: grid,
                        problem: JiangsuReadingProblem(
                            reason: "金额 \(word.text) 所在列的表头“\(header(column))”不是本表的列",
                            reasonEnglish:
                                "the amount \(word.text) stands under the header \(header(column)), which is "
                                + "none of the table's columns (\(names.joined(separator: ", ")))",
                            line: line
                        )
                    )
                }
                amounts[expected] = JiangsuCells.amount(word.text)
            }
            return JiangsuRead(columns: names, rows: [GenericRow(code: "", name: "", amounts: amounts, line: line)])
        case .failure(let unplaced):
            let candidates = unplaced.candidates.map { "“\(header($0))”" }
            let problem: JiangsuReadingProblem
            if unplaced.shared {
                problem = JiangsuReadingProblem(
                    reason: "\(candidates.joined(separator: "、"))列表头下有不止一个金额（\(unplaced.word.text) 等），无法确定各自所属列",
                    reasonEnglish: "more than one amount (\(unplaced.word.text) …) stands under the header "
                        + unplaced.candidates.map(header).joined(separator: ", ") + ": their columns cannot be told",
                    line: line
                )
            } else if unplaced.candidates.count > 1 {
                problem = JiangsuReadingProblem(
                    reason: "金额 \(unplaced.word.text) 位于\(candidates.joined(separator: "与"))两列表头之间或之下，无法确定所属列",
                    reasonEnglish: "the amount \(unplaced.word.text) stands between or under the headers "
                        + unplaced.candidates.map(header).joined(separator: " and ") + ": its column cannot be told",
                    line: line
                )
            } else {
                problem = JiangsuReadingProblem(
                    reason: "金额 \(unplaced.word.text) 不在任何列的表头之下",
                    reasonEnglish: "the amount \(unplaced.word.text) stands under no column header",
                    line: line
                )
            }
            return kept(words, grid: grid, problem: problem)
        }
    }

    /// The table as printed when its columns cannot be told: one row per amount, named by the header it stands
    /// under, or the two it stands between (`合计 / 基本支出`).
    private func kept(_ words: [PDFWord], grid: JiangsuHeaderGrid, problem: JiangsuReadingProblem) -> JiangsuRead {
        let rows = words.sorted { $0.xMin < $1.xMin }.map { word in
            let name: String
            switch grid.placement(of: word) {
            case .under(let column): name = grid.columns[column].text
            case .across(let columns): name = columns.map { grid.columns[$0].text }.joined(separator: " / ")
            case .between(let left, let right):
                name = [left, right].compactMap { $0 }.map { grid.columns[$0].text }.joined(separator: " / ")
            }
            return GenericRow(code: "", name: name, amounts: [JiangsuCells.amount(word.text)], line: problem.line)
        }
        return JiangsuRead(columns: ["金额"], rows: rows, problem: problem)
    }
}
