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
        var compared = false
        if let income = facts.appropriationIncome {
            let target = financialSource(context) ?? NarrativeTargets.incomeSource(.generalBudget, context)
            // A narrative that counts the carried-over funds in its income (Chongqing: “结转金额已纳入相应性质的资金收入中”)
            // states the year's income plus the same fund's carry-over.
            if let target, let withCarryOver = financialSourceWithCarryOver(context),
                withCarryOver.unit == income.unit, let sum = withCarryOver.amount,
                (income.amount - sum).magnitude.compare(context.roundingEnvelope(for: [income.amount, sum], count: 2))
                    != .orderedDescending
            {
                compared = true
                _ = target
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

    /// 表一's 一般公共预算资金 income line, the figure 财政拨款收入 refers to.
    /// 表一's 一般公共预算 income of the year plus its 上年结转, when 表一 prints both (two rounded figures: compared within
    /// their rounding envelope).
    private func financialSourceWithCarryOver(_ context: ValidationContext) -> NarrativeTargets.Target? {
        guard let table = context.tables.financialSummary else { return nil }
        let sections = context.sections(of: table)
        guard
            let current = sections.currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == .generalBudget
            }),
            let carried = sections.carriedOverSources.first(where: { FundSource(label: $0.label) == .generalBudget }),
            let amount = current.amount, let carriedAmount = carried.amount
        else { return nil }
        let name = context.tableName(.financialSummary)
        return NarrativeTargets.Target(
            amount: amount + carriedAmount,
            unit: context.unit(of: table.header),
            location: FindingLocation(
                table: .financialSummary,
                caption: name.caption,
                row: current.label,
                line: current.line
            ),
            describe: LocalizedText(
                zh: "\(name.ofZh)“\(current.label)”与上年结转之和",
                en: "\(name.en) \(current.label) with its carry-over"
            )
        )
    }

    private func financialSource(_ context: ValidationContext) -> NarrativeTargets.Target? {
        guard let table = context.tables.financialSummary,
            let source = context.sections(of: table).currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == .generalBudget
            })
        else { return nil }
        let name = context.tableName(.financialSummary)
        return NarrativeTargets.Target(
            amount: source.amount,
            unit: context.unit(of: table.header),
            location: FindingLocation(
                table: .financialSummary,
                caption: name.caption,
                row: source.label,
                column: "预算数",
                line: source.line
            ),
            describe: LocalizedText(zh: "\(name.ofZh)“\(source.label)”", en: "\(name.en) \(source.label)")
        )
    }
}
