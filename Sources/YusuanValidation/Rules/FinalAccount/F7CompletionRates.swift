import YusuanCore

/// F7 (决算): every stated `完成（年初）预算的 R%` equals 决算 / 预算 — for the 一般公共预算财政拨款支出, each 功能 项
/// and the “三公” total and items (an item's 预算 from the “三公” table when the narrative states only its 决算) —
/// to the rounding of the printed figures.
public struct F7CompletionRates: ValidationRule {
    public static let id = "F7"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        FinalAccountNarrative.check(Self.id, context) { facts in
            var statements: [ExecutionStatement] = []
            if let general = facts.generalBudgetExecution { statements.append(general) }
            statements += facts.itemExecutions ?? []
            let three = facts.threePublic
            if let total = three?.total { statements.append(total) }
            let table = context.certainFinalTable(FinalAccountTableID.threePublic)
            let items: [(ExecutionStatement?, String)] = [
                (three?.abroad, "因公出国"), (three?.vehicles, "公务用车购置及运行费小计"), (three?.reception, "公务接待费"),
            ]
            for (item, group) in items {
                guard var statement = item else { continue }
                if statement.budget == nil, let table, let row = table.rows.first,
                    let column = table.column(containing: group, "预算数")
                {
                    // A blank 预算数 is no budget: the rate is undefined, not checked.
                    statement.budget = table.cell(row, column).map {
                        $0.converted(from: context.unit(of: table.header), to: statement.unit) ?? $0
                    }
                }
                statements.append(statement)
            }
            var reporter = context.reporter(for: Self.id)
            var checked = 0
            for statement in statements {
                guard let stated = statement.completionPercent, let budget = statement.budget,
                    let actual = statement.actual, !budget.isZero
                else { continue }
                checked += 1
                guard !FinalAccountNarrative.admitsRatio(actual, budget, percent: stated) else { continue }
                let computed = FinalAccountNarrative.percent(actual, of: budget, like: stated)
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称“\(statement.label)”完成预算的 \(stated.plainText)%，但决算数 \(actual.plainText) 与预算数 "
                            + "\(budget.plainText) 之比为 \(computed)%，请核对完成率或两个金额。",
                        en:
                            "The narrative states that \(statement.label) reached \(stated.plainText)% of its budget, but "
                            + "the actual \(actual.plainText) against the budget \(budget.plainText) is \(computed)%: check "
                            + "the rate or the two amounts."
                    ),
                    at: .narrative(statement.sentence),
                    actual: stated
                )
            }
            if checked == 0 {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明未陈述可核对的完成率（完成预算的 R%，且有预算数和决算数）。",
                        en: "The narrative states no completion rate with its budget and actual amounts."
                    )
                )
            }
            return reporter.outcome
        }
    }
}
