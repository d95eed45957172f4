import YusuanCore

/// JS-R1 (Jiangsu): the template's tables without a typed counterpart (收支预算总表, 收入预算总表, 支出预算总表,
/// 财政拨款收支预算总表, 财政拨款支出预算表, 财政拨款基本支出预算表, “三公”经费、会议费、培训费支出预算表,
/// 机关运行经费支出预算表, 政府采购支出预算表: ``GenericTable``s `jiangsu-NN`) are present, each with its unit line; the
/// typed tables (一般公共预算支出/基本支出, “三公”, 政府性基金) are R1's. A table found but not read with certainty is
/// present. On the narrative part of a disclosure published as two files the tables are in the other file: the
/// rule has no data.
public struct JSR1RequiredTables: ValidationRule {
    public static let id = "JS-R1"

    public init() {}

    /// The generic tables of the template: kind (`jiangsu-NN`) and title.
    static let genericTables: [(Int, String)] = [
        (1, "收支预算总表"), (2, "收入预算总表"), (3, "支出预算总表"), (4, "财政拨款收支预算总表"),
        (5, "财政拨款支出预算表（功能科目）"), (6, "财政拨款基本支出预算表（经济科目）"),
        (9, "“三公”经费、会议费、培训费支出预算表"), (11, "一般公共预算机关运行经费支出预算表"), (12, "政府采购支出预算表"),
    ]

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard context.disclosure.hasTablesPart else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "本文件只含情况说明，报表在另一文件中。",
                    en: "This file holds the narrative only; the tables are in the other file."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        for (number, title) in Self.genericTables {
            let identifier = JiangsuTables.identifier(number)
            guard let table = context.tables.additionalTables?.first(where: { $0.identifier == identifier }) else {
                reporter.report(
                    LocalizedText(
                        zh: "缺少“\(title)”。江苏省部门预算公开应包含该表，没有数据时也应列出空表并说明。",
                        en: "The table \(title) is missing. It must be published, as an empty table with a note when "
                            + "there is no data."
                    ),
                    at: FindingLocation(caption: "“\(title)”")
                )
                continue
            }
            if table.header.unitLine == nil {
                let caption = JiangsuTables.caption(table)
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
