import YusuanCore

/// Reads 表七 (function code rows) and 表九 (procurement categories A/B/C): code, name, 总计 and one column per
/// source of funds, the source columns named by the header.
enum SourceBreakdownParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> SourceBreakdownTable {
        let isProcurement = chunk.kind == .procurement
        let coded = try CodedRows(
            chunk,
            file: file,
            isCode: isProcurement ? { isProcurementCode($0) } : { $0.isDigits },
            codeDescription: isProcurement
                ? "a procurement category (A 货物, B 工程, C 服务)" : "a function classification code"
        )
        let start = coded.amountStart
        // A constant, so the row reader below reads it without a box and access checks.
        let sources: [String] = {
            guard let header = coded.headerRows.first(where: { $0.cells.contains { $0.isSameText(as: "总计") } })
            else { return SourceBreakdownTable.standardSourceColumns }
            return sourceColumns(header.cells.dropFirst(start + 1))
        }()
        func row(_ cells: TableCells) throws -> SourceBreakdownRow {
            try cells.requireNothing(
                after: start + sources.count,
                columns: (["编码", "名称", "总计"] + sources).joined(separator: ", ")
            )
            let isTotal = cells[0].isTotalLabel || cells[1].isTotalLabel
            var amounts: [Amount?] = []
            amounts.reserveCapacity(sources.count)
            for offset in sources.indices {
                amounts.append(try cells.amount(at: start + 1 + offset, column: sources[offset]))
            }
            return SourceBreakdownRow(
                code: isTotal ? "" : cells.text(0),
                name: isTotal ? "合计" : cells.text(1),
                total: try cells.amount(at: start, column: "总计"),
                sources: amounts,
                line: cells.line
            )
        }
        return SourceBreakdownTable(
            header: chunk.header,
            sourceColumns: sources,
            totalRow: try coded.totalRow.map(row),
            rows: try coded.rows.map(row)
        )
    }

    /// The texts of the non-empty header cells after 总计 (the standard columns when there are none): the shared
    /// ``SourceBreakdownTable/standardSourceColumns`` when the cells hold exactly their bytes, as the template's
    /// headers do, so that no string is made for them.
    static func sourceColumns(_ cells: CellRow.SubSequence) -> [String] {
        let standard = SourceBreakdownTable.standardSourceColumns
        var matched = 0
        var isStandard = true
        for cell in cells where !cell.isEmpty {
            guard matched < standard.count, cell.hasSameBytes(as: standard[matched]) else {
                isStandard = false
                break
            }
            matched += 1
        }
        if isStandard && (matched == standard.count || matched == 0) { return standard }
        var sources: [String] = []
        for cell in cells where !cell.isEmpty { sources.append(cell.string) }
        return sources.isEmpty ? standard : sources
    }

    /// `A`, `B`, `C`, or a 品目 code such as `A02` or `C0101`.
    static func isProcurementCode(_ text: some StringProtocol) -> Bool {
        isProcurementCode(text.utf8)
    }

    /// ``isProcurementCode(_:)`` read from the UTF-8 bytes.
    static func isProcurementCode(_ bytes: some Sequence<UInt8>) -> Bool {
        var rest = bytes.makeIterator()
        guard let first = rest.next(), (0x41...0x5A).contains(first) else { return false }
        while let byte = rest.next() { guard byte >= 0x30 && byte <= 0x39 else { return false } }
        return true
    }
}
