import YusuanCore

/// F10 (决算): the “三公” section of the narrative agrees with the 财政拨款“三公”经费支出决算表 — the 年初预算 and the
/// 决算 of the total with the table's 合计 预算数 and 决算数, each item's 决算 with its 决算数 (a blank cell is 0).
public struct F10ThreePublicExecution: ValidationRule {
    public static let id = "F10"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        FinalAccountNarrative.check(Self.id, context) { facts in
            guard let three = facts.threePublic else {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明未陈述“三公”经费的年初预算数和决算数。",
                        en: "The narrative states no “三公” budget and actual."
                    )
                )
            }
            guard let table = context.certainFinalTable(FinalAccountTableID.threePublic), let row = table.rows.first
            else {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "没有确定读取的财政拨款“三公”经费支出决算表，无法对照情况说明。",
                        en: "No “三公” table read with certainty to compare the narrative with."
                    )
                )
            }
            var reporter = context.reporter(for: Self.id)
            var checked = 0
            func compare(_ statement: ExecutionStatement?, _ amount: Amount?, group: String, mark: String, what: String)
            {
                guard let statement, let stated = amount, let column = table.column(containing: group, mark) else {
                    return
                }
                checked += 1
                let converted = FinalAccountNarrative.amount(
                    stated,
                    unit: statement.unit,
                    in: context,
                    table: table.header
                )
                reporter.checkEqual(
                    converted,
                    table.cell(row, column),
                    at: .narrative(statement.sentence),
                    related: table.location(row, column: column),
                    subject: LocalizedText(
                        zh: "情况说明的“\(statement.label)”\(what)",
                        en: "the narrative's \(statement.label) (\(mark))"
                    ),
                    other: LocalizedText(
                        zh: "“三公”经费支出决算表“\(table.columns[column])”",
                        en: "the “三公” table's \(table.columns[column])"
                    )
                )
            }
            compare(three.total, three.total?.budget, group: "合计", mark: "预算数", what: "年初预算数")
            compare(three.total, three.total?.actual, group: "合计", mark: "决算数", what: "决算数")
            compare(three.abroad, three.abroad?.actual, group: "因公出国", mark: "决算数", what: "决算数")
            compare(three.vehicles, three.vehicles?.actual, group: "公务用车购置及运行费小计", mark: "决算数", what: "决算数")
            compare(three.reception, three.reception?.actual, group: "公务接待费", mark: "决算数", what: "决算数")
            if checked == 0 {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明的“三公”经费陈述没有可与表格对照的金额。",
                        en: "The narrative's “三公” statement has no amount to compare with the table."
                    )
                )
            }
            return reporter.outcome
        }
    }
}
