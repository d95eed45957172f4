import YusuanCore

/// F2 (决算): in every coded table of a 部门决算 (收入决算表, 支出决算表, the fund tables, the economic table of 基本支出)
/// a 类 equals the Σ of its 款 and a 款 the Σ of its 项, and the 合计 row equals the Σ of the 类 rows, per column. In
/// the economic table the 类 rows of the 人员经费 side add to 人员经费合计 and those of the 公用经费 side to 公用经费合计.
public struct F2FinalAccountHierarchy: ValidationRule {
    public static let id = "F2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = FinalAccountTables.coded.compactMap { context.genericTable($0) }
        guard !tables.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有决算编码表。", en: "No coded 决算 table."))
        }
        var reporter = context.reporter(for: Self.id)
        for table in tables {
            for parent in table.rows {
                let children = table.children(of: parent)
                guard !children.isEmpty, let level = parent.level else { continue }
                let childLevel = ClassificationLevel(rawValue: level.rawValue + 1)?.chineseName ?? ""
                for column in table.columns.indices {
                    reporter.checkSum(
                        total: table.cell(parent, column),
                        parts: children.map { table.cell($0, column) },
                        at: table.location(parent, column: column),
                        subject: table.describe(parent, column: column),
                        partsDescription: LocalizedText(
                            zh: "所属\(children.count)个\(childLevel)",
                            en: "its \(children.count) \(childLevel) rows"
                        )
                    )
                }
            }
            let categories = table.rows.filter { $0.level == .category }
            guard let total = table.totalRow else {
                if !categories.isEmpty {
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.header.title)缺少合计行，请补充。",
                            en: "\(table.header.title) has no 合计 row: add it."
                        ),
                        at: table.location(nil, column: nil)
                    )
                }
                continue
            }
            for column in table.columns.indices {
                let parts = categories.map { table.cell($0, column) }
                reporter.checkSum(
                    total: table.cell(total, column),
                    parts: parts,
                    at: table.location(total, column: column),
                    subject: table.describe(total, column: column),
                    partsDescription: LocalizedText(
                        zh: "\(parts.compactMap { $0 }.count)个类",
                        en: "its \(parts.compactMap { $0 }.count) 类 (category) rows"
                    )
                )
            }
        }
        return reporter.outcome
    }
}
