import YusuanCore
import YusuanStorage

/// The fact extraction as it was before it visited the tables in order without sorting: the reference of
/// ``FactExtractorTests`` (the same facts, in the same order, for the seeds and generated documents).
enum ReferenceFactExtractor {
    /// The column of the single amount of a one-sided income line (表一, 表六) and of 表十.
    static let incomeColumn = "收入"
    /// The column of the expenditure amount of 表六.
    static let expenditureColumn = "支出"
    /// The column of a project's budget (表十一) and of the overall budget (表十).
    static let budgetColumn = "预算数"
    /// The row key of the 合计 row of coded tables and of the single line of 表四.
    static let totalRow = "合计"

    /// Every non-blank amount of the tables, by table (表一 … 表十一) and in published order within a table.
    static func facts(of disclosure: Disclosure) -> [Fact] {
        var collector = Collector()
        let tables = disclosure.tables
        if let table = tables.financialSummary {
            for line in table.lines {
                if !line.incomeLabel.isEmpty {
                    collector.add(.financialSummary, label: line.incomeLabel, column: incomeColumn, line.incomeAmount)
                }
                if !line.expenditureLabel.isEmpty {
                    let row = collector.uniqueRow(.financialSummary, line.expenditureLabel, side: "支出")
                    for (column, amount) in zip(FundSplit.columnNames, line.expenditure.columns) {
                        collector.add(
                            .financialSummary,
                            row: row,
                            kind: .label,
                            name: line.expenditureLabel,
                            column,
                            amount
                        )
                    }
                }
            }
        }
        for (kind, table) in [
            (TableKind.generalBudgetExpenditure, tables.generalBudgetExpenditure),
            (.governmentFundExpenditure, tables.governmentFundExpenditure),
            (.departmentExpenditure, tables.departmentExpenditure),
        ] {
            guard let table else { continue }
            if let total = table.totalRow {
                collector.addColumns(
                    kind,
                    row: totalRow,
                    kind: .total,
                    name: total.name,
                    ExpenditureSplit.columnNames,
                    total.amounts.columns
                )
            }
            for row in table.rows {
                collector.addColumns(
                    kind,
                    row: row.code,
                    kind: .function,
                    name: row.name,
                    ExpenditureSplit.columnNames,
                    row.amounts.columns
                )
            }
        }
        if let table = tables.generalBudgetBasicExpenditure {
            if let total = table.totalRow {
                collector.addColumns(
                    .generalBudgetBasicExpenditure,
                    row: totalRow,
                    kind: .total,
                    name: total.name,
                    EconomicRow.columnNames,
                    total.columns
                )
            }
            for row in table.rows {
                collector.addColumns(
                    .generalBudgetBasicExpenditure,
                    row: row.code,
                    kind: .economic,
                    name: row.name,
                    EconomicRow.columnNames,
                    row.columns
                )
            }
        }
        if let table = tables.threePublicExpenditure {
            collector.addColumns(
                .threePublicExpenditure,
                row: totalRow,
                kind: .total,
                name: "“三公”经费",
                ThreePublicAmounts.columnNames,
                table.amounts.columns
            )
        }
        if let table = tables.departmentSummary {
            for line in table.lines {
                if !line.incomeLabel.isEmpty {
                    collector.add(.departmentSummary, label: line.incomeLabel, column: incomeColumn, line.incomeAmount)
                }
                if !line.expenditureLabel.isEmpty {
                    let row = collector.uniqueRow(.departmentSummary, line.expenditureLabel, side: "支出")
                    collector.add(
                        .departmentSummary,
                        row: row,
                        kind: .label,
                        name: line.expenditureLabel,
                        expenditureColumn,
                        line.expenditureAmount
                    )
                }
            }
        }
        for (kind, rowKind, table) in [
            (TableKind.departmentIncome, Fact.RowKind.function, tables.departmentIncome),
            (.procurement, .procurement, tables.procurement),
        ] {
            guard let table else { continue }
            let columns = ["总计"] + table.sourceColumns
            if let total = table.totalRow {
                collector.addColumns(
                    kind,
                    row: totalRow,
                    kind: .total,
                    name: total.name,
                    columns,
                    [total.total] + total.sources
                )
            }
            for row in table.rows {
                collector.addColumns(
                    kind,
                    row: row.code,
                    kind: rowKind,
                    name: row.name,
                    columns,
                    [row.total] + row.sources
                )
            }
        }
        if let table = tables.overallPerformance {
            collector.add(
                .overallPerformance,
                row: totalRow,
                kind: .total,
                name: table.departmentLabel,
                budgetColumn,
                table.budget
            )
        }
        for project in tables.projectPerformance {
            let row = collector.uniqueRow(.projectPerformance, project.name, side: budgetColumn)
            collector.add(
                .projectPerformance,
                row: row,
                kind: .project,
                name: project.name,
                budgetColumn,
                project.budget
            )
        }
        // Table order (表一 … 表十一), published order within a table.
        return collector.facts.enumerated().sorted {
            ($0.element.table.rawValue, $0.offset) < ($1.element.table.rawValue, $1.offset)
        }
        .map(\.element)
    }

    private struct Collector {
        var facts: [Fact] = []
        /// Row keys used per table and side, to make repeated labels unique.
        var used: [String: Int] = [:]

        mutating func uniqueRow(_ table: TableKind, _ label: String, side: String) -> String {
            let key = "\(table.rawValue)\u{1}\(side)\u{1}\(label)"
            let count = (used[key] ?? 0) + 1
            used[key] = count
            return count == 1 ? label : "\(label)#\(count)"
        }

        mutating func add(_ table: TableKind, label: String, column: String, _ amount: Amount?) {
            let row = uniqueRow(table, label, side: column)
            add(table, row: row, kind: .label, name: label, column, amount)
        }

        mutating func add(
            _ table: TableKind,
            row: String,
            kind: Fact.RowKind,
            name: String,
            _ column: String,
            _ amount: Amount?
        ) {
            guard let amount else { return }
            facts.append(Fact(table: table, row: row, rowKind: kind, name: name, column: column, amount: amount))
        }

        mutating func addColumns(
            _ table: TableKind,
            row: String,
            kind: Fact.RowKind,
            name: String,
            _ columns: [String],
            _ amounts: [Amount?]
        ) {
            // A coded row printed twice (an extraction artefact) keeps both, the second as `code#2`.
            let key = kind == .total ? row : uniqueRow(table, row, side: "coded")
            for (column, amount) in zip(columns, amounts) {
                add(table, row: key, kind: kind, name: name, column, amount)
            }
        }
    }
}
