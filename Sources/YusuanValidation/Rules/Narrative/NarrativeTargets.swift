import YusuanCore

/// The table figures the narrative's statements are compared with.
enum NarrativeTargets {
    struct Target {
        var amount: Amount?
        /// The unit of the table the amount is printed in.
        var unit: AmountUnit
        var location: FindingLocation
        /// Makes ``describe``: the description is written only for a finding.
        private let makeDescription: () -> LocalizedText
        /// How a finding names the figure.
        var describe: LocalizedText { makeDescription() }

        init(
            amount: Amount?,
            unit: AmountUnit,
            location: FindingLocation,
            describe: @escaping @autoclosure () -> LocalizedText
        ) {
            self.amount = amount
            self.unit = unit
            self.location = location
            makeDescription = describe
        }
    }

    /// 表六 收入合计, else 表一 收入合计.
    static func incomeTotal(_ context: ValidationContext) -> Target? {
        if let summary = context.tables.departmentSummary, let total = summary.totalLine {
            let name = context.tableName(.departmentSummary)
            return Target(
                amount: total.incomeAmount,
                unit: context.unit(of: summary.header),
                location: FindingLocation(
                    table: .departmentSummary,
                    caption: name.caption,
                    row: "合计",
                    column: "收入",
                    line: total.line
                ),
                describe: LocalizedText(zh: "\(name.ofZh)收入合计", en: "\(name.en) total income")
            )
        }
        if let table = context.tables.financialSummary, let total = context.sections(of: table).incomeTotal {
            let name = context.tableName(.financialSummary)
            return Target(
                amount: total.amount,
                unit: context.unit(of: table.header),
                location: FindingLocation(
                    table: .financialSummary,
                    caption: name.caption,
                    row: total.label,
                    column: "预算数",
                    line: total.line
                ),
                describe: LocalizedText(zh: "\(name.ofZh)收入合计", en: "\(name.en) total income")
            )
        }
        return nil
    }

    /// The totals a narrative's 收入预算 may state outside the Chongqing template: the income 合计 and 总计 lines
    /// of the department summary (`本年收入合计` without, `收入总计` with the carry-over: families state either).
    static func incomeTotals(_ context: ValidationContext) -> [Target] {
        guard let summary = context.tables.departmentSummary else { return [] }
        let unit = context.unit(of: summary.header)
        let name = context.tableName(.departmentSummary)
        return summary.lines.filter { $0.incomeLabel.has("合计") || $0.incomeLabel.has("总计") }.map { line in
            Target(
                amount: line.incomeAmount,
                unit: unit,
                location: FindingLocation(
                    table: .departmentSummary,
                    caption: name.caption,
                    row: line.incomeLabel,
                    column: "收入",
                    line: line.line
                ),
                describe: LocalizedText(zh: "\(name.ofZh)“\(line.incomeLabel)”", en: "\(name.en), \(line.incomeLabel)")
            )
        }
    }

    /// The totals a narrative's 支出预算 may state outside the Chongqing template: the department expenditure
    /// table's 合计, and the expenditure 合计 and 总计 lines of the department summary.
    static func expenditureTotals(_ context: ValidationContext) -> [Target] {
        var targets: [Target] = []
        if let total = total(of: .departmentExpenditure, column: 0, context) { targets.append(total) }
        guard let summary = context.tables.departmentSummary else { return targets }
        let unit = context.unit(of: summary.header)
        let name = context.tableName(.departmentSummary)
        for line in summary.lines where line.expenditureLabel.has("合计") || line.expenditureLabel.has("总计") {
            targets.append(
                Target(
                    amount: line.expenditureAmount,
                    unit: unit,
                    location: FindingLocation(
                        table: .departmentSummary,
                        caption: name.caption,
                        row: line.expenditureLabel,
                        column: "支出",
                        line: line.line
                    ),
                    describe: LocalizedText(
                        zh: "\(name.ofZh)“\(line.expenditureLabel)”",
                        en: "\(name.en), \(line.expenditureLabel)"
                    )
                )
            )
        }
        return targets
    }

    /// The 表六 income line of a source, else 表一's.
    static func incomeSource(_ fund: FundSource, _ context: ValidationContext) -> Target? {
        if let summary = context.tables.departmentSummary,
            let source = summary.firstIncomeSource(where: { FundSource(label: $0.incomeLabel) == fund })
        {
            let name = context.tableName(.departmentSummary)
            return Target(
                amount: source.incomeAmount,
                unit: context.unit(of: summary.header),
                location: FindingLocation(
                    table: .departmentSummary,
                    caption: name.caption,
                    row: source.incomeLabel,
                    column: "收入",
                    line: source.line
                ),
                describe: LocalizedText(
                    zh: "\(name.ofZh)“\(source.incomeLabel)”",
                    en: "\(name.en) \(source.incomeLabel)"
                )
            )
        }
        return financialSummarySource(fund, context)
    }

    /// A cell of the 合计 row of 表二 or 表八 (column 0 总计, 1 基本支出, 2 项目支出).
    static func total(of kind: TableKind, column: Int, _ context: ValidationContext) -> Target? {
        let table =
            kind == .departmentExpenditure
            ? context.tables.departmentExpenditure : context.tables.generalBudgetExpenditure
        guard let table, let total = table.totalRow else { return nil }
        let view = context.codedView(kind, function: table)
        let row = view.totalRow ?? CodedRowView(total)
        return Target(
            amount: row.columns[column],
            unit: context.unit(of: table.header),
            location: view.location(row, column: column),
            describe: view.describe(row, column: column)
        )
    }

    /// The 类 row of 表八 (else, in the Chongqing template, 表二) with the given name.
    static func category(named name: String, _ context: ValidationContext) -> Target? {
        let wanted = Labels.key(name)
        let kinds: [TableKind] =
            context.isChongqingTemplate
            ? [.departmentExpenditure, .generalBudgetExpenditure] : [.departmentExpenditure]
        for kind in kinds {
            let table =
                kind == .departmentExpenditure
                ? context.tables.departmentExpenditure : context.tables.generalBudgetExpenditure
            guard let table else { continue }
            let view = context.codedView(kind, function: table)
            if let row = view.categoryRow(key: wanted) {
                return Target(
                    amount: row.columns[0],
                    unit: context.unit(of: table.header),
                    location: view.location(row, column: 0),
                    describe: view.describe(row, column: 0)
                )
            }
        }
        return nil
    }
}

extension NarrativeTargets {
    /// 表一's current-year income line of a source of funds (预算数 column).
    static func financialSummarySource(_ fund: FundSource, _ context: ValidationContext) -> Target? {
        guard let table = context.tables.financialSummary,
            let source = context.sections(of: table).currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == fund
            })
        else { return nil }
        let name = context.tableName(.financialSummary)
        return Target(
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

extension RuleReporter {
    /// ``checkStated(_:against:unit:at:related:subject:other:)`` against a figure of the tables, the narrative's
    /// figure named by its label.
    @discardableResult
    mutating func checkStated(
        _ figure: StatedFigure,
        against target: NarrativeTargets.Target,
        at location: FindingLocation
    )
        -> Bool
    {
        checkStated(
            figure,
            against: target.amount,
            unit: target.unit,
            at: location,
            related: target.location,
            subject: Describe.narrative(figure.label),
            other: target.describe
        )
    }
}
