import YusuanCore

/// Where each field of an indicator stands, read from the `绩效指标` header row of a performance table.
struct IndicatorColumns {
    var name: Int
    var weight: Int?
    var unit: Int?
    var operatorSymbol: Int?
    var value: Int?
    var isCore: Int?
    var count: Int

    /// Maps the header cells (`绩效指标 指标名称 指标权重 指标性质 指标值 计量单位 是否核心`).
    init?(header: CellRow) {
        var name: Int?
        for (index, cell) in header.enumerated() {
            if cell.isBytes("指标名称") || cell.isBytes("指标") || cell.isBytes("三级指标") {
                name = index
            } else if cell.has("权重") {
                weight = index
            } else if cell.has("计量单位") || cell.isBytes("单位") {
                unit = index
            } else if cell.has("指标性质") {
                operatorSymbol = index
            } else if cell.has("指标值") {
                value = index
            } else if cell.has("核心") {
                isCore = index
            }
        }
        guard let name else { return nil }
        self.name = name
        self.count = header.count
    }

    /// Maps the `绩效指标` header row of a performance table, or throws a located error when it names no
    /// indicator column.
    static func read(header row: TextLine, file: String) throws -> IndicatorColumns {
        guard let columns = IndicatorColumns(header: row.cells) else {
            throw ImportError(
                .malformedTable,
                file: file,
                line: row.number,
                expected: "the 绩效指标 header with a column 指标 or 指标名称",
                found: ImportError.quote(row.text.string)
            )
        }
        return columns
    }

    /// Reads an indicator row, repairing a row that lost its leading empty cell in extraction.
    func indicator(from line: TextLine, file: String, table: TableKind, arena: TextArena) throws
        -> PerformanceIndicator?
    {
        var cells = TableCells(line, file: file, table: table)
        if cells.cells.allSatisfy({ $0.isEmpty }) { return nil }
        if name > 0 && !cells[0].isEmpty, let weight, weight == name + 1, cells[1].amount != nil {
            // `电子政务外网高危漏洞个数	10	个	≤	0	` — the merged first cell's tab was lost.
            cells.cells = arena.row([.empty] + cells.cells.array)
        }
        try cells.requireNothing(after: count - 1, columns: "绩效指标 columns")
        let core: Bool?
        // 是 and 否 have no canonical equivalents, so comparing bytes gives the same answer as `==`.
        switch isCore.map({ cells[$0] }) ?? .empty {
        case let text where text.isBytes("是"): core = true
        case let text where text.isBytes("否"): core = false
        case let text where text.isEmpty: core = nil
        case let other:
            throw ImportError(
                .malformedTable,
                file: file,
                line: line.number,
                expected: "是 or 否 in column 是否核心",
                found: ImportError.quote(other.string)
            )
        }
        return PerformanceIndicator(
            name: cells.text(name),
            weight: try weight.flatMap { try cells.amount(at: $0, column: "指标权重") },
            operatorSymbol: operatorSymbol.map { IndicatorTexts.operatorSymbol(cells[$0]) } ?? "",
            value: value.map { cells.text($0) } ?? "",
            unit: unit.map { IndicatorTexts.unit(cells[$0]) } ?? "",
            isCore: core,
            line: line.number
        )
    }
}

extension TextLine {
    /// The non-empty cells after the label cell, joined (cells split by extraction are one text).
    func text(after labelIndex: Int = 0) -> String {
        TextSpan.joinedText(cells.dropFirst(labelIndex + 1))
    }
}
