import YusuanCore

/// The rows of a table keyed by a code in its first column (表二, 三, 五, 七, 八, 九): header rows, the 合计
/// row, and the coded rows, with names that wrapped onto a following line joined back.
struct CodedRows {
    var headerRows: [TableCells] = []
    var totalRow: TableCells?
    var rows: [TableCells] = []
    /// Whether the 合计 label stood in the code column.
    var totalLabelInCodeColumn = true
    /// The index of the first amount column (the 总计 column of the header).
    var amountStart = 2

    /// Reads the rows of a chunk.
    ///
    /// - Parameters:
    ///   - isCode: whether a first cell is a code of this table (`2010301`, `30101`, `A`).
    ///   - codeDescription: how to describe a code in an error (`a function classification code`).
    init(_ chunk: TableChunk, file: String, isCode: (TextSpan) -> Bool, codeDescription: String) throws {
        rows.reserveCapacity(chunk.rows.count)
        // Room for the usual one to three header rows, so the array is not grown row by row.
        headerRows.reserveCapacity(4)
        for line in chunk.rows {
            let cells = TableCells(line, file: file, table: chunk.kind)
            if cells.cells.allSatisfy({ $0.isEmpty }) { continue }
            let first = cells[0]
            if isCode(first) {
                rows.append(cells)
            } else if first.isTotalLabel || (first.isEmpty && cells[1].isTotalLabel) {
                if let earlier = totalRow {
                    throw ImportError(
                        .malformedTable,
                        file: file,
                        line: line.number,
                        expected: "one 合计 row in \(chunk.kind.caption)",
                        found: "a second one (the first is at line \(earlier.line))"
                    )
                }
                totalLabelInCodeColumn = first.isTotalLabel
                totalRow = cells
            } else if totalRow == nil && rows.isEmpty {
                headerRows.append(cells)
                if let index = cells.cells.firstIndex(where: { $0.isBytes("总计") || $0.isBytes("合计") }) {
                    amountStart = index
                }
            } else if first.isEmpty && !cells[1].isEmpty && cells.isBlank(from: 2), let last = rows.indices.last {
                // A name wrapped onto the next line: `2080506	机关事业单位职业年金缴	99.99` / `	费支出`.
                var joined = rows[last].cells.array
                joined[1] = chunk.arena.joined(joined[1], cells[1])
                rows[last].cells = chunk.arena.row(joined)
            } else if headerRows.contains(where: { $0.cells.hasSameTexts(as: cells.cells) }) {
                continue  // a header repeated after a page break
            } else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: line.number,
                    expected: "a row of \(chunk.kind.caption) starting with \(codeDescription) or 合计",
                    found: ImportError.quote(line.text.string)
                )
            }
        }
        if totalRow == nil && rows.isEmpty {
            throw ImportError(
                .truncated,
                file: file,
                line: chunk.lastLine,
                expected: "the rows of \(chunk.kind.caption) \(chunk.title) (at least its 合计 row)",
                found: headerRows.isEmpty ? "no rows (the table is cut off)" : "only its header"
            )
        }
    }
}
