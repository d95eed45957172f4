import YusuanCore

/// C4: 表三 codes belong to the 30x economic classification; 301/303 amounts sit only in 人员经费, 302 only in
/// 日常公用经费.
public struct C4EconomicCodesAndColumns: ValidationRule {
    public static let id = "C4"

    static let classes: Set<String> = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let economic = context.tables.generalBudgetBasicExpenditure else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有表三。", en: "The document has no table 3."))
        }
        let view = context.codedView(economic: economic)
        var reporter = context.reporter(for: Self.id)
        for row in view.rows {
            let category = Self.category(of: row.code)
            guard Self.classes.contains(category) else {
                reporter.report(
                    LocalizedText(
                        zh: "表三科目编码 \(row.code) 不属于部门预算支出经济分类（301、302、303…），请核对。",
                        en: "Table 3 code \(row.code) is not a departmental economic classification code (301, 302, "
                            + "303 …): check it."
                    ),
                    at: view.location(row, column: nil)
                )
                continue
            }
            let wrongColumn: Int? =
                ["301", "303"].contains(category) ? 2 : category == "302" ? 1 : nil
            guard let column = wrongColumn, let amount = row.columns[column], !amount.isZero else { continue }
            let right = column == 2 ? "人员经费" : "日常公用经费"
            reporter.report(
                LocalizedText(
                    zh:
                        "\(view.describe(row, column: column).zh)有金额 \(amount.plainText)。\(category) 类应全部列在“\(right)”列，请调整。",
                    en: "\(view.describe(row, column: column).en) holds \(amount.plainText); class \(category) belongs "
                        + "entirely in the \(Describe.englishColumn(right)) column: move it."
                ),
                at: view.location(row, column: column),
                expected: Amount.zero(scale: amount.scale),
                actual: amount
            )
        }
        return reporter.outcome
    }

    /// `String(code.prefix(3))`, the class of a code. Three ASCII digits followed by ASCII or by nothing are its
    /// first three Characters (each digit is a Character of its own) and are sliced off by bytes; other codes are
    /// cut by Characters.
    static func category(of code: String) -> String {
        let bytes = code.utf8
        var end = bytes.startIndex
        var digits = 0
        while digits < 3, end != bytes.endIndex, (0x30...0x39).contains(bytes[end]) {
            digits += 1
            bytes.formIndex(after: &end)
        }
        if digits == 3, end == bytes.endIndex || bytes[end] < 0x80 { return String(code[..<end]) }
        return String(code.prefix(3))
    }
}
