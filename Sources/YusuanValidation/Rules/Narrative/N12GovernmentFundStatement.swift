import YusuanCore

/// N12: the 政府性基金 sentence agrees with 表五 and 表一: "无…支出" ⇔ 表五 empty and 表一's 政府性基金 column
/// empty; a stated amount equals 表五 合计.
public struct N12GovernmentFundStatement: ValidationRule {
    public static let id = "N12"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let fund = context.tables.governmentFundExpenditure
        let view = fund.map { context.codedView(.governmentFundExpenditure, function: $0) }
        let tableTotal = view.flatMap { view in
            view.totalRow?.columns[0] ?? Amount.sum(view.categoryRows.compactMap { $0.columns[0] })
        }
        let summaryFund = context.financialSummarySections?.currentYearExpenditure?.amounts.governmentFund
        let hasFundMoney = !(tableTotal?.isZero ?? true) || !(summaryFund?.isZero ?? true)
        var reporter = context.reporter(for: Self.id)
        let fundName = context.tableName(.governmentFundExpenditure)
        let summaryName = context.tableName(.financialSummary)
        // Without the table, no caption in the Chongqing template (as before) and the model's name elsewhere.
        let fundCaption = view?.caption ?? (context.isChongqingTemplate ? nil : fundName.caption)
        if context.facts.governmentFund == nil, let unread = context.unreadNarrative(Self.id) { return unread }
        guard let statement = context.facts.governmentFund else {
            if hasFundMoney {
                reporter.report(
                    LocalizedText(
                        zh: "\(fundName.zh)或\(summaryName.zh)有政府性基金预算支出，情况说明却未作说明，请补充。",
                        en: context.isChongqingTemplate
                            ? "Tables 5/1 show government-fund expenditure but the narrative says nothing about it: add it."
                            : "\(fundName.capitalizedEn) or \(summaryName.en) shows government-fund expenditure but the "
                                + "narrative says nothing about it: add it."
                    ),
                    at: FindingLocation(table: .governmentFundExpenditure, caption: fundCaption),
                    severity: .warning,
                    actual: tableTotal ?? summaryFund
                )
                return reporter.outcome
            }
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明没有政府性基金的说明。", en: "The narrative has no government-fund sentence.")
            )
        }
        let location = FindingLocation.narrative(statement.sentence)
        if statement.statesNoExpenditure {
            if hasFundMoney {
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称无政府性基金预算拨款安排的支出，但\(fundName.ofZh)合计为 \(Describe.value(tableTotal).zh)、"
                            + "\(summaryName.ofZh)政府性基金预算列为 \(Describe.value(summaryFund).zh)，请核对。",
                        en: "The narrative states no government-fund expenditure, but \(fundName.en) totals "
                            + "\(Describe.value(tableTotal).en) and \(summaryName.en)'s fund column shows "
                            + "\(Describe.value(summaryFund).en): check them."
                    ),
                    at: location,
                    related: FindingLocation(table: .governmentFundExpenditure, caption: fundCaption),
                    expected: Amount.zero(),
                    actual: tableTotal ?? summaryFund
                )
            }
        } else if let amount = statement.amount {
            let tableUnit = fund.map { context.unit(of: $0.header) } ?? context.disclosure.identity.unit
            reporter.checkStated(
                StatedFigure(
                    label: "政府性基金预算支出",
                    amount: amount,
                    unit: statement.unit ?? tableUnit,
                    sentence: statement.sentence
                ),
                against: tableTotal,
                unit: tableUnit,
                at: location,
                related: FindingLocation(table: .governmentFundExpenditure, caption: fundCaption),
                subject: Describe.narrative("政府性基金预算支出"),
                other: LocalizedText(zh: "\(fundName.ofZh)合计", en: "\(fundName.en) total")
            )
        }
        return reporter.outcome
    }
}
