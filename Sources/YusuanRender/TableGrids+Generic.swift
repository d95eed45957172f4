import Foundation
import YusuanCore

extension TableGrids {
    /// The grid of a table of another template (a ``GenericTable``): a 决算 table in the national layout
    /// (``FinalAccountTableLayout``: two-sided tables as two column groups, coded tables with 科目编码 and 科目名称,
    /// 人员经费 beside 公用经费, the “三公” groups over 预算数 and 决算数), else the code and name columns when any row has
    /// a code (a 项目 column when none has), then one column per amount.
    static func genericGrid(_ table: GenericTable, totalLabelInCodeColumn: Bool) -> TableGrid {
        let builder = GenericGridBuilder(table: table, totalLabelInCodeColumn: totalLabelInCodeColumn)
        guard let base = FinalAccountTableLayout.layout(identifier: table.identifier) else { return builder.plain() }
        let layout = base.isFundTable && table.columns != base.columns ? base.with(columns: table.columns) : base
        switch layout.shape {
        case .twoSided(let leftColumns) where layout.columns.count == table.columns.count:
            return builder.twoSided(layout, leftColumns: leftColumns)
        case .coded: return builder.coded(headers: layout.headerCells)
        case .sideBySide where table.columns.count == 2: return builder.sideBySide(layout)
        case .amountsOnly where layout.columns.count == table.columns.count: return builder.amountsOnly(layout)
        default: return builder.plain()
        }
    }

    /// The grids of the document's generic tables placed among the typed ones: a 决算's in the order of
    /// ``FinalAccountTableLayout/all`` (its typed 一般公共预算财政拨款支出决算表 in its place), any other after the typed
    /// tables in stored order.
    static func withGenericTables(_ typed: [TableGrid], of disclosure: Disclosure) -> [TableGrid] {
        let generic = disclosure.tables.additionalTables ?? []
        guard !generic.isEmpty else { return typed }
        let inCodeColumn = disclosure.layout.totalLabelInCodeColumn
        let grids = typed + generic.map { genericGrid($0, totalLabelInCodeColumn: inCodeColumn) }
        guard disclosure.identity.kind == .finalAccount else { return grids }
        let order = FinalAccountTableLayout.all.map(\.identifier)
        // Stable: the position in the 决算 layout, then the position in `grids` for tables not in it.
        return grids.enumerated().sorted { left, right in
            let leftRank = order.firstIndex(of: left.element.identifier) ?? order.count
            let rightRank = order.firstIndex(of: right.element.identifier) ?? order.count
            return (leftRank, left.offset) < (rightRank, right.offset)
        }.map(\.element)
    }
}

/// Builds the grid of one ``GenericTable``.
struct GenericGridBuilder {
    let table: GenericTable
    let totalLabelInCodeColumn: Bool

    private func amount(_ value: Amount?) -> GridCell { GridCell(value.map { .amount($0) } ?? .blank) }

    private func text(_ value: String, scope: GridCell.Scope? = nil) -> GridCell {
        value.isEmpty ? GridCell(.blank) : GridCell(.text(value), scope: scope)
    }

    private func amounts(_ row: GenericRow, _ range: Range<Int>) -> [GridCell] {
        range.map { row.amounts.indices.contains($0) ? amount(row.amounts[$0]) : GridCell(.blank) }
    }

    private func headerRow(_ labels: [String]) -> GridRow {
        GridRow(role: .header, cells: labels.map { GridCell(.text($0), scope: .col) })
    }

    /// Group labels over the header: a label spans the empty labels after it.
    private func groupRow(_ labels: [String]) -> GridRow {
        var cells: [GridCell] = []
        var index = 0
        while index < labels.count {
            var span = 1
            while index + span < labels.count, labels[index + span].isEmpty { span += 1 }
            cells.append(GridCell(.text(labels[index]), columnSpan: span, scope: span > 1 ? .colgroup : .col))
            cells += Array(repeating: GridCell(.covered), count: span - 1)
            index += span
        }
        return GridRow(role: .header, cells: cells)
    }

    private func grid(columns: Int, rows: [GridRow], headerRows: Int) -> TableGrid {
        TableGrid(
            identifier: table.identifier,
            title: table.header.title,
            unitLine: table.header.unitLine,
            note: table.header.note,
            columnCount: columns,
            rows: rows,
            headerRowCount: headerRows
        )
    }

    /// 收入 on the left (a label and `leftColumns` amounts), 支出 on the right; a row's name is `左 | 右`.
    func twoSided(_ layout: FinalAccountTableLayout, leftColumns: Int) -> TableGrid {
        let width = table.columns.count
        var rows = layout.groupLines.map(groupRow) + [headerRow(layout.headerCells)]
        let headerCount = rows.count
        for row in table.rows {
            let labels = row.name.components(separatedBy: " | ")
            let right = labels.count > 1 ? labels.dropFirst().joined(separator: " | ") : ""
            let isTotal = labels.contains { $0.hasSuffix("合计") || $0.hasSuffix("总计") }
            rows.append(
                GridRow(
                    role: isTotal ? .total : .body,
                    cells: [text(labels[0], scope: .row)] + amounts(row, 0..<leftColumns)
                        + [text(right, scope: .row)] + amounts(row, leftColumns..<width)
                )
            )
        }
        return grid(columns: width + 2, rows: rows, headerRows: headerCount)
    }

    /// 科目编码, 科目名称, then the amounts; the 合计 row's label in the code or the name column, as the document
    /// places it.
    func coded(headers: [String]) -> TableGrid {
        let width = table.columns.count
        var rows = [headerRow(headers.count == width + 2 ? headers : ["科目编码", "科目名称"] + table.columns)]
        for row in table.rows {
            let label: [GridCell]
            if row.code.isEmpty, row.isTotal {
                let total = GridCell(.text(row.name), scope: .row)
                label = totalLabelInCodeColumn ? [total, GridCell(.blank)] : [GridCell(.blank), total]
            } else {
                label = [text(row.code), text(row.name, scope: .row)]
            }
            rows.append(GridRow(role: row.isTotal ? .total : .body, cells: label + amounts(row, 0..<width)))
        }
        return grid(columns: width + 2, rows: rows, headerRows: 1)
    }

    /// 人员经费 (科目编码, 科目名称, amount) beside 公用经费, line by line, then the rows without a code.
    func sideBySide(_ layout: FinalAccountTableLayout) -> TableGrid {
        let split = FinalAccountSideBySide(table)
        var rows = [headerRow(layout.headerCells)]
        func side(_ row: GenericRow?, column: Int) -> [GridCell] {
            guard let row else { return [GridCell(.blank), GridCell(.blank), GridCell(.blank)] }
            return [text(row.code), text(row.name, scope: .row)] + amounts(row, column..<(column + 1))
        }
        for index in 0..<max(split.left.count, split.right.count) {
            let left = index < split.left.count ? split.left[index] : nil
            let right = index < split.right.count ? split.right[index] : nil
            rows.append(GridRow(role: .body, cells: side(left, column: 0) + side(right, column: 1)))
        }
        for row in split.totals {
            let labels = row.name.components(separatedBy: " | ")
            rows.append(
                GridRow(
                    role: .total,
                    cells: [GridCell(.blank), text(labels[0], scope: .row)] + amounts(row, 0..<1)
                        + [GridCell(.blank), text(labels.count > 1 ? labels[1] : "", scope: .row)]
                        + amounts(row, 1..<2)
                )
            )
        }
        return grid(columns: 6, rows: rows, headerRows: 1)
    }

    /// The group names over 预算数 and 决算数, then one row of amounts.
    func amountsOnly(_ layout: FinalAccountTableLayout) -> TableGrid {
        let width = table.columns.count
        var rows = layout.groupLines.map(groupRow) + [headerRow(layout.headerCells)]
        let headerCount = rows.count
        for row in table.rows { rows.append(GridRow(role: .body, cells: amounts(row, 0..<width))) }
        return grid(columns: width, rows: rows, headerRows: headerCount)
    }

    /// Code and name (or 项目 when no row has a code), then the amount columns as the table names them.
    func plain() -> TableGrid {
        let width = table.columns.count
        let hasCodes = table.rows.contains { !$0.code.isEmpty }
        guard hasCodes else {
            var rows = [headerRow(["项目"] + table.columns)]
            for row in table.rows {
                rows.append(
                    GridRow(
                        role: row.isTotal ? .total : .body,
                        cells: [text(row.name, scope: .row)] + amounts(row, 0..<width)
                    )
                )
            }
            return grid(columns: width + 1, rows: rows, headerRows: 1)
        }
        return coded(headers: ["科目编码", "科目名称"] + table.columns)
    }
}

/// The rows of the 一般公共预算财政拨款基本支出决算表 as printed: 人员经费 rows on the left, 公用经费 rows on the right, and
/// the rows without a code (人员经费合计 | 公用经费合计) under both. A row with only a 人员经费 amount is on the left; a row
/// with no amount is placed by its economic category (``FinalAccountTableLayout/isPersonnelCategory(_:)``).
struct FinalAccountSideBySide {
    var left: [GenericRow] = []
    var right: [GenericRow] = []
    var totals: [GenericRow] = []

    init(_ table: GenericTable) {
        for row in table.rows {
            guard !row.code.isEmpty else {
                totals.append(row)
                continue
            }
            let personnel = row.amounts.first ?? nil
            let publicUse = row.amounts.count > 1 ? row.amounts[1] : nil
            let isLeft =
                personnel != nil && publicUse == nil
                || (personnel == nil && publicUse == nil && FinalAccountTableLayout.isPersonnelCategory(row.code))
            if isLeft { left.append(row) } else { right.append(row) }
        }
    }
}
