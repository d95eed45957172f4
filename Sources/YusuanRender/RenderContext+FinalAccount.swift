import Foundation
import YusuanCore

extension RenderContext {
    /// A 部门决算 in the published text layout: the narrative, its department line qualified by the department code
    /// when the document has one (`988-重庆市江北区农业农村委员会`, as 表十 of a budget writes it), then the nine tables.
    static func finalAccountText(_ disclosure: Disclosure) -> String {
        var qualified = disclosure
        if let code = disclosure.identity.departmentCode, !code.isEmpty {
            qualified.identity.departmentName = "\(code)-\(disclosure.identity.departmentName)"
        }
        var context = RenderContext(disclosure: qualified)
        context.writeNarrative()
        context.writeFinalAccountTables()
        return context.output.text
    }

    /// The nine tables of a 部门决算 (``FinalAccountTableLayout/all``), those the document has, in published order:
    /// title, unit line, the header lines, the rows as tab-separated cells, the note (docs/IMPORT.md).
    mutating func writeFinalAccountTables() {
        let generic = disclosure.tables.additionalTables ?? []
        for layout in FinalAccountTableLayout.all {
            if let table = generic.first(where: { $0.identifier == layout.identifier }) {
                writeFinalAccountTable(table, layout: layout)
            } else if layout.identifier == FinalAccountTableLayout.generalBudgetIdentifier,
                let typed = disclosure.tables.generalBudgetExpenditure
            {
                writeFinalAccountTable(Self.genericTable(typed, layout: layout), layout: layout)
            }
        }
    }

    /// The typed 一般公共预算财政拨款支出决算表 as rows of cells: the coded rows, then the 合计 row (the national
    /// template prints it last).
    static func genericTable(_ table: FunctionExpenditureTable, layout: FinalAccountTableLayout) -> GenericTable {
        let rows = (table.rows + (table.totalRow.map { [$0] } ?? [])).map {
            GenericRow(code: $0.code, name: $0.name, amounts: $0.amounts.columns, line: $0.line)
        }
        return GenericTable(identifier: layout.identifier, header: table.header, columns: layout.columns, rows: rows)
    }

    private mutating func writeFinalAccountTable(_ table: GenericTable, layout base: FinalAccountTableLayout) {
        let layout = base.isFundTable && table.columns != base.columns ? base.with(columns: table.columns) : base
        output.line(table.header.title)
        output.line(table.header.unitLine ?? "单位：万元")
        for group in layout.groupLines { output.row(group) }
        output.row(layout.headerCells)
        let width = layout.columns.count
        func amounts(_ row: GenericRow, _ range: Range<Int>) -> [String] {
            range.map { row.amounts.indices.contains($0) ? cell(row.amounts[$0]) : "" }
        }
        switch layout.shape {
        case .twoSided(let leftColumns):
            for row in table.rows {
                let labels = row.name.components(separatedBy: " | ")
                let right = labels.count > 1 ? labels.dropFirst().joined(separator: " | ") : ""
                output.row(
                    [labels[0]] + amounts(row, 0..<leftColumns) + [right] + amounts(row, leftColumns..<width)
                )
            }
        case .coded:
            for row in table.rows {
                let label =
                    row.code.isEmpty && self.layout.totalLabelInCodeColumn ? [row.name, ""] : [row.code, row.name]
                output.row(label + amounts(row, 0..<width))
            }
        case .sideBySide:
            writeSideBySide(table)
        case .amountsOnly:
            for row in table.rows { output.row(amounts(row, 0..<width)) }
        }
        if let note = table.header.note { output.line(note) }
        output.blank()
    }

    /// 人员经费 on the left, 公用经费 on the right, line by line, then the rows without a code (人员经费合计 | 公用经费合计).
    private mutating func writeSideBySide(_ table: GenericTable) {
        let split = FinalAccountSideBySide(table)
        let (left, right, totals) = (split.left, split.right, split.totals)
        for index in 0..<max(left.count, right.count) {
            let leftCells =
                index < left.count
                ? [left[index].code, left[index].name, cell(left[index].amounts.first ?? nil)]
                : ["", "", ""]
            let rightCells =
                index < right.count
                ? [
                    right[index].code, right[index].name,
                    cell(right[index].amounts.count > 1 ? right[index].amounts[1] : nil),
                ]
                : ["", "", ""]
            output.row(leftCells + rightCells)
        }
        for row in totals {
            let labels = row.name.components(separatedBy: " | ")
            output.row([
                "", labels[0], cell(row.amounts.first ?? nil), "", labels.count > 1 ? labels[1] : "",
                cell(row.amounts.count > 1 ? row.amounts[1] : nil),
            ])
        }
    }
}
