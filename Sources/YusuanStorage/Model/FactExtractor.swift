import YusuanCore

/// Turns a disclosure's tables into ``Fact``s.
public enum FactExtractor {
    /// The column of the single amount of a one-sided income line (表一, 表六) and of 表十.
    public static let incomeColumn = "收入"
    /// The column of the expenditure amount of 表六.
    public static let expenditureColumn = "支出"
    /// The column of a project's budget (表十一) and of the overall budget (表十).
    public static let budgetColumn = "预算数"
    /// The row key of the 合计 row of coded tables and of the single line of 表四.
    public static let totalRow = "合计"
    /// The column of the total of 表七 and 表九, before the source columns.
    static let sourceTotalColumn = "总计"

    /// Every non-blank amount of the tables, by table (表一 … 表十一) and in published order within a table.
    ///
    /// The tables are visited in that order, so the facts come out in it without sorting.
    public static func facts(of disclosure: Disclosure) -> [Fact] {
        var collector = Collector()
        let tables = disclosure.tables
        if let table = tables.financialSummary { collector.addFinancialSummary(table) }
        if let table = tables.generalBudgetExpenditure { collector.addFunctionTable(.generalBudgetExpenditure, table) }
        if let table = tables.generalBudgetBasicExpenditure { collector.addEconomicTable(table) }
        if let table = tables.threePublicExpenditure {
            let names = ThreePublicAmounts.columnNames
            let amounts = table.amounts
            let row = totalRow
            let name = "“三公”经费"
            collector.add(.threePublicExpenditure, row: row, kind: .total, name: name, names[0], amounts.total)
            collector.add(.threePublicExpenditure, row: row, kind: .total, name: name, names[1], amounts.abroad)
            collector.add(
                .threePublicExpenditure,
                row: row,
                kind: .total,
                name: name,
                names[2],
                amounts.vehicleSubtotal
            )
            collector.add(
                .threePublicExpenditure,
                row: row,
                kind: .total,
                name: name,
                names[3],
                amounts.vehiclePurchase
            )
            collector.add(
                .threePublicExpenditure,
                row: row,
                kind: .total,
                name: name,
                names[4],
                amounts.vehicleOperation
            )
            collector.add(.threePublicExpenditure, row: row, kind: .total, name: name, names[5], amounts.reception)
        }
        if let table = tables.governmentFundExpenditure {
            collector.addFunctionTable(.governmentFundExpenditure, table)
        }
        if let table = tables.departmentSummary { collector.addDepartmentSummary(table) }
        if let table = tables.departmentIncome { collector.addSourceTable(.departmentIncome, .function, table) }
        if let table = tables.departmentExpenditure { collector.addFunctionTable(.departmentExpenditure, table) }
        if let table = tables.procurement { collector.addSourceTable(.procurement, .procurement, table) }
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
            let row = collector.uniqueRow(.projectPerformance, project.name, side: .budget)
            collector.add(
                .projectPerformance,
                row: row,
                kind: .project,
                name: project.name,
                budgetColumn,
                project.budget
            )
        }
        return collector.facts
    }

    /// Collects facts and makes row keys unique within a table and side.
    private struct Collector {
        var facts: [Fact] = []
        /// How often each label was used per table and side, to make repeated labels unique.
        var used: [RowUse: Int] = [:]

        /// The sides of a table whose row keys are made unique separately.
        enum Side: UInt8 {
            case income, expenditure, coded, budget
        }

        struct RowUse: Hashable {
            var table: TableKind
            var side: Side
            var label: String
        }

        init() { facts.reserveCapacity(512) }

        /// The label, or `label#2`, `label#3` … when it was used before in the same table and side.
        mutating func uniqueRow(_ table: TableKind, _ label: String, side: Side) -> String {
            let count = used[RowUse(table: table, side: side, label: label), default: 0] + 1
            used[RowUse(table: table, side: side, label: label)] = count
            return count == 1 ? label : "\(label)#\(count)"
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

        /// An income line of 表一 or 表六: its label is its row key, its amount is in ``incomeColumn``.
        mutating func addIncome(_ table: TableKind, label: String, _ amount: Amount?) {
            let row = uniqueRow(table, label, side: .income)
            add(table, row: row, kind: .label, name: label, incomeColumn, amount)
        }

        /// The key of a coded row: the code, `code#2` for a code printed twice (an extraction artefact); 合计 as is.
        mutating func codedRow(_ table: TableKind, _ code: String, kind: Fact.RowKind) -> String {
            kind == .total ? code : uniqueRow(table, code, side: .coded)
        }

        mutating func addFinancialSummary(_ table: FinancialSummaryTable) {
            let names = FundSplit.columnNames
            for line in table.lines {
                if !line.incomeLabel.isEmpty {
                    addIncome(.financialSummary, label: line.incomeLabel, line.incomeAmount)
                }
                guard !line.expenditureLabel.isEmpty else { continue }
                let row = uniqueRow(.financialSummary, line.expenditureLabel, side: .expenditure)
                let name = line.expenditureLabel
                let split = line.expenditure
                add(.financialSummary, row: row, kind: .label, name: name, names[0], split.total)
                add(.financialSummary, row: row, kind: .label, name: name, names[1], split.generalBudget)
                add(.financialSummary, row: row, kind: .label, name: name, names[2], split.governmentFund)
                add(.financialSummary, row: row, kind: .label, name: name, names[3], split.stateCapital)
            }
        }

        mutating func addFunctionTable(_ kind: TableKind, _ table: FunctionExpenditureTable) {
            if let total = table.totalRow { addFunctionRow(kind, total, row: totalRow, rowKind: .total) }
            for row in table.rows { addFunctionRow(kind, row, row: row.code, rowKind: .function) }
        }

        private mutating func addFunctionRow(
            _ table: TableKind,
            _ line: FunctionRow,
            row: String,
            rowKind: Fact.RowKind
        ) {
            let key = codedRow(table, row, kind: rowKind)
            let names = ExpenditureSplit.columnNames
            add(table, row: key, kind: rowKind, name: line.name, names[0], line.amounts.total)
            add(table, row: key, kind: rowKind, name: line.name, names[1], line.amounts.basic)
            add(table, row: key, kind: rowKind, name: line.name, names[2], line.amounts.project)
        }

        mutating func addEconomicTable(_ table: EconomicExpenditureTable) {
            if let total = table.totalRow { addEconomicRow(total, row: totalRow, rowKind: .total) }
            for row in table.rows { addEconomicRow(row, row: row.code, rowKind: .economic) }
        }

        private mutating func addEconomicRow(_ line: EconomicRow, row: String, rowKind: Fact.RowKind) {
            let table = TableKind.generalBudgetBasicExpenditure
            let key = codedRow(table, row, kind: rowKind)
            let names = EconomicRow.columnNames
            add(table, row: key, kind: rowKind, name: line.name, names[0], line.total)
            add(table, row: key, kind: rowKind, name: line.name, names[1], line.personnel)
            add(table, row: key, kind: rowKind, name: line.name, names[2], line.publicUse)
        }

        mutating func addDepartmentSummary(_ table: DepartmentSummaryTable) {
            for line in table.lines {
                if !line.incomeLabel.isEmpty {
                    addIncome(.departmentSummary, label: line.incomeLabel, line.incomeAmount)
                }
                guard !line.expenditureLabel.isEmpty else { continue }
                let row = uniqueRow(.departmentSummary, line.expenditureLabel, side: .expenditure)
                add(
                    .departmentSummary,
                    row: row,
                    kind: .label,
                    name: line.expenditureLabel,
                    expenditureColumn,
                    line.expenditureAmount
                )
            }
        }

        mutating func addSourceTable(_ table: TableKind, _ rowKind: Fact.RowKind, _ source: SourceBreakdownTable) {
            if let total = source.totalRow {
                addSourceRow(table, total, row: totalRow, rowKind: .total, columns: source.sourceColumns)
            }
            for row in source.rows {
                addSourceRow(table, row, row: row.code, rowKind: rowKind, columns: source.sourceColumns)
            }
        }

        /// 总计, then one amount per source column (as many as both have).
        private mutating func addSourceRow(
            _ table: TableKind,
            _ line: SourceBreakdownRow,
            row: String,
            rowKind: Fact.RowKind,
            columns: [String]
        ) {
            let key = codedRow(table, row, kind: rowKind)
            add(table, row: key, kind: rowKind, name: line.name, sourceTotalColumn, line.total)
            for (column, amount) in zip(columns, line.sources) {
                add(table, row: key, kind: rowKind, name: line.name, column, amount)
            }
        }
    }
}
