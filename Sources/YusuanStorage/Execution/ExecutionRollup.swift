import YusuanCore

/// A region's execution in a year: for each line, the budgets and actuals of the departments that print both,
/// summed, and the rate of the sums (never an average of rates).
public struct ExecutionRollup: Sendable, Hashable {
    public var region: String
    public var year: Int
    /// The departments compared.
    public var departments: [DepartmentKey]
    /// The summed lines; each line's ``ExecutionLine/departmentCount`` says how many departments it sums.
    public var lines: [ExecutionLine]

    /// Sums the comparisons of one region and year.
    public static func make(region: String, year: Int, executions: [BudgetExecution]) -> ExecutionRollup {
        var order: [(group: ExecutionLine.Group, key: String, label: String)] = []
        for execution in executions {
            for line in execution.lines where !order.contains(where: { $0.group == line.group && $0.key == line.key }) {
                order.append((line.group, line.key, line.label))
            }
        }
        order.sort { rank($0.group, $0.key) < rank($1.group, $1.key) }
        let lines = order.map { entry -> ExecutionLine in
            let parts = executions.compactMap { $0.line(entry.group, entry.key) }.filter {
                $0.budget != nil && $0.actual != nil
            }
            let printed = parts.compactMap(\.printedBudget)
            return ExecutionLine(
                group: entry.group,
                key: entry.key,
                label: entry.label,
                budget: Amount.sum(parts.compactMap(\.budget)),
                actual: Amount.sum(parts.compactMap(\.actual)),
                printedBudget: printed.count == parts.count ? Amount.sum(printed) : nil,
                departmentCount: parts.count
            )
        }
        return ExecutionRollup(
            region: region,
            year: year,
            departments: executions.map(\.department),
            lines: lines
        )
    }

    /// One rollup per region and year of the comparisons, sorted by region then year.
    public static func rollups(_ executions: [BudgetExecution]) -> [ExecutionRollup] {
        let groups = Dictionary(grouping: executions) { RegionYear(region: $0.department.region, year: $0.year) }
        return groups.keys.sorted { ($0.region, $0.year) < ($1.region, $1.year) }.map {
            make(region: $0.region, year: $0.year, executions: groups[$0] ?? [])
        }
    }

    private struct RegionYear: Hashable {
        var region: String
        var year: Int
    }

    /// The line of a group and key.
    public func line(_ group: ExecutionLine.Group, _ key: String) -> ExecutionLine? {
        lines.first { $0.group == group && $0.key == key }
    }

    /// Lines in the order of ``BudgetExecution``: groups in order; total, 基本, 项目, then 类 by code; “三公” items
    /// in published order.
    private static func rank(_ group: ExecutionLine.Group, _ key: String) -> (Int, Int, String) {
        let groupRank = ExecutionLine.Group.allCases.firstIndex(of: group) ?? 0
        if group == .threePublic {
            return (groupRank, ThreePublicItem.allCases.firstIndex { $0.key == key } ?? 99, key)
        }
        let fixed = ["total", "basic", "project"]
        return (groupRank, fixed.firstIndex(of: key) ?? fixed.count, key)
    }
}
