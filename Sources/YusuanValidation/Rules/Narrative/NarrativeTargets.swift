import YusuanCore

/// The table figures the narrative's statements are compared with.
enum NarrativeTargets {
    struct Target {
        var amount: Amount?
        var location: FindingLocation
        /// Makes ``describe``: the description is written only for a finding.
        private let makeDescription: () -> LocalizedText
        /// How a finding names the figure.
        var describe: LocalizedText { makeDescription() }

        init(amount: Amount?, location: FindingLocation, describe: @escaping @autoclosure () -> LocalizedText) {
            self.amount = amount
            self.location = location
            makeDescription = describe
        }
    }

    /// 表六 收入合计, else 表一 收入合计.
    static func incomeTotal(_ context: ValidationContext) -> Target? {
        if let summary = context.tables.departmentSummary, let total = summary.totalLine {
            return Target(
                amount: total.incomeAmount,
                location: FindingLocation(
                    table: .departmentSummary,
                    caption: summary.header.caption,
                    row: "合计",
                    column: "收入",
                    line: total.line
                ),
                describe: LocalizedText(zh: "表六收入合计", en: "table 6 total income")
            )
        }
        if let table = context.tables.financialSummary, let total = context.sections(of: table).incomeTotal {
            return Target(
                amount: total.amount,
                location: FindingLocation(
                    table: .financialSummary,
                    caption: table.header.caption,
                    row: total.label,
                    column: "预算数",
                    line: total.line
                ),
                describe: LocalizedText(zh: "表一收入合计", en: "table 1 total income")
            )
        }
        return nil
    }

    /// The 表六 income line of a source, else 表一's.
    static func incomeSource(_ fund: FundSource, _ context: ValidationContext) -> Target? {
        if let summary = context.tables.departmentSummary,
            let source = summary.firstIncomeSource(where: { FundSource(label: $0.incomeLabel) == fund })
        {
            return Target(
                amount: source.incomeAmount,
                location: FindingLocation(
                    table: .departmentSummary,
                    caption: summary.header.caption,
                    row: source.incomeLabel,
                    column: "收入",
                    line: source.line
                ),
                describe: LocalizedText(zh: "表六“\(source.incomeLabel)”", en: "table 6 \(source.incomeLabel)")
            )
        }
        if let table = context.tables.financialSummary,
            let source = context.sections(of: table).currentYearIncomeSources.first(where: {
                FundSource(label: $0.label) == fund
            })
        {
            return Target(
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
        return nil
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
            location: view.location(row, column: column),
            describe: view.describe(row, column: column)
        )
    }

    /// The 类 row of 表八 (else 表二) with the given name.
    static func category(named name: String, _ context: ValidationContext) -> Target? {
        let wanted = Labels.Matcher(name)
        for kind in [TableKind.departmentExpenditure, .generalBudgetExpenditure] {
            let table =
                kind == .departmentExpenditure
                ? context.tables.departmentExpenditure : context.tables.generalBudgetExpenditure
            guard let table else { continue }
            let view = context.codedView(kind, function: table)
            if let row = view.categoryRows.first(where: { wanted.matches($0.name) }) {
                return Target(
                    amount: row.columns[0],
                    location: view.location(row, column: 0),
                    describe: view.describe(row, column: 0)
                )
            }
        }
        return nil
    }
}
