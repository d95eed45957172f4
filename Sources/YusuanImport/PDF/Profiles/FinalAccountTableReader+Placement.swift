import Foundation
import YusuanCore

/// Where the amounts of a 部门决算 table go, and how certain that is (docs/PDF.md, “Tables not read with certainty”).
extension FinalAccountTableReader {
    /// Where a word goes among positions (row anchors, column centres).
    struct Placement {
        var index: Int
        var runnerUp: Int?
        var isCertain: Bool
    }

    /// How much nearer the nearest position must be than the runner-up for a placement to be certain: at most
    /// two thirds of its distance, so a word in the middle fifth between two positions is uncertain.
    static let certainRatio = 2.0 / 3.0

    /// The position nearest to `value`, the runner-up, and whether the nearest is certain; nil without positions.
    static func nearest(_ value: Double, among positions: [Double]) -> Placement? {
        var best: (index: Int, distance: Double)?
        var second: (index: Int, distance: Double)?
        for (index, position) in positions.enumerated() {
            let distance = abs(value - position)
            if distance < (best?.distance ?? .infinity) {
                second = best
                best = (index, distance)
            } else if distance < (second?.distance ?? .infinity) {
                second = (index, distance)
            }
        }
        guard let best else { return nil }
        guard let second else { return Placement(index: best.index, runnerUp: nil, isCertain: true) }
        return Placement(
            index: best.index,
            runnerUp: second.index,
            isCertain: best.distance <= certainRatio * second.distance
        )
    }

    /// A cell to fill: the amount word, its value, its row and column and whether both are certain.
    struct CellAmount {
        var word: PlacedWord
        var value: Amount
        var row: Placement
        var column: Placement
        var isCertain: Bool { row.isCertain && column.isCertain }
    }

    /// Fills the cells of `rows`: certain amounts first, then uncertain ones, each reported and put in the nearer of
    /// its two candidate cells that is free. Two different certain amounts in one cell are an error; an uncertain
    /// amount with no free candidate cell is reported and left out of the table (its text is in the report).
    func fill(
        _ cells: [CellAmount],
        into rows: inout [PDFReadRow],
        rowName: (Int) -> String,
        uncertainties: inout [FinalAccountUncertainty]
    ) throws {
        for cell in cells.sorted(by: { $0.isCertain && !$1.isCertain }) {
            let column = spec.columns[cell.column.index].name
            guard cell.isCertain else {
                uncertainties.append(uncertainty(of: cell, rowName: rowName))
                var candidates = [(cell.row.index, cell.column.index)]
                if !cell.row.isCertain, let other = cell.row.runnerUp { candidates.append((other, cell.column.index)) }
                if !cell.column.isCertain, let other = cell.column.runnerUp {
                    candidates.append((cell.row.index, other))
                }
                if let free = candidates.first(where: { rows[$0.0].amounts[$0.1] == nil }) {
                    rows[free.0].amounts[free.1] = cell.value
                } else {
                    uncertainties.append(
                        FinalAccountUncertainty(
                            line: cell.word.line,
                            reason: "金额 \(cell.word.text) 所在的格（\(rowName(cell.row.index))“\(column)”列）已有金额，未计入表中",
                            reasonEnglish: "the amount \(cell.word.text) falls in a filled cell "
                                + "(\(rowName(cell.row.index)), column \(column)) and is left out of the table"
                        )
                    )
                }
                continue
            }
            if let existing = rows[cell.row.index].amounts[cell.column.index] {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: cell.word.line,
                    expected: "one amount per cell of \(spec.titleSuffix) (\(column))",
                    found:
                        "\(cell.word.text) beside \(existing.plainText) in the row of line \(rows[cell.row.index].line)"
                )
            }
            rows[cell.row.index].amounts[cell.column.index] = cell.value
        }
    }

    func uncertainty(of cell: CellAmount, rowName: (Int) -> String) -> FinalAccountUncertainty {
        let column = spec.columns[cell.column.index].name
        if !cell.row.isCertain, let other = cell.row.runnerUp {
            return FinalAccountUncertainty(
                line: cell.word.line,
                reason: "“\(column)”列的金额 \(cell.word.text) 位于“\(rowName(cell.row.index))”与“\(rowName(other))”两行之间，"
                    + "无法确定所属行",
                reasonEnglish: "the amount \(cell.word.text) in column \(column) stands between the rows "
                    + "\(rowName(cell.row.index)) and \(rowName(other)): its row is not certain"
            )
        }
        let other = cell.column.runnerUp.map { spec.columns[$0].name } ?? ""
        return FinalAccountUncertainty(
            line: cell.word.line,
            reason: "金额 \(cell.word.text)（\(rowName(cell.row.index))）位于“\(column)”与“\(other)”两列之间，无法确定所属列",
            reasonEnglish: "the amount \(cell.word.text) (\(rowName(cell.row.index))) stands between the columns "
                + "\(column) and \(other): its column is not certain"
        )
    }

    /// Amounts no column could be found for (the header shows none): reported, not placed.
    func unplaced(_ words: [PlacedWord]) -> FinalAccountUncertainty? {
        guard let first = words.first else { return nil }
        let texts = words.map(\.text).joined(separator: "、")
        return FinalAccountUncertainty(
            line: first.line,
            reason: "表头中未找到金额列，金额 \(texts) 无法归入任何一列，未计入表中",
            reasonEnglish: "the header shows no amount column: the amounts \(texts) are left out of the table"
        )
    }
}
