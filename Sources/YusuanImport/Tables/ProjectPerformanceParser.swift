import YusuanCore

/// Reads one 表十一 项目绩效目标表（一级项目）.
enum ProjectPerformanceParser {
    private enum TextField { case overview, basis, goal }

    static func parse(_ chunk: TableChunk, file: String) throws -> ProjectPerformanceTable {
        var name: String?
        var department = ""
        var line: Int?
        var budget: Amount?
        var budgetLine: Int?
        var overview = ""
        var basis = ""
        var goal = ""
        var current: TextField?
        var columns: IndicatorColumns?
        var indicators: [PerformanceIndicator] = []
        indicators.reserveCapacity(chunk.rows.count)
        func append(_ text: String) {
            switch current {
            case .overview: overview += text
            case .basis: basis += text
            case .goal: goal += text
            case nil: break
            }
        }
        for row in chunk.rows {
            let cells = row.cells
            let label = cells.first ?? .empty
            if let columns {
                if let indicator = try columns.indicator(from: row, file: file, table: chunk.kind, arena: chunk.arena) {
                    indicators.append(indicator)
                }
                continue
            }
            if label.isBytes("项目名称") {
                let departmentIndex = cells.firstIndex { $0.isBytes("主管部门") }
                name = TextSpan.joinedText(cells[1..<(departmentIndex ?? cells.count)])
                if let departmentIndex { department = row.text(after: departmentIndex) }
                line = row.number
                current = nil
            } else if label.hasPrefixBytes("当年预算") || label.hasPrefixBytes("预算金额") {
                let index = cells.indices.dropFirst().first { !cells[$0].isEmpty } ?? 1
                budget = try TableCells(row, file: file, table: chunk.kind).amount(at: index, column: "当年预算")
                budgetLine = row.number
                current = nil
            } else if label.isBytes("项目概况") {
                overview = row.text()
                current = .overview
            } else if label.isBytes("立项依据") {
                basis = row.text()
                current = .basis
            } else if label.hasSuffixBytes("绩效目标") {
                goal = row.text()
                current = .goal
            } else if label.isBytes("绩效指标") {
                columns = try IndicatorColumns.read(header: row, file: file)
            } else if current != nil {
                append(row.text(after: -1))
            } else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: row.number,
                    expected: "a row of 表十一 (项目名称, 当年预算, 项目概况, 立项依据, 当年绩效目标 or 绩效指标)",
                    found: ImportError.quote(row.text.string)
                )
            }
        }
        guard let name, let line else {
            throw chunk.cutOff(file: file, expected: "the row 项目名称 of 表十一 \(chunk.title)")
        }
        guard budgetLine != nil else {
            throw chunk.cutOff(file: file, expected: "the row 当年预算 of project \(name)")
        }
        guard columns != nil else {
            throw chunk.cutOff(file: file, expected: "the 绩效指标 rows of project \(name)")
        }
        return ProjectPerformanceTable(
            header: chunk.header,
            compilingUnit: chunk.compilingUnit,
            name: name,
            department: department,
            budget: budget,
            overview: overview,
            basis: basis,
            goal: goal,
            indicators: indicators,
            line: line,
            budgetLine: budgetLine
        )
    }
}
