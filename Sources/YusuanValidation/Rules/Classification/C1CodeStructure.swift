import YusuanCore

/// C1: a function code has 3/5/7 digits (an economic code 3/5), and its parent (the code without its last two
/// digits) is a row of the same table. An economic code of 7 digits under a 款 of the table is a local subdivision
/// of that 款 (Chongqing's 3010201 规范性津补贴 under 30102): info, not an error.
public struct C1CodeStructure: ValidationRule {
    public static let id = "C1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachCodedTable(Self.id) { table, reporter in
            let allowed: [ClassificationLevel] =
                table.system == .economic ? [.category, .section] : [.category, .section, .item]
            for row in table.rows {
                if table.system == .economic, row.level == .item, table.row(code: String(row.code.dropLast(2))) != nil {
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.name.zh)经济分类科目编码“\(row.code)”（\(row.name)）是款 \(row.code.prefix(5)) 下的细分科目，"
                                + "部门预算经济分类只到款。",
                            en: "\(table.name.capitalizedEn) economic code \(row.code) (\(row.name)) subdivides the "
                                + "section \(row.code.prefix(5)); the economic classification stops at sections."
                        ),
                        at: table.location(row, column: nil),
                        severity: .info
                    )
                    continue
                }
                guard let level = row.level, allowed.contains(level) else {
                    let lengths = table.system == .economic ? ("3 或 5", "3 or 5") : ("3、5 或 7", "3, 5 or 7")
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.name.zh)科目编码“\(row.code)”不是 \(lengths.0) 位数字，请按科目编码规则填写。",
                            en: "\(table.name.capitalizedEn) code \(row.code) is not a \(lengths.1) "
                                + "digit code: use the classification code."
                        ),
                        at: table.location(row, column: nil)
                    )
                    continue
                }
                guard level != .category else { continue }
                // A 款 or 项 code is made of digits, and so is its parent code.
                if let key = row.codeKey,
                    table.hasRow(codeKey: DigitCode.parentKey(of: key, count: row.code.utf8.count))
                {
                    continue
                }
                let parent = String(row.code.dropLast(2))
                if table.row(code: parent) == nil {
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.name.zh)科目 \(row.code) \(row.name) 的上级科目 \(parent) 未列出，请补列上级科目行。",
                            en:
                                "\(table.name.capitalizedEn) row \(row.code) \(row.name) has no parent row \(parent): add it."
                        ),
                        at: table.location(row, column: nil)
                    )
                }
            }
        }
    }
}
