import YusuanCore

/// Reads 表六 部门收支总表: income source and amount, expenditure class and amount.
enum DepartmentSummaryParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> DepartmentSummaryTable {
        var lines: [DepartmentSummaryLine] = []
        lines.reserveCapacity(chunk.rows.count)
        for line in chunk.rows {
            let cells = TableCells(line, file: file, table: chunk.kind)
            if cells.cells.allSatisfy({ $0.isEmpty }) { continue }
            if lines.isEmpty
                && !(cells[0].isTotalLabel || cells[1].amount != nil || cells[3].amount != nil)
            {
                continue  // header rows: 收入 支出 / 项目 预算数 项目 预算数
            }
            try cells.requireNothing(after: 3, columns: "收入项目, 预算数, 支出项目, 预算数")
            lines.append(
                DepartmentSummaryLine(
                    incomeLabel: cells.text(0),
                    incomeAmount: try cells.amount(at: 1, column: "收入预算数"),
                    expenditureLabel: cells.text(2),
                    expenditureAmount: try cells.amount(at: 3, column: "支出预算数"),
                    line: line.number
                )
            )
        }
        guard !lines.isEmpty else {
            throw chunk.cutOff(file: file, expected: "the rows of 表六 starting with 合计")
        }
        return DepartmentSummaryTable(header: chunk.header, lines: lines)
    }
}
