import YusuanCore

extension GridBuilder {
    /// 表一: income on the left, expenditure by fund on the right.
    func financialSummary(_ table: FinancialSummaryTable) -> TableGrid {
        var rows = [
            GridRow(role: .header, cells: spanning("收入", columns: 2) + spanning("支出", columns: 5)),
            GridRow(
                role: .header,
                cells: (["项目", "预算数", "项目"] + FundSplit.columnNames).map { GridCell(.text($0), scope: .col) }
            ),
        ]
        for line in table.lines {
            let isTotal = line.incomeLabel.contains("合计") || line.expenditureLabel.contains("合计")
            rows.append(
                GridRow(
                    role: isTotal ? .total : .body,
                    cells: [label(line.incomeLabel), amount(line.incomeAmount), label(line.expenditureLabel)]
                        + line.expenditure.columns.map(amount)
                )
            )
        }
        return grid(.financialSummary, table.header, columns: 7, rows: rows, headerRows: 2)
    }

    /// 表四: the year label, the item headers over two rows, and the line of six amounts.
    func threePublic(_ table: ThreePublicTable) -> TableGrid {
        let rows = [
            GridRow(role: .header, cells: spanning(table.yearLabel ?? "\(year)年预算数", columns: 6)),
            GridRow(
                role: .header,
                cells: [
                    GridCell(.text("合计"), rowSpan: 2, scope: .col),
                    GridCell(.text("因公出国（境）费"), rowSpan: 2, scope: .col),
                ] + spanning("公务用车购置及运行费", columns: 3) + [GridCell(.text("公务接待费"), rowSpan: 2, scope: .col)]
            ),
            GridRow(
                role: .header,
                cells: [GridCell(.covered), GridCell(.covered)]
                    + ["小计", "公务用车购置费", "公务用车运行费"].map { GridCell(.text($0), scope: .col) } + [GridCell(.covered)]
            ),
            GridRow(role: .body, cells: table.amounts.columns.map(amount)),
        ]
        return grid(.threePublicExpenditure, table.header, columns: 6, rows: rows, headerRows: 3)
    }

    /// 表六: income by source beside expenditure by function class.
    func departmentSummary(_ table: DepartmentSummaryTable) -> TableGrid {
        var rows = [
            GridRow(role: .header, cells: spanning("收入", columns: 2) + spanning("支出", columns: 2)),
            GridRow(role: .header, cells: ["项目", "预算数", "项目", "预算数"].map { GridCell(.text($0), scope: .col) }),
        ]
        for line in table.lines {
            rows.append(
                GridRow(
                    role: line.isTotal ? .total : .body,
                    cells: [
                        label(line.incomeLabel), amount(line.incomeAmount), label(line.expenditureLabel),
                        amount(line.expenditureAmount),
                    ]
                )
            )
        }
        return grid(.departmentSummary, table.header, columns: 4, rows: rows, headerRows: 2)
    }

    /// 表七: income by function code and source of funds.
    func departmentIncome(_ table: SourceBreakdownTable) -> TableGrid {
        let width = table.sourceColumns.count
        var rows = [
            GridRow(
                role: .header,
                cells: spanning("科目", columns: 2)
                    + (["总计"] + table.sourceColumns).map { GridCell(.text($0), rowSpan: 2, scope: .col) }
            ),
            GridRow(
                role: .header,
                cells: [GridCell(.text("科目编码"), scope: .col), GridCell(.text("科目名称"), scope: .col)]
                    + Array(repeating: GridCell(.covered), count: width + 1)
            ),
        ]
        rows += sourceRows(table)
        return grid(.departmentIncome, table.header, columns: width + 3, rows: rows, headerRows: 2)
    }

    /// 表九: procurement by category and source of funds.
    func procurement(_ table: SourceBreakdownTable) -> TableGrid {
        let header = GridRow(
            role: .header,
            cells: (["项目编号", "项目", "总计"] + table.sourceColumns).map { GridCell(.text($0), scope: .col) }
        )
        return grid(
            .procurement,
            table.header,
            columns: table.sourceColumns.count + 3,
            rows: [header] + sourceRows(table),
            headerRows: 1
        )
    }

    /// The 合计 row (label in the code column) and the coded rows of a source table.
    func sourceRows(_ table: SourceBreakdownTable) -> [GridRow] {
        let width = table.sourceColumns.count
        func padded(_ sources: [Amount?]) -> [GridCell] {
            (0..<width).map { $0 < sources.count ? amount(sources[$0]) : GridCell(.blank) }
        }
        var rows: [GridRow] = []
        if let total = table.totalRow {
            rows.append(
                GridRow(
                    role: .total,
                    cells: [GridCell(.text("合计"), scope: .row), GridCell(.blank), amount(total.total)]
                        + padded(total.sources)
                )
            )
        }
        for row in table.rows {
            rows.append(
                GridRow(
                    role: .body,
                    cells: [GridCell(row.code.isEmpty ? .blank : .text(row.code)), label(row.name), amount(row.total)]
                        + padded(row.sources)
                )
            )
        }
        return rows
    }
}
