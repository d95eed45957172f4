import YusuanCore

/// Reads 表三: economic classification code, name, 总计, 人员经费, 日常公用经费.
enum EconomicTableParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> EconomicExpenditureTable {
        let coded = try CodedRows(
            chunk,
            file: file,
            isCode: { $0.isDigits },
            codeDescription: "an economic classification code (e.g. 30101)"
        )
        let start = coded.amountStart
        func row(_ cells: TableCells) throws -> EconomicRow {
            try cells.requireNothing(after: start + 2, columns: "科目编码, 科目名称, 总计, 人员经费, 日常公用经费")
            let isTotal = cells[0].isTotalLabel || cells[1].isTotalLabel
            return EconomicRow(
                code: isTotal ? "" : cells.text(0),
                name: isTotal ? "合计" : cells.text(1),
                total: try cells.amount(at: start, column: "总计"),
                personnel: try cells.amount(at: start + 1, column: "人员经费"),
                publicUse: try cells.amount(at: start + 2, column: "日常公用经费"),
                line: cells.line
            )
        }
        return EconomicExpenditureTable(
            header: chunk.header,
            totalRow: try coded.totalRow.map(row),
            rows: try coded.rows.map(row)
        )
    }
}
