import YusuanCore

extension GridBuilder {
    /// 表十: the department row, the overall goal and the indicators (指标, 权重, 计量单位, 性质, 值).
    func overallPerformance(_ table: OverallPerformanceTable) -> TableGrid {
        var rows = [
            GridRow(
                role: .field,
                cells: [label("部门（单位）名称"), GridCell(.text(table.departmentLabel)), label("部门支出预算数")]
                    + spanningValue(amount(table.budget), columns: 3)
            ),
            GridRow(role: .field, cells: [label("当年整体绩效目标")] + spanningValue(GridCell(.text(table.goal)), columns: 5)),
        ]
        rows += indicatorRows(
            headers: ["指标", "指标权重", "计量单位", "指标性质", "指标值"],
            count: table.indicators.count
        )
        for indicator in table.indicators {
            rows.append(
                GridRow(
                    role: .indicator,
                    cells: [
                        GridCell(.covered), GridCell(.text(indicator.name)), weight(indicator.weight),
                        GridCell(.text(indicator.unit)), GridCell(.text(indicator.operatorSymbol)),
                        GridCell(.text(indicator.value)),
                    ]
                )
            )
        }
        return grid(.overallPerformance, table.header, columns: 6, rows: rows, headerRows: 0)
    }

    /// 表十一 for one project: the project fields and its indicators.
    func projectPerformance(_ table: ProjectPerformanceTable) -> TableGrid {
        var rows = [
            GridRow(
                role: .field,
                cells: [label("项目名称"), GridCell(.text(table.name)), label("主管部门")]
                    + spanningValue(GridCell(.text(table.department)), columns: 4)
            ),
            GridRow(role: .field, cells: [label("当年预算")] + spanningValue(amount(table.budget), columns: 6)),
        ]
        for (name, text) in [("项目概况", table.overview), ("立项依据", table.basis), ("当年绩效目标", table.goal)] {
            rows.append(GridRow(role: .field, cells: [label(name)] + spanningValue(GridCell(.text(text)), columns: 6)))
        }
        rows += indicatorRows(
            headers: ["指标名称", "指标权重", "指标性质", "指标值", "计量单位", "是否核心"],
            count: table.indicators.count
        )
        for indicator in table.indicators {
            let core = indicator.isCore.map { $0 ? "是" : "否" } ?? ""
            rows.append(
                GridRow(
                    role: .indicator,
                    cells: [
                        GridCell(.covered), GridCell(.text(indicator.name)), weight(indicator.weight),
                        GridCell(.text(indicator.operatorSymbol)), GridCell(.text(indicator.value)),
                        GridCell(.text(indicator.unit)), GridCell(core.isEmpty ? .blank : .text(core)),
                    ]
                )
            )
        }
        return grid(
            .projectPerformance,
            table.header,
            columns: 7,
            rows: rows,
            headerRows: 0,
            compilingUnit: table.compilingUnit
        )
    }

    /// The `绩效指标` header row; its first cell spans the indicator rows below it.
    func indicatorRows(headers: [String], count: Int) -> [GridRow] {
        [
            GridRow(
                role: .indicatorHeader,
                cells: [GridCell(.text("绩效指标"), rowSpan: count + 1, scope: .rowgroup)]
                    + headers.map { GridCell(.text($0), scope: .col) }
            )
        ]
    }

    /// A weight cell: the number with its own precision, blank when absent.
    func weight(_ value: Amount?) -> GridCell { GridCell(value.map { .plainNumber($0) } ?? .blank) }
}
