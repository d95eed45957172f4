import YusuanCore

/// N3: the narrative's 一般公共预算财政拨款 income and expenditure, 基本支出 and 项目支出 equal 表一/表二. A narrative
/// that says its income holds the carried-over money (`结转金额已纳入相应性质的资金收入中进行反映`) is compared with 表一's
/// 一般公共预算 income plus its 上年结转 一般公共预算拨款 when it is not the income alone.
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
        var compared = false
        if let income = facts.appropriationIncome {
            let target = financialSource(context) ?? NarrativeTargets.incomeSource(.generalBudget, context)
            if let target, facts.carryOverStatement != nil, !income.agrees(with: target.amount, unit: target.unit),
                let withCarryOver = incomeWithCarryOver(context)
            {
                // `结转金额已纳入相应性质的资金收入中进行反映`: the narrative's income holds the carried-over
                // appropriation, which 表一 prints under 上年结转.
                compared = true
                if income.unit == withCarryOver.unit {
                    reporter.checkEqual(
                        income.amount,
                        withCarryOver.amount,
                        at: .narrative(income.sentence),
                        related: withCarryOver.location,
                        subject: Describe.narrative(income.label),
                        other: withCarryOver.describe,
                        envelopeCount: 2
                    )
                } else {
                    reporter.checkStated(
                        income,
                        against: withCarryOver.amount,
                        unit: withCarryOver.unit,
                        at: .narrative(income.sentence),
                        related: withCarryOver.location,
                        subject: Describe.narrative(income.label),
                        other: withCarryOver.describe
                    )
                }
            } else if let target {
                compared = reporter.checkStated(
                    income,
                    against: target.amount,
                    unit: target.unit,
                    at: .narrative(income.sentence),
                    related: target.location,
                    subject: Describe.narrative(income.label),
                    other: target.describe
                )
            }
        }
        // 基本支出 and 项目支出 only where the table has those columns (the Jiangsu 公开07表 prints 合计 only).
        let split = context.isChongqingTemplate || Self.hasBasicOrProjectColumn(context.tables.generalBudgetExpenditure)
        let pairs: [(StatedFigure?, Int)] = [
            (facts.appropriationExpenditure, 0), (split ? facts.basicExpenditure : nil, 1),
            (split ? facts.projectExpenditure : nil, 2),
        ]
        for (figure, column) in pairs {
            guard let figure,
                let target = NarrativeTargets.total(of: .generalBudgetExpenditure, column: column, context)
            else { continue }
            compared = true
            reporter.checkStated(
                figure,
                against: target.amount,
                unit: target.unit,
                at: .narrative(figure.sentence),
                related: target.location,
                subject: Describe.narrative(figure.label),
                other: target.describe
            )
        }
        guard compared || context.isChongqingTemplate else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "文档没有财政拨款收支总表或一般公共预算支出表可与情况说明的财政拨款数核对。",
                    en: "The document has no appropriation summary or general-budget table to check the narrative's "
                        + "appropriations against."
                )
            )
        }
        return reporter.outcome
    }

    /// Whether some row of the 一般公共预算 table has an amount in its 基本支出 or 项目支出 column.
    static func hasBasicOrProjectColumn(_ table: FunctionExpenditureTable?) -> Bool {
        guard let table else { return false }
        return table.rows.contains { $0.amounts.basic != nil || $0.amounts.project != nil }
            || table.totalRow.map { $0.amounts.basic != nil || $0.amounts.project != nil } ?? false
    }

    /// 表一's 一般公共预算资金 income line plus its 上年结转 一般公共预算拨款 line, where 表一 prints both: the income of
    /// a narrative that counts the carried-over money in it.
    private func incomeWithCarryOver(_ context: ValidationContext) -> NarrativeTargets.Target? {
        guard let table = context.tables.financialSummary else { return nil }
        let sections = context.sections(of: table)
        guard
            let current = sections.currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == .generalBudget
            }),
            let carried = sections.carriedOverSources.first(where: { FundSource(label: $0.label) == .generalBudget }),
            let currentAmount = current.amount, let carriedAmount = carried.amount, !carriedAmount.isZero
        else { return nil }
        let name = context.tableName(.financialSummary)
        return NarrativeTargets.Target(
            amount: currentAmount + carriedAmount,
            unit: context.unit(of: table.header),
            location: FindingLocation(
                table: .financialSummary,
                caption: name.caption,
                row: current.label,
                column: "预算数",
                line: current.line
            ),
            describe: LocalizedText(
                zh: "\(name.ofZh)“\(current.label)”与上年结转“\(carried.label)”之和",
                en: "\(name.en) \(current.label) plus the carried-over \(carried.label)"
            )
        )
    }

    /// 表一's 一般公共预算资金 income line, the figure 财政拨款收入 refers to.
    private func financialSource(_ context: ValidationContext) -> NarrativeTargets.Target? {
        NarrativeTargets.financialSummarySource(.generalBudget, context)
    }
}
