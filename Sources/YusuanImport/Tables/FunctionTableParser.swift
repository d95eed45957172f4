import YusuanCore

/// Reads 表二, 表五 and 表八: function classification code, name, 总计, 基本支出, 项目支出.
enum FunctionTableParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> (table: FunctionExpenditureTable, layout: CodedRows)
    {
        let coded = try CodedRows(
            chunk,
            file: file,
            isCode: { $0.isDigits },
            codeDescription: "a function classification code (e.g. 2010301)"
        )
        let start = coded.amountStart
        func row(_ cells: TableCells) throws -> FunctionRow {
            try cells.requireNothing(after: start + 2, columns: "科目编码, 科目名称, 总计, 基本支出, 项目支出")
            let split = ExpenditureSplit(
                total: try cells.amount(at: start, column: "总计"),
                basic: try cells.amount(at: start + 1, column: "基本支出"),
                project: try cells.amount(at: start + 2, column: "项目支出")
            )
            let isTotal = cells[0].isTotalLabel || cells[1].isTotalLabel
            return FunctionRow(
                code: isTotal ? "" : cells.text(0),
                name: isTotal ? "合计" : cells.text(1),
                amounts: split,
                line: cells.line
            )
        }
        let table = FunctionExpenditureTable(
            header: chunk.header,
            totalRow: try coded.totalRow.map(row),
            rows: try coded.rows.map(row)
        )
        return (table, coded)
    }
}
