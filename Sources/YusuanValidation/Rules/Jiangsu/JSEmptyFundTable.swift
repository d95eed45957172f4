import YusuanCore

/// JS-EMPTY (Jiangsu): an empty fund table marked `此表为空` (公开10表 政府性基金预算财政拨款支出预算表) is empty for its
/// own fund: the table holds no amount, 公开01/04表 show no income of that fund, and the narrative, where it says the
/// department has no such income or expenditure, names that fund and not another.
public struct JSEmptyFundTable: ValidationRule {
    public static let id = "JS-EMPTY"

    public init() {}

    static let funds = ["政府性基金", "国有资本经营"]

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        var marked: [(header: TableHeader, kind: TableKind?, hasAmounts: Bool)] = []
        if let table = context.tables.governmentFundExpenditure, table.header.note?.contains("为空") == true {
            marked.append((table.header, .governmentFundExpenditure, !table.isEmpty))
        }
        for table in context.tables.additionalTables ?? [] where table.header.note?.contains("为空") == true {
            marked.append((table.header, nil, !table.isEmpty))
        }
        guard !marked.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有标明“此表为空”的表。", en: "No table is marked 此表为空."))
        }
        var reporter = context.reporter(for: Self.id)
        let clauses = NarrativeText.clauses(of: context.disclosure.narrative).filter { clause in
            clause.text.contains("无")
                && (clause.text.contains("收支") || clause.text.contains("支出") || clause.text.contains("收入"))
        }
        for entry in marked {
            let caption = entry.header.caption ?? entry.header.title
            let location = FindingLocation(
                table: entry.kind,
                caption: caption,
                line: entry.header.noteLine ?? entry.header.line
            )
            if entry.hasAmounts {
                reporter.report(
                    LocalizedText(
                        zh: "\(caption)“\(entry.header.title)”标明“此表为空”，但表中列有金额，请删除标注或核对金额。",
                        en:
                            "\(caption) (\(entry.header.title)) is marked 此表为空 (empty) but holds amounts: remove the mark "
                            + "or check the amounts."
                    ),
                    at: location
                )
            }
            guard let fund = Self.funds.first(where: { entry.header.title.contains($0) }) else { continue }
            // The fund's income in 公开01/04表 must be blank.
            for number in [1, 4] {
                guard let summary = jiangsu.generic(number) else { continue }
                for cell in JiangsuTables.side(summary, 0) where cell.row.contains(fund) {
                    guard let amount = cell.amount, !amount.isZero else { continue }
                    reporter.report(
                        LocalizedText(
                            zh: "\(caption)标明“此表为空”，但\(cell.describe.zh)为 \(amount.plainText)，两者矛盾，请核对。",
                            en: "\(caption) is marked empty but \(cell.describe.en) is \(amount.plainText): check both."
                        ),
                        at: location,
                        related: cell.location,
                        actual: amount
                    )
                }
            }
            // On the tables part of a disclosure published as two files the narrative is in the other file.
            guard context.disclosure.hasNarrativePart else { continue }
            let others = Self.funds.filter { $0 != fund }
            let naming = clauses.filter { $0.text.contains(fund) }
            if naming.isEmpty,
                let wrong = clauses.first(where: { clause in others.contains { clause.text.contains($0) } })
            {
                reporter.report(
                    LocalizedText(
                        zh: "\(caption)“\(entry.header.title)”为空，情况说明“\(wrong.text)”说明的却是其他资金，未说明本部门无\(fund)预算收支，请改正。",
                        en:
                            "\(caption) (\(entry.header.title)) is empty, but the narrative's explanation (\(wrong.text)) "
                            + "names another fund, not \(fund): correct it."
                    ),
                    at: .narrative(wrong),
                    related: location
                )
            } else if naming.isEmpty {
                reporter.report(
                    LocalizedText(
                        zh: "\(caption)“\(entry.header.title)”为空，情况说明未说明本部门无\(fund)预算收支，请补充。",
                        en: "\(caption) (\(entry.header.title)) is empty but the narrative does not say that the "
                            + "department has no \(fund) income or expenditure: add it."
                    ),
                    at: location,
                    severity: .warning
                )
            }
        }
        return reporter.outcome
    }
}
