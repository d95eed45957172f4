import YusuanCore

/// F5 (决算): the same line agrees across tables. Each 类 of 收入支出决算总表 equals the 类 of 支出决算表 (本年支出合计),
/// each 类 of 财政拨款收入支出决算总表 (一般公共预算 column) equals the 类 of 一般公共预算财政拨款支出决算表; the totals
/// agree (本年收入合计 with 收入决算表, 本年支出合计 with 支出决算表, the 一般公共预算 income of both 总表, the appropriation
/// total with 收入决算表's 财政拨款收入 and with 一般公共预算财政拨款支出决算表), and 人员经费合计 + 公用经费合计 equals the
/// 基本支出 of 一般公共预算财政拨款支出决算表. A 类 printed as the rounded sum of n 项 may differ from the same 类 elsewhere
/// by the rounding envelope 0.005·(n+1) (info); totals must agree exactly.
public struct F5FinalAccountCrossTable: ValidationRule {
    public static let id = "F5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let summary = context.genericTable(FinalAccountTableID.summary)
        let financial = context.genericTable(FinalAccountTableID.financialSummary)
        let income = context.genericTable(FinalAccountTableID.income)
        let expenditure = context.genericTable(FinalAccountTableID.expenditure)
        let basic = context.genericTable(FinalAccountTableID.basicExpenditure)
        let general = context.tables.generalBudgetExpenditure
        guard [summary, financial, income, expenditure, basic].compactMap({ $0 }).count + (general == nil ? 0 : 1) >= 2
        else {
            return .notApplicable(Self.id, LocalizedText(zh: "决算表不足两张。", en: "Fewer than two 决算 tables."))
        }
        var reporter = context.reporter(for: Self.id)
        // 类 lines of the 总表 against the detailed tables.
        if let summary, let expenditure {
            compareCategories(
                summary,
                column: 1,
                with: expenditure.rows.filter { $0.level == .category },
                detail: expenditure,
                detailColumn: 0,
                into: &reporter
            )
        }
        if let financial, let general {
            let rows = general.rows.filter { $0.level == .category }.map {
                GenericRow(code: $0.code, name: $0.name, amounts: $0.amounts.columns, line: $0.line)
            }
            let detail = GenericTable(
                identifier: "general-budget-expenditure",
                header: general.header,
                columns: ExpenditureSplit.columnNames,
                rows: general.rows.map {
                    GenericRow(code: $0.code, name: $0.name, amounts: $0.amounts.columns, line: $0.line)
                }
            )
            compareCategories(financial, column: 2, with: rows, detail: detail, detailColumn: 0, into: &reporter)
        }
        // Totals.
        func total(_ table: GenericTable?, _ column: Int) -> (GenericTable, GenericRow, Amount?)? {
            guard let table, let row = table.totalRow else { return nil }
            return (table, row, table.cell(row, column))
        }
        func labelled(_ table: GenericTable?, _ label: String, side: Int, column: Int) -> (
            GenericTable, GenericRow, Amount?
        )? {
            guard let table, let row = table.row(labelled: label, side: side) else { return nil }
            return (table, row, table.cell(row, column))
        }
        let generalTotal: (GenericTable, GenericRow, Amount?)? = general.flatMap { table in
            table.totalRow.map { row in
                (
                    GenericTable(
                        identifier: "general-budget-expenditure",
                        header: table.header,
                        columns: ExpenditureSplit.columnNames,
                        rows: []
                    ),
                    GenericRow(code: "", name: row.name, amounts: row.amounts.columns, line: row.line),
                    row.amounts.total
                )
            }
        }
        let generalBasic = general?.totalRow?.amounts.basic
        let pairs: [((GenericTable, GenericRow, Amount?)?, (GenericTable, GenericRow, Amount?)?)] = [
            (labelled(summary, "本年收入合计", side: 0, column: 0), total(income, 0)),
            (labelled(summary, "本年支出合计", side: 1, column: 1), total(expenditure, 0)),
            (
                labelled(summary, "一般公共预算财政拨款", side: 0, column: 0),
                labelled(financial, "一般公共预算财政拨款", side: 0, column: 0)
            ),
            (labelled(financial, "本年收入合计", side: 0, column: 0), total(income, 1)),
            (labelled(financial, "本年支出合计", side: 1, column: 2), generalTotal),
        ]
        for (left, right) in pairs {
            guard let left, let right else { continue }
            reporter.checkEqual(
                left.2,
                right.2,
                at: left.0.location(left.1, column: nil),
                related: right.0.location(right.1, column: nil),
                subject: LocalizedText(
                    zh: "\(left.0.header.title)“\(left.1.name)”",
                    en: "\(left.0.header.title) \(left.1.name)"
                ),
                other: LocalizedText(
                    zh: "\(right.0.header.title)“\(right.1.name)”",
                    en: "\(right.0.header.title) \(right.1.name)"
                )
            )
        }
        if let basic, let row = basic.totalRow {
            reporter.checkSum(
                total: generalBasic,
                parts: [basic.cell(row, 0), basic.cell(row, 1)],
                at: FindingLocation(
                    caption: general?.header.title,
                    row: "合计",
                    column: "基本支出",
                    line: general?.totalRow?.line
                ),
                related: basic.location(row, column: nil),
                subject: LocalizedText(
                    zh: "一般公共预算财政拨款支出决算表合计“基本支出”",
                    en: "basic expenditure of the general budget table"
                ),
                partsDescription: LocalizedText(
                    zh: "\(basic.header.title)的人员经费合计与公用经费合计",
                    en: "personnel and public-use totals of \(basic.header.title)"
                )
            )
        }
        return reporter.outcome
    }

    /// Each numbered 类 line of a 总表 (`八、社会保障和就业支出`) against the 类 row of that name in a detailed table.
    private func compareCategories(
        _ summary: GenericTable,
        column: Int,
        with categories: [GenericRow],
        detail: GenericTable,
        detailColumn: Int,
        into reporter: inout RuleReporter
    ) {
        for row in summary.rows {
            let label = summary.label(row, side: 1)
            let name = FinalAccountTables.strippedLabel(label)
            guard name != label, let category = categories.first(where: { $0.name == name }) else { continue }
            reporter.checkEqual(
                summary.cell(row, column),
                detail.cell(category, detailColumn),
                at: summary.location(row, column: column),
                related: detail.location(category, column: detailColumn),
                subject: LocalizedText(zh: "\(summary.header.title)“\(label)”", en: "\(summary.header.title) \(label)"),
                other: LocalizedText(
                    zh: "\(detail.header.title) \(category.code) \(category.name)",
                    en: "\(detail.header.title) \(category.code) \(category.name)"
                ),
                envelopeCount: detail.leafCount(under: category)
            )
        }
    }
}
