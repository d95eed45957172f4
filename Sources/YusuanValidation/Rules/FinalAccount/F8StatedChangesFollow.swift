import YusuanCore

/// F8 (决算): the increases, decreases and shares a 决算 narrative states follow from its own figures — `决算数大于/小于
/// 预算数` from the 年初预算 and 决算 it states, a change's percentage from its amount and the year's figure, each
/// `占 R%` from the part and its whole — and 基本支出 = 人员经费 + 公用经费; to the rounding of the printed figures.
public struct F8StatedChangesFollow: ValidationRule {
    public static let id = "F8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        FinalAccountNarrative.check(Self.id, context) { facts in
            var reporter = context.reporter(for: Self.id)
            var checked = 0

            // 决算数大于/小于预算数.
            var executions: [ExecutionStatement] = []
            if let general = facts.generalBudgetExecution { executions.append(general) }
            executions += facts.itemExecutions ?? []
            if let total = facts.threePublic?.total { executions.append(total) }
            for statement in executions {
                guard let comparison = statement.comparison, comparison != .unchanged, let budget = statement.budget,
                    let actual = statement.actual
                else { continue }
                checked += 1
                let order = actual.compare(budget)
                let contradicts =
                    (comparison == .increase && order == .orderedAscending)
                    || (comparison == .decrease && order == .orderedDescending)
                guard contradicts else { continue }
                let word = comparison == .increase ? "大于" : "小于"
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称“\(statement.label)”决算数\(word)预算数，但所述决算数 \(actual.plainText) "
                            + "\(order == .orderedAscending ? "小于" : "大于")年初预算数 \(budget.plainText)，请核对。",
                        en: "The narrative says the actual of \(statement.label) is "
                            + "\(comparison == .increase ? "above" : "below") its budget, but the stated actual "
                            + "\(actual.plainText) is \(order == .orderedAscending ? "below" : "above") the budget "
                            + "\(budget.plainText): check it."
                    ),
                    at: .narrative(statement.sentence),
                    expected: budget,
                    actual: actual,
                    difference: actual - budget
                )
            }

            // A change's percentage against its amount.
            let changed = [
                facts.grandTotal, facts.appropriationTotal, facts.generalBudgetExpenditure, facts.operatingCost,
            ]
            for case let figure? in changed {
                guard let change = figure.change, let amount = change.amount, let percent = figure.changePercent,
                    change.direction != .unchanged
                else { continue }
                checked += 1
                let admits = PrintedRatio.admitsChangeOfAmount(
                    change: amount,
                    current: figure.amount,
                    direction: change.direction,
                    percent: percent,
                    slack: PrintedRatio.halfUnit(of: percent)
                )
                guard !admits else { continue }
                let prior = change.direction == .decrease ? figure.amount + amount : figure.amount - amount
                let computed = FinalAccountNarrative.percent(amount, of: prior, like: percent)
                reporter.report(
                    LocalizedText(
                        zh: "情况说明所述“\(figure.label)”增减幅度 \(percent.plainText)% 与金额不符：变动 \(amount.plainText) 对上年 "
                            + "\(prior.plainText) 为 \(computed)%，请核对。",
                        en: "The narrative states a change of \(percent.plainText)% for \(figure.label), but "
                            + "\(amount.plainText) against the previous year's \(prior.plainText) is \(computed)%: check it."
                    ),
                    at: .narrative(figure.sentence),
                    actual: percent
                )
            }

            // Shares: each part of 本年收入合计 and 本年支出合计, the 一般公共预算财政拨款支出 of 本年支出合计, each 功能 类 of
            // the 一般公共预算财政拨款支出.
            var shares: [(part: FinalAccountFigure, whole: FinalAccountFigure)] = []
            for case let whole? in [facts.income, facts.expenditure] {
                shares += whole.parts.map { ($0, whole) }
            }
            if let general = facts.generalBudgetExpenditure, let whole = facts.expenditure,
                general.sentence.text.contains("本年支出合计")
            {
                shares.append((general, whole))
            }
            if let general = facts.generalBudgetExpenditure {
                shares += (facts.functionClasses ?? []).map { ($0, general) }
            }
            for (part, whole) in shares {
                guard let stated = part.sharePercent, part.unit == whole.unit, !whole.amount.isZero else { continue }
                checked += 1
                guard !FinalAccountNarrative.admitsRatio(part.amount, whole.amount, percent: stated) else { continue }
                let computed = FinalAccountNarrative.percent(part.amount, of: whole.amount, like: stated)
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称“\(part.label)”\(part.amount.plainText)万元占 \(stated.plainText)%，但它占“\(whole.label)”"
                            + "\(whole.amount.plainText)万元的 \(computed)%，请核对占比。",
                        en:
                            "The narrative states that \(part.label) (\(part.amount.plainText)) is \(stated.plainText)%, "
                            + "but it is \(computed)% of \(whole.label) (\(whole.amount.plainText)): check the share."
                    ),
                    at: .narrative(part.sentence),
                    actual: stated
                )
            }

            // 基本支出 = 人员经费 + 公用经费.
            if let basic = facts.basicExpenditure, basic.parts.count == 2 {
                checked += 1
                reporter.checkSum(
                    total: basic.amount,
                    parts: basic.parts.map { Optional($0.amount) },
                    at: .narrative(basic.sentence),
                    subject: LocalizedText(zh: "情况说明的“\(basic.label)”", en: "the narrative's \(basic.label)"),
                    partsDescription: LocalizedText(zh: "人员经费与公用经费", en: "personnel and public costs")
                )
            }
            if checked == 0 {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明未陈述可核对的增减、占比或基本支出构成。",
                        en: "The narrative states no change, share or basic-expenditure split that can be checked."
                    )
                )
            }
            return reporter.outcome
        }
    }
}
