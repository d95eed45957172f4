import YusuanCore

/// N3: the narrative's 一般公共预算财政拨款 income and expenditure, 基本支出 and 项目支出 equal 表一/表二.
public struct N3AppropriationMatchesTables: ValidationRule {
    public static let id = "N3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let facts = context.facts
        guard
            facts.appropriationIncome != nil || facts.appropriationExpenditure != nil
                || facts.basicExpenditure != nil || facts.projectExpenditure != nil
        else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述财政拨款收支。", en: "The narrative states no appropriation figures.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        if let income = facts.appropriationIncome {
            let target = financialSource(context) ?? NarrativeTargets.incomeSource(.generalBudget, context)
            if let target {
                reporter.checkEqual(
                    income.amount,
                    target.amount,
                    at: .narrative(income.sentence),
                    related: target.location,
                    subject: Describe.narrative(income.label),
                    other: target.describe
                )
            }
        }
        let pairs: [(StatedFigure?, Int)] = [
            (facts.appropriationExpenditure, 0), (facts.basicExpenditure, 1), (facts.projectExpenditure, 2),
        ]
        for (figure, column) in pairs {
            guard let figure,
                let target = NarrativeTargets.total(of: .generalBudgetExpenditure, column: column, context)
            else { continue }
            reporter.checkEqual(
                figure.amount,
                target.amount,
                at: .narrative(figure.sentence),
                related: target.location,
                subject: Describe.narrative(figure.label),
                other: target.describe
            )
        }
        return reporter.outcome
    }

    /// 表一's 一般公共预算资金 income line, the figure 财政拨款收入 refers to.
    private func financialSource(_ context: ValidationContext) -> NarrativeTargets.Target? {
        guard let table = context.tables.financialSummary,
            let source = context.sections(of: table).currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == .generalBudget
            })
        else { return nil }
        return NarrativeTargets.Target(
            amount: source.amount,
            location: FindingLocation(
                table: .financialSummary,
                caption: table.header.caption,
                row: source.label,
                column: "预算数",
                line: source.line
            ),
            describe: LocalizedText(zh: "表一“\(source.label)”", en: "table 1 \(source.label)")
        )
    }
}
