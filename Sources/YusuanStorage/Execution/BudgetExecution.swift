import YusuanCore

/// A department's budget of a year against its actual: the stored 预算 (年初预算) beside the stored 决算 of the same
/// department and year, line by line (docs/EXECUTION.md).
///
/// Lines, in this order: for 部门支出 and for 一般公共预算财政拨款支出, the total, 基本支出, 项目支出 and each function
/// 类 either document prints; then the six “三公” items with the 预算数 the 决算 prints beside its own. A group that
/// neither document has is left out; a figure one document lacks is `nil`.
public struct BudgetExecution: Sendable, Hashable {
    /// The department (the 预算's key).
    public var department: DepartmentKey
    /// The department's name as the 预算 prints it.
    public var departmentName: String
    public var year: Int
    /// The revisions compared: the latest of each disclosure.
    public var budgetRevision: RevisionKey
    public var finalRevision: RevisionKey
    public var lines: [ExecutionLine]
    /// What the reader of the comparison should know (Chinese): a table not read with certainty, the 决算 printing a
    /// different 预算数.
    public var notes: [String]

    /// Creates a comparison from its parts.
    public init(
        department: DepartmentKey,
        departmentName: String,
        year: Int,
        budgetRevision: RevisionKey,
        finalRevision: RevisionKey,
        lines: [ExecutionLine],
        notes: [String]
    ) {
        self.department = department
        self.departmentName = departmentName
        self.year = year
        self.budgetRevision = budgetRevision
        self.finalRevision = finalRevision
        self.lines = lines
        self.notes = notes
    }

    /// Compares the two documents of a pair.
    public static func make(_ pair: ExecutionPair, budget: Disclosure, final: Disclosure) -> BudgetExecution {
        let planned = ExecutionFigures(budget)
        let spent = ExecutionFigures(final)
        var lines: [ExecutionLine] = []
        for group in [ExecutionLine.Group.department, .generalBudget] {
            let left = planned.expenditure(group)
            let right = spent.expenditure(group)
            guard left != nil || right != nil else { continue }
            lines.append(.init(group: group, key: "total", label: "支出合计", budget: left?.total, actual: right?.total))
            lines.append(.init(group: group, key: "basic", label: "基本支出", budget: left?.basic, actual: right?.basic))
            lines.append(
                .init(group: group, key: "project", label: "项目支出", budget: left?.project, actual: right?.project)
            )
            var names: [String: String] = [:]
            for category in (left?.categories ?? []) + (right?.categories ?? []) where names[category.code] == nil {
                names[category.code] = category.name
            }
            for code in names.keys.sorted() {
                lines.append(
                    .init(
                        group: group,
                        key: code,
                        label: "\(code) \(names[code] ?? "")",
                        budget: left?.categories.first { $0.code == code }?.total,
                        actual: right?.categories.first { $0.code == code }?.total
                    )
                )
            }
        }
        var notes = planned.notes.map { "预算：\($0)" } + spent.notes.map { "决算：\($0)" }
        if planned.hasThreePublic || spent.hasThreePublic {
            for item in ThreePublicItem.allCases {
                let line = ExecutionLine(
                    group: .threePublic,
                    key: item.key,
                    label: item.rawValue,
                    budget: planned.threePublic[item],
                    actual: spent.threePublic[item],
                    printedBudget: spent.threePublicPrintedBudget[item]
                )
                if line.printedBudgetDiffers, let printed = line.printedBudget?.plainText {
                    notes.append(
                        line.budget.map {
                            "“三公”\(item.rawValue)：决算表所列预算数 \(printed) 万元与预算公开的年初预算数 \($0.plainText) 万元不同；执行率按年初预算数计算"
                        } ?? "“三公”\(item.rawValue)：决算表所列预算数 \(printed) 万元，预算公开文件未列此项，无执行率"
                    )
                }
                lines.append(line)
            }
        }
        return BudgetExecution(
            department: pair.department,
            departmentName: pair.departmentName,
            year: pair.year,
            budgetRevision: pair.budgetRevision,
            finalRevision: pair.finalRevision,
            lines: lines,
            notes: notes
        )
    }

    /// The line of a group and key.
    public func line(_ group: ExecutionLine.Group, _ key: String) -> ExecutionLine? {
        lines.first { $0.group == group && $0.key == key }
    }
}
