import YusuanCore

/// JS-A3 (Jiangsu): in the coded tables without a typed counterpart — 公开05表 财政拨款支出（功能科目）, 公开06表
/// 财政拨款基本支出（经济科目） and 公开11表 机关运行经费 — a 类 equals the Σ of its 款, a 款 the Σ of its 项, and 合计
/// the Σ of the 类 (公开07/08表 are checked by A1 and A2).
public struct JSA3CodedTableSums: ValidationRule {
    public static let id = "JS-A3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        let tables = [5, 6, 11].compactMap { jiangsu.coded($0) }
        guard !tables.isEmpty else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "没有（可确定读取的）财政拨款支出、财政拨款基本支出或机关运行经费支出预算表。",
                    en: "There is no 财政拨款支出, 财政拨款基本支出 or 机关运行经费 table (read with certainty)."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        for table in tables {
            let codes = table.order
            for code in codes {
                guard let parent = table.rows[code], let level = ClassificationLevel(code: code) else { continue }
                let children = codes.filter { child in
                    guard let childLevel = ClassificationLevel(code: child) else { return false }
                    return childLevel.rawValue == level.rawValue + 1 && child.hasPrefix(code)
                }
                guard !children.isEmpty else { continue }
                reporter.checkSum(
                    total: parent.amount,
                    parts: children.compactMap { table.rows[$0]?.amount },
                    at: parent.location,
                    subject: parent.describe,
                    partsDescription: LocalizedText(
                        zh: "所属\(children.count)个下级科目",
                        en: "its \(children.count) sub-rows"
                    )
                )
            }
            let categories = codes.filter { ClassificationLevel(code: $0) == .category }
            if let total = table.total, !categories.isEmpty {
                reporter.checkSum(
                    total: total.amount,
                    parts: categories.compactMap { table.rows[$0]?.amount },
                    at: total.location,
                    subject: total.describe,
                    partsDescription: LocalizedText(zh: "各类", en: "the class rows")
                )
            }
        }
        return reporter.outcome
    }
}
