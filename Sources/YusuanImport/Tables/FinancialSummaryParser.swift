import YusuanCore

/// Reads 表一 财政拨款收支总表: income label and amount, expenditure label and four fund columns.
enum FinancialSummaryParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> FinancialSummaryTable {
        var lines: [FinancialSummaryLine] = []
        lines.reserveCapacity(chunk.rows.count)
        var inData = false
        for line in chunk.rows {
            let cells = TableCells(line, file: file, table: chunk.kind)
            if cells.cells.allSatisfy({ $0.isEmpty }) { continue }
            if !inData {
                inData = cells[0].has("本年收入") || cells[2].has("本年支出")
                if !inData { continue }
            }
            try cells.requireNothing(after: 6, columns: "收入项目, 预算数, 支出项目, 合计, 一般公共预算, 政府性基金预算, 国有资本经营预算")
            lines.append(
                FinancialSummaryLine(
                    incomeLabel: cells.text(0),
                    incomeAmount: try cells.amount(at: 1, column: "收入预算数"),
                    expenditureLabel: cells.text(2),
                    expenditure: FundSplit(
                        total: try cells.amount(at: 3, column: "支出合计"),
                        generalBudget: try cells.amount(at: 4, column: "一般公共预算"),
                        governmentFund: try cells.amount(at: 5, column: "政府性基金预算"),
                        stateCapital: try cells.amount(at: 6, column: "国有资本经营预算")
                    ),
                    line: line.number
                )
            )
        }
        guard !lines.isEmpty else {
            throw chunk.cutOff(file: file, expected: "the rows of 表一 starting with 一、本年收入")
        }
        return FinancialSummaryTable(header: chunk.header, lines: lines)
    }
}
