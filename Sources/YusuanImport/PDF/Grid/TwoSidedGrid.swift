import Foundation
import YusuanCore

/// A rebuilt two-sided table (收支总表, 财政拨款收支总表): income labels and amounts on the left, expenditure labels
/// and amounts on the right, one printed line each.
struct TwoSidedGrid {
    struct Line {
        var leftLabel: String
        var leftAmount: Amount?
        var rightLabel: String
        var rightAmounts: FundSplit
        var line: Int
    }

    var lines: [Line] = []

    /// Nil when the table does not have two label columns with an amount column on each side, or, with
    /// `fundColumns`, when the right side does not print the 一般公共预算, 政府性基金 and 国有资本经营 columns (a missing
    /// column is not a blank one).
    init?(grid: GridTable, meanings: [ColumnMeaning], year: Int, fundColumns: Bool) {
        let labels = meanings.indices.filter { meanings[$0].kind == .name }
        guard labels.count == 2 else { return nil }
        let left = meanings.indices.filter { $0 > labels[0] && $0 < labels[1] && meanings[$0].kind == .amount }
        let right = meanings.indices.filter { $0 > labels[1] && meanings[$0].kind == .amount }
        func thisYear(_ columns: [Int]) -> [Int] {
            let matching = columns.filter { meanings[$0].years.isEmpty || meanings[$0].years.contains(year) }
            return matching.isEmpty ? columns : matching
        }
        let leftColumns = thisYear(left)
        let rightColumns = thisYear(right)
        guard
            let leftAmount = leftColumns.count == 1
                ? leftColumns[0] : leftColumns.first(where: { meanings[$0].isTotal }),
            !rightColumns.isEmpty
        else { return nil }
        let general = rightColumns.first { meanings[$0].isGeneralBudget }
        let fund = rightColumns.first { meanings[$0].isGovernmentFund }
        let capital = rightColumns.first { meanings[$0].isStateCapital }
        if fundColumns && (general == nil || fund == nil || capital == nil) { return nil }
        let others = rightColumns.filter { ![general, fund, capital].contains($0) }
        guard let total = others.count == 1 ? others[0] : others.first(where: { meanings[$0].isTotal }) else {
            return nil
        }
        for row in grid.rows {
            lines.append(
                Line(
                    leftLabel: row.text(labels[0]),
                    leftAmount: row.amount(leftAmount),
                    rightLabel: row.text(labels[1]),
                    rightAmounts: FundSplit(
                        total: row.amount(total),
                        generalBudget: row.amount(general),
                        governmentFund: row.amount(fund),
                        stateCapital: row.amount(capital)
                    ),
                    line: row.line
                )
            )
        }
    }
}
