import YusuanCore

/// JS-A5 (Jiangsu): 公开12表 政府采购支出预算表 — 合计 = Σ 品目大类 (货物, 工程, 服务), each 品目大类 = Σ its projects
/// (专项名称/经济科目 rows), each project = Σ its purchased items (采购物品名称 rows) when it lists any.
public struct JSA5ProcurementTotals: ValidationRule {
    public static let id = "JS-A5"

    public init() {}

    /// The level of a row of 公开12表 (its name is `品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式`).
    enum Level: Int { case total, category, project, item }

    static func level(_ row: GenericRow) -> Level {
        if row.isTotal { return .total }
        let parts = JiangsuTables.parts(row)
        if !row.code.isEmpty || !(parts.first ?? "").isEmpty { return .category }
        return parts.count >= 5 && !(parts[3].isEmpty && parts[4].isEmpty) ? .item : .project
    }

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = JiangsuTables(tables: context.tables).generic(12) else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "没有（可确定读取的）政府采购支出预算表。", en: "There is no 政府采购支出预算表 (read with certainty).")
            )
        }
        var reporter = context.reporter(for: Self.id)
        func label(_ row: GenericRow) -> String {
            let parts = JiangsuTables.parts(row).filter { !$0.isEmpty }
            return row.isTotal ? "合计" : (row.code.isEmpty ? "" : row.code + " ") + parts.joined(separator: " ")
        }
        // Each row's children are the rows of the next level below it, up to the next row of its level or above.
        let rows = table.rows
        let levels = rows.map(Self.level)
        for (index, row) in rows.enumerated() where levels[index] != .item {
            var children: [GenericRow] = []
            for next in (index + 1)..<rows.count {
                if levels[next].rawValue <= levels[index].rawValue { break }
                if levels[next].rawValue == levels[index].rawValue + 1 { children.append(rows[next]) }
            }
            guard !children.isEmpty else { continue }
            let cell = JiangsuTables.cell(table, row, label: label(row), column: 0)
            let description: LocalizedText =
                switch levels[index] {
                case .total: LocalizedText(zh: "各品目大类", en: "the categories")
                case .category: LocalizedText(zh: "所属各专项", en: "its projects")
                default: LocalizedText(zh: "所属各采购物品", en: "its purchased items")
                }
            reporter.checkSum(
                total: cell.amount,
                parts: children.map { $0.amounts.first ?? nil },
                at: cell.location,
                subject: cell.describe,
                partsDescription: description
            )
        }
        return reporter.outcome
    }
}
