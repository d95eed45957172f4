import YusuanCore

/// Reads typed values out of the cells of one table row, with errors that name the file, line and column.
struct TableCells {
    var cells: CellRow
    var line: Int
    var file: String
    var table: TableKind

    init(_ line: TextLine, file: String, table: TableKind) {
        self.cells = line.cells
        self.line = line.number
        self.file = file
        self.table = table
    }

    subscript(index: Int) -> TextSpan { index < cells.count ? cells[index] : .empty }

    /// The cell as a `String` for the model (empty when absent).
    func text(_ index: Int) -> String { index < cells.count ? cells[index].string : "" }

    /// Whether every cell from `index` on is empty.
    func isBlank(from index: Int) -> Bool {
        index >= cells.count || cells[index...].allSatisfy { $0.isEmpty }
    }

    /// The amount in a cell: nil when blank, an error when the cell holds anything but a number (`column` names the
    /// column in the error; it is made only then).
    ///
    /// Inlined, so that the caller's column name is neither captured nor retained for the cells that hold amounts.
    @inline(__always)
    func amount(at index: Int, column: @autoclosure () -> String) throws -> Amount? {
        let text = self[index]
        if text.isEmpty { return nil }
        if let amount = text.amount { return amount }
        throw invalidAmount(at: index, column: column())
    }

    /// The error for a cell that holds something other than an amount.
    private func invalidAmount(at index: Int, column: String) -> ImportError {
        ImportError(
            .invalidAmount,
            file: file,
            line: line,
            expected:
                "an amount such as 967.73 or 2,829.73 in column \(column) of \(table.caption) (column \(index + 1))",
            found: ImportError.quote(self[index].string)
        )
    }

    /// Fails when a cell after the last expected column holds a value (`columns` names them in the error; it is
    /// made only then). Inlined like ``amount(at:column:)``.
    @inline(__always)
    func requireNothing(after lastIndex: Int, columns: @autoclosure () -> String) throws {
        guard cells.count > lastIndex + 1 else { return }
        for index in (lastIndex + 1)..<cells.count where !cells[index].isEmpty {
            throw unexpectedValue(at: index, lastIndex: lastIndex, columns: columns())
        }
    }

    /// The error for a value after the last expected column.
    private func unexpectedValue(at index: Int, lastIndex: Int, columns: String) -> ImportError {
        ImportError(
            .malformedTable,
            file: file,
            line: line,
            expected: "\(lastIndex + 1) columns in \(table.caption) (\(columns))",
            found: "a value \(ImportError.quote(cells[index].string)) in column \(index + 1)"
        )
    }
}

extension StringProtocol {
    /// Whether the text is a run of ASCII digits.
    var isDigits: Bool { !isEmpty && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the text is a 合计/总计 label (spaces and quotation marks aside).
    var isTotalLabel: Bool {
        guard !isEmpty, utf8.count <= 12 else { return false }
        return withTextSpan { TableTitles.normalized($0, equals: "合计") || TableTitles.normalized($0, equals: "总计") }
    }
}

extension TextSpan {
    /// Whether the text is a 合计/总计 label (spaces and quotation marks aside).
    var isTotalLabel: Bool {
        guard !isEmpty, count <= 12 else { return false }
        // 合 starts with E5 and 总 with E6: a first byte that is neither, and that matching does not ignore, is
        // compared with them first and settles the answer (most cells: numbers, codes, other words).
        let first = self[0]
        if first != 0xE5 && first != 0xE6 && TableTitles.ignoredWidth(self, at: 0) == 0 { return false }
        return TableTitles.normalized(self, equals: "合计") || TableTitles.normalized(self, equals: "总计")
    }
}
