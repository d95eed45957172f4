import YusuanCore

/// JS-N2 (Jiangsu): the 机关运行经费 the narrative states equals the 合计 of 公开11表 一般公共预算机关运行经费支出预算表
/// (units converted exactly); the narrative must state it when the table prints it.
public struct JSN2OperatingCostTable: ValidationRule {
    public static let id = "JS-N2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let table = JiangsuTables(tables: context.tables).generic(11), let totalRow = table.totalRow else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "没有（可确定读取的）一般公共预算机关运行经费支出预算表。",
                    en: "There is no 一般公共预算机关运行经费支出预算表 (read with certainty)."
                )
            )
        }
        guard context.disclosure.hasNarrativePart else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "本文件只含报表，情况说明在另一文件中。",
                    en: "This file holds the tables only; the narrative is in the other file."
                )
            )
        }
        let cell = JiangsuTables.cell(table, totalRow, label: "合计", column: 0)
        let unit = table.header.unit ?? context.disclosure.identity.unit
        var reporter = context.reporter(for: Self.id)
        var stated = false
        for clause in NarrativeText.clauses(of: context.disclosure.narrative) where clause.text.contains("机关运行经费") {
            for figure in NarrativeText.figures(in: clause.text) {
                let lead = String(figure.lead).filter { $0 != " " }
                guard
                    lead.hasSuffix("机关运行经费预算支出") || lead.hasSuffix("机关运行经费支出")
                        || lead.hasSuffix("机关运行经费预算") || lead.hasSuffix("机关运行经费")
                else { continue }
                stated = true
                reporter.checkEqual(
                    figure.amount.converted(from: figure.unit, to: unit),
                    cell.amount,
                    at: .narrative(clause),
                    related: cell.location,
                    subject: Describe.narrative("机关运行经费"),
                    other: cell.describe
                )
            }
        }
        if !stated, let amount = cell.amount {
            reporter.report(
                LocalizedText(
                    zh: "\(cell.caption)列示机关运行经费 \(amount.plainText)\(unit.rawValue)，但情况说明未说明机关运行经费，请补充。",
                    en:
                        "\(cell.caption) prints operating costs of \(amount.plainText) \(unit.rawValue) but the narrative "
                        + "does not state them: add them."
                ),
                at: cell.location,
                severity: .warning
            )
        }
        return reporter.outcome
    }
}
