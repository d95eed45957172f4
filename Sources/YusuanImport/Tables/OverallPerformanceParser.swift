import YusuanCore

/// Reads 表十 部门（单位）整体绩效目标表.
enum OverallPerformanceParser {
    static func parse(_ chunk: TableChunk, file: String) throws -> OverallPerformanceTable {
        var departmentLabel: String?
        var budget: Amount?
        var line: Int?
        var goal = ""
        var inGoal = false
        var columns: IndicatorColumns?
        var indicators: [PerformanceIndicator] = []
        indicators.reserveCapacity(chunk.rows.count)
        for row in chunk.rows {
            let cells = row.cells
            let label = cells.first ?? .empty
            if let columns {
                if let indicator = try columns.indicator(from: row, file: file, table: chunk.kind, arena: chunk.arena) {
                    indicators.append(indicator)
                }
                continue
            }
            if label.has("名称") && label.hasPrefixBytes("部门") {
                departmentLabel = (cells.dropFirst().first { !$0.isEmpty } ?? .empty).string
                line = row.number
                if let index = cells.firstIndex(where: { $0.has("预算数") }) {
                    let amountCell = cells.dropFirst(index + 1).first { !$0.isEmpty } ?? .empty
                    budget = try TableCells(row, file: file, table: chunk.kind).amount(
                        at: cells.firstIndex { $0.isSameText(as: amountCell) } ?? index + 1,
                        column: "部门支出预算数"
                    )
                }
                inGoal = false
            } else if label.has("绩效目标") {
                goal = row.text()
                inGoal = true
            } else if label.isBytes("绩效指标") {
                columns = try IndicatorColumns.read(header: row, file: file)
            } else if inGoal {
                goal += row.text(after: -1)
            } else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: row.number,
                    expected: "a row of 表十 (部门（单位）名称, 当年整体绩效目标 or 绩效指标)",
                    found: ImportError.quote(row.text.string)
                )
            }
        }
        guard let departmentLabel else {
            throw chunk.cutOff(file: file, expected: "the row 部门（单位）名称 of 表十")
        }
        guard columns != nil else {
            throw chunk.cutOff(file: file, expected: "the 绩效指标 rows of 表十")
        }
        return OverallPerformanceTable(
            header: chunk.header,
            departmentLabel: departmentLabel,
            budget: budget,
            goal: goal,
            indicators: indicators,
            line: line
        )
    }
}
