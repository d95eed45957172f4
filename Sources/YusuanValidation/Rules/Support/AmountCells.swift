import YusuanCore

/// One amount cell of 表一–表十一: its amount, a way to change it, where it is and how to name it.
struct AmountCell {
    /// The amount (nil when the cell is blank).
    var amount: Amount?
    /// Replaces the cell's amount in a document of the same shape.
    var set: (inout Disclosure, Amount?) -> Void
    var location: FindingLocation
    /// What the description is made of; the text itself is built only when a message needs it.
    var parts: (table: TableName, code: String, name: String, column: String)

    /// `表二 2010301 行政运行“基本支出”列`.
    var describe: LocalizedText { Describe.cell(parts.table, code: parts.code, name: parts.name, column: parts.column) }
}

/// Every amount cell of the tables of a document: the 合计 and coded rows of 表二/三/五/七/八/九, both sides
/// of 表一 and 表六, 表四, 表十 部门支出预算数 and each project's 当年预算.
enum AmountCells {
    typealias Edit<Table> = (inout Disclosure, (inout Table) -> Void) -> Void

    /// The cells that hold an amount; `followsTemplate` (the document follows the Chongqing district template) names
    /// their tables as ``TableName`` does.
    static func all(in tables: DisclosureTables, followsTemplate: Bool = true) -> [AmountCell] {
        allIncludingBlanks(in: tables, followsTemplate: followsTemplate).filter { $0.amount != nil }
    }

    /// Every cell, blank or not.
    static func allIncludingBlanks(in tables: DisclosureTables, followsTemplate: Bool = true) -> [AmountCell] {
        let naming = Naming(followsTemplate: followsTemplate)
        var cells: [AmountCell] = []
        cells += financialSummary(tables, naming)
        cells += function(tables.generalBudgetExpenditure, .generalBudgetExpenditure, naming) { document, body in
            if var table = document.tables.generalBudgetExpenditure {
                body(&table)
                document.tables.generalBudgetExpenditure = table
            }
        }
        cells += economic(tables, naming)
        cells += threePublic(tables, naming)
        cells += function(tables.governmentFundExpenditure, .governmentFundExpenditure, naming) { document, body in
            if var table = document.tables.governmentFundExpenditure {
                body(&table)
                document.tables.governmentFundExpenditure = table
            }
        }
        cells += departmentSummary(tables, naming)
        cells += sources(tables.departmentIncome, .departmentIncome, naming) { document, body in
            if var table = document.tables.departmentIncome {
                body(&table)
                document.tables.departmentIncome = table
            }
        }
        cells += function(tables.departmentExpenditure, .departmentExpenditure, naming) { document, body in
            if var table = document.tables.departmentExpenditure {
                body(&table)
                document.tables.departmentExpenditure = table
            }
        }
        cells += sources(tables.procurement, .procurement, naming) { document, body in
            if var table = document.tables.procurement {
                body(&table)
                document.tables.procurement = table
            }
        }
        cells += performance(tables, naming)
        return cells
    }

    /// Names the tables of one document.
    private struct Naming {
        var followsTemplate: Bool

        func name(_ kind: TableKind, _ header: TableHeader) -> TableName {
            TableName(kind, header: header, followsTemplate: followsTemplate)
        }
    }

    private static func cell(
        _ amount: Amount?,
        _ kind: TableKind,
        table: TableName,
        row: String,
        name: String,
        column: String,
        line: SourceLine?,
        set: @escaping (inout Disclosure, Amount?) -> Void
    ) -> AmountCell {
        AmountCell(
            amount: amount,
            set: set,
            location: FindingLocation(
                table: kind,
                caption: table.caption,
                row: row,
                column: column,
                line: line
            ),
            parts: (table, row == name ? "" : row, name, column)
        )
    }

    private static func financialSummary(_ tables: DisclosureTables, _ naming: Naming) -> [AmountCell] {
        guard let table = tables.financialSummary else { return [] }
        let name = naming.name(.financialSummary, table.header)
        let edit: Edit<FinancialSummaryTable> = { document, body in
            if var table = document.tables.financialSummary {
                body(&table)
                document.tables.financialSummary = table
            }
        }
        let columns: [WritableKeyPath<FundSplit, Amount?>] = [
            \.total, \.generalBudget, \.governmentFund, \.stateCapital,
        ]
        var cells: [AmountCell] = []
        for (index, line) in table.lines.enumerated() {
            if !line.incomeLabel.isEmpty {
                cells.append(
                    cell(
                        line.incomeAmount,
                        .financialSummary,
                        table: name,
                        row: line.incomeLabel,
                        name: line.incomeLabel,
                        column: "预算数",
                        line: line.line
                    ) { document, value in edit(&document) { $0.lines[index].incomeAmount = value } }
                )
            }
            guard !line.expenditureLabel.isEmpty else { continue }
            for (column, path) in columns.enumerated() {
                cells.append(
                    cell(
                        line.expenditure.columns[column],
                        .financialSummary,
                        table: name,
                        row: line.expenditureLabel,
                        name: line.expenditureLabel,
                        column: FundSplit.columnNames[column],
                        line: line.line
                    ) { document, value in edit(&document) { $0.lines[index].expenditure[keyPath: path] = value } }
                )
            }
        }
        return cells
    }

    private static func function(
        _ table: FunctionExpenditureTable?,
        _ kind: TableKind,
        _ naming: Naming,
        edit: @escaping Edit<FunctionExpenditureTable>
    ) -> [AmountCell] {
        guard let table else { return [] }
        let name = naming.name(kind, table.header)
        var cells: [AmountCell] = []
        let columns: [WritableKeyPath<ExpenditureSplit, Amount?>] = [\.total, \.basic, \.project]
        if let total = table.totalRow {
            for (column, path) in columns.enumerated() {
                cells.append(
                    cell(
                        total.amounts.columns[column],
                        kind,
                        table: name,
                        row: "合计",
                        name: "合计",
                        column: ExpenditureSplit.columnNames[column],
                        line: total.line
                    ) { document, value in edit(&document) { $0.totalRow?.amounts[keyPath: path] = value } }
                )
            }
        }
        for (index, row) in table.rows.enumerated() {
            for (column, path) in columns.enumerated() {
                cells.append(
                    cell(
                        row.amounts.columns[column],
                        kind,
                        table: name,
                        row: row.code,
                        name: row.name,
                        column: ExpenditureSplit.columnNames[column],
                        line: row.line
                    ) { document, value in edit(&document) { $0.rows[index].amounts[keyPath: path] = value } }
                )
            }
        }
        return cells
    }

    private static func economic(_ tables: DisclosureTables, _ naming: Naming) -> [AmountCell] {
        guard let table = tables.generalBudgetBasicExpenditure else { return [] }
        let name = naming.name(.generalBudgetBasicExpenditure, table.header)
        let edit: Edit<EconomicExpenditureTable> = { document, body in
            if var table = document.tables.generalBudgetBasicExpenditure {
                body(&table)
                document.tables.generalBudgetBasicExpenditure = table
            }
        }
        let columns: [WritableKeyPath<EconomicRow, Amount?>] = [\.total, \.personnel, \.publicUse]
        let kind = TableKind.generalBudgetBasicExpenditure
        var cells: [AmountCell] = []
        if let total = table.totalRow {
            for (column, path) in columns.enumerated() {
                cells.append(
                    cell(
                        total.columns[column],
                        kind,
                        table: name,
                        row: "合计",
                        name: "合计",
                        column: EconomicRow.columnNames[column],
                        line: total.line
                    ) { document, value in edit(&document) { $0.totalRow?[keyPath: path] = value } }
                )
            }
        }
        for (index, row) in table.rows.enumerated() {
            for (column, path) in columns.enumerated() {
                cells.append(
                    cell(
                        row.columns[column],
                        kind,
                        table: name,
                        row: row.code,
                        name: row.name,
                        column: EconomicRow.columnNames[column],
                        line: row.line
                    ) { document, value in edit(&document) { $0.rows[index][keyPath: path] = value } }
                )
            }
        }
        return cells
    }

    private static func threePublic(_ tables: DisclosureTables, _ naming: Naming) -> [AmountCell] {
        guard let table = tables.threePublicExpenditure else { return [] }
        let name = naming.name(.threePublicExpenditure, table.header)
        let columns: [WritableKeyPath<ThreePublicAmounts, Amount?>] = [
            \.total, \.abroad, \.vehicleSubtotal, \.vehiclePurchase, \.vehicleOperation, \.reception,
        ]
        let label = table.yearLabel ?? "预算数"
        return columns.enumerated().map { column, path in
            cell(
                table.amounts.columns[column],
                .threePublicExpenditure,
                table: name,
                row: label,
                name: label,
                column: ThreePublicAmounts.columnNames[column],
                line: table.line
            ) { document, value in document.tables.threePublicExpenditure?.amounts[keyPath: path] = value }
        }
    }

    private static func departmentSummary(_ tables: DisclosureTables, _ naming: Naming) -> [AmountCell] {
        guard let table = tables.departmentSummary else { return [] }
        let name = naming.name(.departmentSummary, table.header)
        var cells: [AmountCell] = []
        for (index, line) in table.lines.enumerated() {
            if !line.incomeLabel.isEmpty {
                cells.append(
                    cell(
                        line.incomeAmount,
                        .departmentSummary,
                        table: name,
                        row: line.incomeLabel,
                        name: line.incomeLabel,
                        column: "收入",
                        line: line.line
                    ) { document, value in document.tables.departmentSummary?.lines[index].incomeAmount = value }
                )
            }
            if !line.expenditureLabel.isEmpty {
                cells.append(
                    cell(
                        line.expenditureAmount,
                        .departmentSummary,
                        table: name,
                        row: line.expenditureLabel,
                        name: line.expenditureLabel,
                        column: "支出",
                        line: line.line
                    ) { document, value in document.tables.departmentSummary?.lines[index].expenditureAmount = value }
                )
            }
        }
        return cells
    }

    private static func sources(
        _ table: SourceBreakdownTable?,
        _ kind: TableKind,
        _ naming: Naming,
        edit: @escaping Edit<SourceBreakdownTable>
    ) -> [AmountCell] {
        guard let table else { return [] }
        let tableName = naming.name(kind, table.header)
        var cells: [AmountCell] = []
        // `rowIndex` nil is the 合计 row.
        func rowCells(_ row: SourceBreakdownRow, _ rowIndex: Int?) {
            let code = row.code.isEmpty ? "合计" : row.code
            let name = row.code.isEmpty ? "合计" : row.name
            func modify(_ document: inout Disclosure, _ body: @escaping (inout SourceBreakdownRow) -> Void) {
                edit(&document) { table in
                    if let rowIndex {
                        body(&table.rows[rowIndex])
                    } else if var total = table.totalRow {
                        body(&total)
                        table.totalRow = total
                    }
                }
            }
            cells.append(
                cell(
                    row.total,
                    kind,
                    table: tableName,
                    row: code,
                    name: name,
                    column: "总计",
                    line: row.line
                ) { document, value in modify(&document) { $0.total = value } }
            )
            for (index, amount) in row.sources.enumerated() {
                let column = index < table.sourceColumns.count ? table.sourceColumns[index] : "第\(index + 2)列"
                cells.append(
                    cell(
                        amount,
                        kind,
                        table: tableName,
                        row: code,
                        name: name,
                        column: column,
                        line: row.line
                    ) { document, value in modify(&document) { $0.sources[index] = value } }
                )
            }
        }
        if let total = table.totalRow { rowCells(total, nil) }
        for (index, row) in table.rows.enumerated() { rowCells(row, index) }
        return cells
    }

    private static func performance(_ tables: DisclosureTables, _ naming: Naming) -> [AmountCell] {
        var cells: [AmountCell] = []
        if let overall = tables.overallPerformance {
            cells.append(
                cell(
                    overall.budget,
                    .overallPerformance,
                    table: naming.name(.overallPerformance, overall.header),
                    row: overall.departmentLabel,
                    name: overall.departmentLabel,
                    column: "部门支出预算数",
                    line: overall.line
                ) { document, value in document.tables.overallPerformance?.budget = value }
            )
        }
        for (index, project) in tables.projectPerformance.enumerated() {
            cells.append(
                cell(
                    project.budget,
                    .projectPerformance,
                    table: naming.name(.projectPerformance, project.header),
                    row: project.name,
                    name: project.name,
                    column: "当年预算",
                    line: project.budgetLine ?? project.line
                ) { document, value in document.tables.projectPerformance[index].budget = value }
            )
        }
        return cells
    }
}
