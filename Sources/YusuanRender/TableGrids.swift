import YusuanCore

/// Lays out the tables of a disclosure as ``TableGrid``s, in template order, with the same rows and cells
/// as the published text layout (``PublishedTextRenderer``) and the merges of the official template.
public enum TableGrids {
    /// Every table present, in template order; 表十一 gives one grid per project; the tables of other templates
    /// (``DisclosureTables/additionalTables``) too (``withGenericTables(_:of:)``).
    public static func make(_ disclosure: Disclosure) -> [TableGrid] {
        let builder = GridBuilder(disclosure: disclosure)
        let tables = disclosure.tables
        var grids: [TableGrid] = []
        if let table = tables.financialSummary { grids.append(builder.financialSummary(table)) }
        if let table = tables.generalBudgetExpenditure, disclosure.identity.profile == .nationalFinalAccount,
            let layout = FinalAccountTableLayout.layout(identifier: FinalAccountTableLayout.generalBudgetIdentifier)
        {
            // A 决算 of the national template prints it in the 决算 layout, as the published text does
            // (``RenderContext/writeFinalAccountTables()``): 科目编码, 科目名称, 合计, 基本支出, 项目支出, the 合计 row last.
            let generic = RenderContext.genericTable(table, layout: layout)
            grids.append(genericGrid(generic, totalLabelInCodeColumn: disclosure.layout.totalLabelInCodeColumn))
        } else if let table = tables.generalBudgetExpenditure {
            grids.append(
                builder.functionTable(
                    table,
                    kind: .generalBudgetExpenditure,
                    headerRows: builder.groupedHeader(
                        group: "功能分类科目",
                        label: disclosure.identity.kind == .finalAccount ? "决算数" : "预算数",
                        columns: ExpenditureSplit.columnNames
                    )
                )
            )
        }
        if let table = tables.generalBudgetBasicExpenditure { grids.append(builder.economicTable(table)) }
        if let table = tables.threePublicExpenditure { grids.append(builder.threePublic(table)) }
        if let table = tables.governmentFundExpenditure {
            grids.append(
                builder.functionTable(
                    table,
                    kind: .governmentFundExpenditure,
                    headerRows: builder.governmentFundHeader(),
                    totalInCodeColumn: false
                )
            )
        }
        if let table = tables.departmentSummary { grids.append(builder.departmentSummary(table)) }
        if let table = tables.departmentIncome { grids.append(builder.departmentIncome(table)) }
        if let table = tables.departmentExpenditure {
            let header = GridRow(
                role: .header,
                cells: (["科目编码", "科目名称"] + ExpenditureSplit.columnNames).map { GridCell(.text($0), scope: .col) }
            )
            grids.append(builder.functionTable(table, kind: .departmentExpenditure, headerRows: [header]))
        }
        if let table = tables.procurement { grids.append(builder.procurement(table)) }
        if let table = tables.overallPerformance { grids.append(builder.overallPerformance(table)) }
        for table in tables.projectPerformance { grids.append(builder.projectPerformance(table)) }
        return withGenericTables(grids, of: disclosure)
    }
}

/// Builds the grid of each kind of table.
struct GridBuilder {
    let disclosure: Disclosure

    var layout: LayoutStyle { disclosure.layout }
    var year: Int { disclosure.identity.year }

    func grid(
        _ kind: TableKind,
        _ header: TableHeader,
        columns: Int,
        rows: [GridRow],
        headerRows: Int,
        compilingUnit: String? = nil
    ) -> TableGrid {
        TableGrid(
            kind: kind,
            caption: header.caption.map { layout.captionsHaveColon ? $0 + "：" : $0 },
            title: header.title,
            compilingUnit: compilingUnit,
            unitLine: header.unitLine,
            note: header.note,
            columnCount: columns,
            rows: rows,
            headerRowCount: headerRows
        )
    }

    /// An amount cell, blank when the source is blank.
    func amount(_ value: Amount?) -> GridCell { GridCell(value.map { .amount($0) } ?? .blank) }

    /// A label cell: a row header, blank when the label is empty.
    func label(_ text: String, scope: GridCell.Scope = .row) -> GridCell {
        text.isEmpty ? GridCell(.blank) : GridCell(.text(text), scope: scope)
    }

    /// A header cell spanning columns, followed by the cells it covers.
    func spanning(_ text: String, columns: Int, rows: Int = 1, scope: GridCell.Scope? = nil) -> [GridCell] {
        let cellScope = scope ?? (columns > 1 ? .colgroup : .col)
        return [GridCell(.text(text), columnSpan: columns, rowSpan: rows, scope: cellScope)]
            + Array(repeating: GridCell(.covered), count: columns - 1)
    }

    /// A value spanning columns (a form field's value), followed by the cells it covers.
    func spanningValue(_ cell: GridCell, columns: Int) -> [GridCell] {
        var first = cell
        first.columnSpan = columns
        return [first] + Array(repeating: GridCell(.covered), count: columns - 1)
    }

    /// The two header rows of 表二 and 表三: the classification group over code and name, the year label over
    /// the amount columns, then the column names.
    func groupedHeader(group: String, label: String, columns: [String]) -> [GridRow] {
        [
            GridRow(
                role: .header,
                cells: spanning(group, columns: 2) + spanning("\(year)年\(label)", columns: columns.count)
            ),
            GridRow(
                role: .header,
                cells: (["科目编码", "科目名称"] + columns).map { GridCell(.text($0), scope: .col) }
            ),
        ]
    }

    /// The header of 表五: code and name over two rows, the fund label over the three amount columns.
    func governmentFundHeader() -> [GridRow] {
        [
            GridRow(
                role: .header,
                cells: [
                    GridCell(.text("科目编码"), rowSpan: 2, scope: .col), GridCell(.text("科目名称"), rowSpan: 2, scope: .col),
                ] + spanning("本年政府性基金预算财政拨款支出", columns: 3)
            ),
            GridRow(
                role: .header,
                cells: [GridCell(.covered), GridCell(.covered)]
                    + ExpenditureSplit.columnNames.map { GridCell(.text($0), scope: .col) }
            ),
        ]
    }

    /// The cells that start a 合计 row: the label in the code column or in the name column.
    func totalLabel(inCodeColumn: Bool) -> [GridCell] {
        let total = GridCell(.text("合计"), scope: .row)
        return inCodeColumn ? [total, GridCell(.blank)] : [GridCell(.blank), total]
    }

    /// A coded row: the code, the name as its row header, then the amounts.
    func codedRow(code: String, name: String, amounts: [Amount?]) -> GridRow {
        GridRow(role: .body, cells: [GridCell(code.isEmpty ? .blank : .text(code)), label(name)] + amounts.map(amount))
    }

    /// 表二, 表五, 表八.
    func functionTable(
        _ table: FunctionExpenditureTable,
        kind: TableKind,
        headerRows: [GridRow],
        totalInCodeColumn: Bool? = nil
    ) -> TableGrid {
        var rows = headerRows
        if let total = table.totalRow {
            rows.append(
                GridRow(
                    role: .total,
                    cells: totalLabel(inCodeColumn: totalInCodeColumn ?? layout.totalLabelInCodeColumn)
                        + total.amounts.columns.map(amount)
                )
            )
        }
        for row in table.rows { rows.append(codedRow(code: row.code, name: row.name, amounts: row.amounts.columns)) }
        return grid(kind, table.header, columns: 5, rows: rows, headerRows: headerRows.count)
    }

    /// 表三.
    func economicTable(_ table: EconomicExpenditureTable) -> TableGrid {
        var rows = groupedHeader(group: "经济分类科目", label: "基本支出", columns: EconomicRow.columnNames)
        if let total = table.totalRow {
            rows.append(
                GridRow(
                    role: .total,
                    cells: totalLabel(inCodeColumn: layout.totalLabelInCodeColumn) + total.columns.map(amount)
                )
            )
        }
        for row in table.rows { rows.append(codedRow(code: row.code, name: row.name, amounts: row.columns)) }
        return grid(.generalBudgetBasicExpenditure, table.header, columns: 5, rows: rows, headerRows: 2)
    }
}
