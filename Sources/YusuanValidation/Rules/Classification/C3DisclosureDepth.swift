import YusuanCore

/// C3: function tables reach 项 (every 类 has 款 and every 款 has 项); 表三 reaches 款 (条例 第六条).
public struct C3DisclosureDepth: ValidationRule {
    public static let id = "C3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachCodedTable(Self.id) { table, reporter in
            let deepest: ClassificationLevel = table.system == .economic ? .section : .item
            for (position, row) in table.rows.enumerated() {
                guard let level = row.level, level < deepest, table.childPositions.range(of: position).isEmpty else {
                    continue
                }
                let hasMoney = row.columns.contains { !($0?.isZero ?? true) }
                guard hasMoney else { continue }
                let target = deepest.chineseName
                reporter.report(
                    LocalizedText(
                        zh:
                            "\(table.name.zh)科目 \(row.code) \(row.name) 未细化到\(target)级。\(table.system == .economic ? "基本支出按经济分类应公开到款" : "支出按功能分类应公开到项")，请补列下级科目。",
                        en: "\(table.name.capitalizedEn) row \(row.code) \(row.name) is not broken down to the "
                            + "\(target) level, which the rules require: add its sub-rows."
                    ),
                    at: table.location(row, column: nil)
                )
            }
        }
    }
}
