import YusuanCore

/// Reads 表四 “三公”经费支出表: three header rows and one row of six amounts.
enum ThreePublicParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> ThreePublicTable {
        var yearLabel: String?
        var amounts: ThreePublicAmounts?
        var amountLine: Int?
        for line in chunk.rows {
            let cells = TableCells(line, file: file, table: chunk.kind)
            if cells.cells.allSatisfy({ $0.isEmpty }) { continue }
            let first = cells[0]
            if amounts == nil && (first.isEmpty || first.amount == nil)
                && !cells.cells.contains(where: { $0.amount != nil })
            {
                if yearLabel == nil && first.has("年") { yearLabel = first.string }
                continue
            }
            if let earlier = amountLine {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: line.number,
                    expected: "one row of amounts in 表四",
                    found: "a second one (the first is at line \(earlier))"
                )
            }
            try cells.requireNothing(after: 5, columns: ThreePublicAmounts.columnNames.joined(separator: ", "))
            let names = ThreePublicAmounts.columnNames
            amounts = ThreePublicAmounts(
                total: try cells.amount(at: 0, column: names[0]),
                abroad: try cells.amount(at: 1, column: names[1]),
                vehicleSubtotal: try cells.amount(at: 2, column: names[2]),
                vehiclePurchase: try cells.amount(at: 3, column: names[3]),
                vehicleOperation: try cells.amount(at: 4, column: names[4]),
                reception: try cells.amount(at: 5, column: names[5])
            )
            amountLine = line.number
        }
        guard let amounts else {
            throw chunk.cutOff(file: file, expected: "a row of amounts under the header of 表四 (合计, 因公出国（境）费, …)")
        }
        return ThreePublicTable(header: chunk.header, yearLabel: yearLabel, amounts: amounts, line: amountLine)
    }
}
