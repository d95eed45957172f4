import YusuanCore

/// F9 (决算): the amounts a 决算 narrative states equal those of its tables — 收入支出总计, 本年收入合计 and 本年支出合计
/// with their parts, 财政拨款收入支出总计, the 一般公共预算财政拨款支出 with its 功能 类 and the 决算 of each 功能 项,
/// and 基本支出 with 人员经费 and 公用经费. A figure printed with other decimals than the table's is compared within its
/// rounding; a table not read with certainty is not compared.
public struct F9NarrativeMatchesTables: ValidationRule {
    public static let id = "F9"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        FinalAccountNarrative.check(Self.id, context) { facts in
            var reporter = context.reporter(for: Self.id)
            var checked = 0

            func compare(
                _ figure: FinalAccountFigure?,
                label: String,
                with amount: Amount?,
                header: TableHeader,
                location: FindingLocation
            ) {
                guard let figure else { return }
                checked += 1
                let stated = FinalAccountNarrative.amount(figure.amount, unit: figure.unit, in: context, table: header)
                reporter.checkEqual(
                    stated,
                    amount,
                    at: .narrative(figure.sentence),
                    related: location,
                    subject: LocalizedText(zh: "情况说明的“\(label)”", en: "the narrative's \(label)"),
                    other: LocalizedText(zh: "\(header.title)的对应金额", en: "the amount in \(header.title)")
                )
            }

            /// ``compare`` with the total of a coded row of the typed 一般公共预算财政拨款支出决算表.
            func compare(
                _ figure: FinalAccountFigure,
                label: String,
                with row: FunctionRow,
                of table: FunctionExpenditureTable
            ) {
                compare(
                    figure,
                    label: label,
                    with: row.amounts.total,
                    header: table.header,
                    location: FindingLocation(
                        caption: table.header.caption ?? table.header.title,
                        row: row.code,
                        line: row.line
                    )
                )
            }

            if let summary = context.certainFinalTable(FinalAccountTableID.summary) {
                let rows: [(FinalAccountFigure?, String, Int)] = [
                    (facts.grandTotal, "总计", 0), (facts.income, "本年收入合计", 0), (facts.expenditure, "本年支出合计", 1),
                ]
                for (figure, label, side) in rows {
                    guard let (amount, row) = summary.amount(labelled: label, side: side, column: side) else {
                        continue
                    }
                    compare(
                        figure,
                        label: figure?.label ?? label,
                        with: amount,
                        header: summary.header,
                        location: summary.location(row, column: side)
                    )
                }
            }
            let partTables: [(FinalAccountFigure?, String)] = [
                (facts.income, FinalAccountTableID.income), (facts.expenditure, FinalAccountTableID.expenditure),
            ]
            for (whole, identifier) in partTables {
                guard let whole, let table = context.certainFinalTable(identifier),
                    let total = table.rows.first(where: \.isTotal)
                else { continue }
                for part in whole.parts {
                    let name = FinalAccountNarrative.plainName(part.label)
                    guard
                        let column = table.columns.firstIndex(where: {
                            name == $0 || (name.count >= 4 && $0.hasPrefix(name))
                        })
                    else { continue }
                    compare(
                        part,
                        label: part.label,
                        with: table.cell(total, column),
                        header: table.header,
                        location: table.location(total, column: column)
                    )
                }
            }
            if let financial = context.certainFinalTable(FinalAccountTableID.financialSummary),
                let (amount, row) = financial.amount(labelled: "总计", side: 0, column: 0)
            {
                compare(
                    facts.appropriationTotal,
                    label: "财政拨款收入支出总计",
                    with: amount,
                    header: financial.header,
                    location: financial.location(row, column: 0)
                )
            }
            if let table = context.certainGeneralBudgetTable {
                let totalLocation = FindingLocation(
                    caption: table.header.caption ?? table.header.title,
                    row: "合计",
                    line: table.totalRow?.line ?? table.header.line
                )
                compare(
                    facts.generalBudgetExpenditure,
                    label: "一般公共预算财政拨款支出",
                    with: table.totalRow?.amounts.total,
                    header: table.header,
                    location: totalLocation
                )
                compare(
                    facts.basicExpenditure,
                    label: "一般公共预算财政拨款基本支出",
                    with: table.totalRow?.amounts.basic,
                    header: table.header,
                    location: totalLocation
                )
                for figure in facts.functionClasses ?? [] {
                    let name = FinalAccountNarrative.plainName(figure.label)
                    let rows = table.rows.filter {
                        $0.level == .category && FinalAccountNarrative.plainName($0.name) == name
                    }
                    guard rows.count == 1, let row = rows.first else { continue }
                    compare(figure, label: figure.label, with: row, of: table)
                }
                for statement in facts.itemExecutions ?? [] {
                    guard let actual = statement.actual, let item = statement.itemName,
                        let row = Self.itemRow(statement, item: item, in: table)
                    else { continue }
                    let figure = FinalAccountFigure(
                        label: item,
                        amount: actual,
                        unit: statement.unit,
                        sentence: statement.sentence
                    )
                    compare(figure, label: "\(item)（项）决算", with: row, of: table)
                }
            }
            if let basicTable = context.certainFinalTable(FinalAccountTableID.basicExpenditure),
                let basic = facts.basicExpenditure,
                let row = basicTable.rows.last(where: { basicTable.label($0, side: 0).contains("人员经费合计") })
            {
                for part in basic.parts {
                    let side = part.label == "人员经费" ? 0 : 1
                    compare(
                        part,
                        label: part.label,
                        with: basicTable.cell(row, side),
                        header: basicTable.header,
                        location: basicTable.location(row, column: side)
                    )
                }
            }
            if checked == 0 {
                return .insufficientData(
                    Self.id,
                    LocalizedText(
                        zh: "情况说明或表格缺少可对照的金额（或表格未能确定地读取）。",
                        en:
                            "The narrative or the tables lack amounts to compare (or the tables were not read with certainty)."
                    )
                )
            }
            return reporter.outcome
        }
    }

    /// The one 项 row of the table named as the statement's 项 (under its 款 when several have the name).
    static func itemRow(_ statement: ExecutionStatement, item: String, in table: FunctionExpenditureTable)
        -> FunctionRow?
    {
        let name = FinalAccountNarrative.plainName(item)
        let candidates = table.rows.filter { $0.level == .item && FinalAccountNarrative.plainName($0.name) == name }
        if candidates.count == 1 { return candidates.first }
        guard let section = statement.sectionName.map(FinalAccountNarrative.plainName) else { return nil }
        let under = candidates.filter { row in
            table.rows.contains {
                $0.level == .section && row.code.hasPrefix($0.code)
                    && FinalAccountNarrative.plainName($0.name) == section
            }
        }
        return under.count == 1 ? under.first : nil
    }
}
