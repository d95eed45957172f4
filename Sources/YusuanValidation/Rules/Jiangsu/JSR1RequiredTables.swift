import YusuanCore

/// JS-R1 (Jiangsu): the twelve tables 公开01表 … 公开12表 are present, each with its unit line. The typed tables
/// (公开07–10表) are also R1's; this rule covers the ``GenericTable``s of the template.
public struct JSR1RequiredTables: ValidationRule {
    public static let id = "JS-R1"

    public init() {}

    /// The generic tables of the template: number and title.
    static let genericTables: [(Int, String)] = [
        (1, "收支预算总表"), (2, "收入预算总表"), (3, "支出预算总表"), (4, "财政拨款收支预算总表"),
        (5, "财政拨款支出预算表（功能科目）"), (6, "财政拨款基本支出预算表（经济科目）"),
        (9, "“三公”经费、会议费、培训费支出预算表"), (11, "一般公共预算机关运行经费支出预算表"), (12, "政府采购支出预算表"),
    ]

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        var reporter = context.reporter(for: Self.id)
        for (number, title) in Self.genericTables {
            let caption = "公开" + (number < 10 ? "0" : "") + String(number) + "表"
            guard let table = jiangsu.generic(number) else {
                reporter.report(
                    LocalizedText(
                        zh: "缺少\(caption)“\(title)”。江苏省部门预算公开应包含该表，没有数据时也应列出空表并说明。",
                        en:
                            "\(caption) (\(title)) is missing. It must be published, as an empty table with a note when "
                            + "there is no data."
                    ),
                    at: FindingLocation(caption: caption)
                )
                continue
            }
            if table.header.unitLine == nil {
                reporter.report(
                    LocalizedText(
                        zh: "\(caption)未标明金额单位，请补充“单位：万元”。",
                        en: "\(caption) states no unit: add 单位：万元."
                    ),
                    at: FindingLocation(caption: caption, line: table.header.line),
                    severity: .warning
                )
            }
        }
        return reporter.outcome
    }
}
