import YusuanCore

/// Reads one 部门决算 table of the published text layout (``FinalAccountTextImporter/Chunk``) by its
/// ``FinalAccountTableLayout``: the header lines up to the line of column headers, then one row per line. A cell
/// that is no amount, a row with more cells than the table has, or a missing header is an ``ImportError`` at its line.
struct FinalAccountTextTable {
    let chunk: FinalAccountTextImporter.Chunk
    let file: String

    func read() throws -> GenericTable {
        let (layout, dataStart) = try header()
        let header = TableHeader(
            caption: nil,
            title: chunk.title,
            unitLine: chunk.unitLine,
            note: chunk.note,
            line: chunk.titleLine,
            noteLine: chunk.noteLine,
            unit: chunk.unitLine.flatMap { AmountUnit(unitLine: $0) }
        )
        let lines = chunk.rows[dataStart...]
        var rows: [GenericRow] = []
        switch layout.shape {
        case .twoSided(let leftColumns):
            for (number, cells) in lines {
                let padded = try self.padded(cells, count: 2 + layout.columns.count, line: number, layout: layout)
                let left = padded[0]
                let right = padded[1 + leftColumns]
                let amounts =
                    try amounts(padded[1..<(1 + leftColumns)], line: number, layout: layout)
                    + amounts(padded[(2 + leftColumns)...], line: number, layout: layout)
                rows.append(
                    GenericRow(
                        code: "",
                        name: right.isEmpty ? left : left + " | " + right,
                        amounts: amounts,
                        line: number
                    )
                )
            }
        case .coded:
            for (number, cells) in lines {
                let padded = try self.padded(cells, count: 2 + layout.columns.count, line: number, layout: layout)
                let (code, name) = try label(padded[0], padded[1], line: number, layout: layout)
                rows.append(
                    GenericRow(
                        code: code,
                        name: name,
                        amounts: try amounts(padded[2...], line: number, layout: layout),
                        line: number
                    )
                )
            }
        case .sideBySide:
            rows = try sideBySide(lines, layout: layout)
        case .amountsOnly:
            for (number, cells) in lines {
                let padded = try self.padded(cells, count: layout.columns.count, line: number, layout: layout)
                rows.append(
                    GenericRow(
                        code: "",
                        name: "",
                        amounts: try amounts(padded[...], line: number, layout: layout),
                        line: number
                    )
                )
            }
        }
        return GenericTable(identifier: layout.identifier, header: header, columns: layout.columns, rows: rows)
    }

    /// The layout as the header shows it (a fund table with or without its carry-over columns) and the index of the
    /// first data line: the header lines end with the line of column headers; lines before it hold no amount.
    private func header() throws -> (FinalAccountTableLayout, Int) {
        let base = chunk.layout
        var candidates = [base]
        if base.isFundTable { candidates.append(base.with(columns: FinalAccountTableLayout.splitColumns)) }
        for (index, row) in chunk.rows.enumerated() {
            let cells = Array(row.cells.reversed().drop { $0.isEmpty }.reversed())
            if let layout = candidates.first(where: { $0.headerCells == cells }) { return (layout, index + 1) }
            if row.cells.contains(where: { Amount($0) != nil }) { break }
        }
        let line = chunk.rows.first?.number ?? chunk.titleLine
        let found = chunk.rows.first.map { ImportError.quote($0.cells.joined(separator: "\t")) } ?? "no header"
        throw ImportError(
            .malformedTable,
            file: file,
            line: line,
            expected: "the column headers of \(base.title) (\(base.headerCells.joined(separator: " | ")))",
            found: found
        )
    }

    /// The cells of a line, padded with blanks to `count`; extra cells must be blank.
    private func padded(_ cells: [String], count: Int, line: Int, layout: FinalAccountTableLayout) throws -> [String] {
        if cells.count > count, let extra = cells[count...].first(where: { !$0.isEmpty }) {
            throw ImportError(
                .malformedTable,
                file: file,
                line: line,
                expected: "at most \(count) cells in a row of \(layout.title)",
                found: "\(cells.count) cells (\(ImportError.quote(extra)) beyond the last column)"
            )
        }
        return Array(cells.prefix(count)) + Array(repeating: "", count: max(0, count - cells.count))
    }

    /// Amount cells: blank is nil, anything else must be an amount.
    private func amounts(_ cells: ArraySlice<String>, line: Int, layout: FinalAccountTableLayout) throws -> [Amount?] {
        try cells.map { text in
            guard !text.isEmpty else { return nil }
            guard let amount = Amount(text) else {
                throw ImportError(
                    .invalidAmount,
                    file: file,
                    line: line,
                    expected: "an amount or a blank cell in \(layout.title)",
                    found: ImportError.quote(text)
                )
            }
            return amount
        }
    }

    /// The code and name of a coded row: `201\t一般公共服务支出`, or a row without code (`\t合计` or `合计\t`).
    private func label(_ first: String, _ second: String, line: Int, layout: FinalAccountTableLayout) throws -> (
        String, String
    ) {
        if !first.isEmpty, first.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return (first, second) }
        if first.isEmpty { return ("", second) }
        if second.isEmpty { return ("", first) }
        throw ImportError(
            .malformedTable,
            file: file,
            line: line,
            expected: "a classification code (digits) in the first cell of a row of \(layout.title)",
            found: ImportError.quote(first)
        )
    }

    /// 人员经费 (left) and 公用经费 (right) side by side: the left rows, then the right rows, then the rows without a
    /// code (人员经费合计 | 公用经费合计), as the PDF import orders them.
    private func sideBySide(
        _ lines: ArraySlice<(number: Int, cells: [String])>,
        layout: FinalAccountTableLayout
    ) throws -> [GenericRow] {
        var left: [GenericRow] = []
        var right: [GenericRow] = []
        var totals: [GenericRow] = []
        for (number, cells) in lines {
            let padded = try self.padded(cells, count: 6, line: number, layout: layout)
            let personnel = try amounts(padded[2...2], line: number, layout: layout)[0]
            let publicUse = try amounts(padded[5...5], line: number, layout: layout)[0]
            if padded[0].isEmpty && padded[3].isEmpty {
                guard !(padded[1].isEmpty && padded[4].isEmpty && personnel == nil && publicUse == nil) else {
                    continue
                }
                let name = padded[4].isEmpty ? padded[1] : padded[1] + " | " + padded[4]
                totals.append(GenericRow(code: "", name: name, amounts: [personnel, publicUse], line: number))
                continue
            }
            if !padded[0].isEmpty || !padded[1].isEmpty || personnel != nil {
                let (code, name) = try label(padded[0], padded[1], line: number, layout: layout)
                try requireCode(code, line: number, layout: layout)
                left.append(GenericRow(code: code, name: name, amounts: [personnel, nil], line: number))
            }
            if !padded[3].isEmpty || !padded[4].isEmpty || publicUse != nil {
                let (code, name) = try label(padded[3], padded[4], line: number, layout: layout)
                try requireCode(code, line: number, layout: layout)
                right.append(GenericRow(code: code, name: name, amounts: [nil, publicUse], line: number))
            }
        }
        return left + right + totals
    }

    private func requireCode(_ code: String, line: Int, layout: FinalAccountTableLayout) throws {
        guard code.isEmpty else { return }
        throw ImportError(
            .malformedTable,
            file: file,
            line: line,
            expected: "an economic classification code on both sides of a row of \(layout.title), or on neither (合计)",
            found: "a code on one side only"
        )
    }
}
