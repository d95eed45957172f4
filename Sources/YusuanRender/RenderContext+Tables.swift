import YusuanCore

extension RenderContext {
    /// Every table present, in template order.
    mutating func writeTables() {
        let tables = disclosure.tables
        if let table = tables.financialSummary { writeFinancialSummary(table) }
        if let table = tables.generalBudgetExpenditure {
            writeFunctionTable(table, headerRows: functionHeaderRows(group: "功能分类科目", label: "预算数"))
        }
        if let table = tables.generalBudgetBasicExpenditure { writeEconomicTable(table) }
        if let table = tables.threePublicExpenditure { writeThreePublic(table) }
        if let table = tables.governmentFundExpenditure {
            writeFunctionTable(
                table,
                headerRows: [
                    ["科目编码", "科目名称", "本年政府性基金预算财政拨款支出", "", ""],
                    ["", ""] + ExpenditureSplit.columnNames,
                ],
                totalInCodeColumn: false
            )
        }
        if let table = tables.departmentSummary { writeDepartmentSummary(table) }
        if let table = tables.departmentIncome { writeDepartmentIncome(table) }
        if let table = tables.departmentExpenditure {
            writeFunctionTable(table, headerRows: [["科目编码", "科目名称"] + ExpenditureSplit.columnNames])
        }
        if let table = tables.procurement { writeProcurement(table) }
        if let table = tables.overallPerformance { writeOverallPerformance(table) }
        for table in tables.projectPerformance { writeProjectPerformance(table) }
    }

    /// The two header rows of 表二: the classification group and the year label, then the column names.
    func functionHeaderRows(group: String, label: String) -> [[String]] {
        [
            [group, "", "\(disclosure.identity.year)年\(label)", "", ""],
            ["科目编码", "科目名称"] + ExpenditureSplit.columnNames,
        ]
    }

    /// The cells that start a 合计 row: the label in the code column or in the name column.
    func totalLabelCells(inCodeColumn: Bool) -> [String] {
        inCodeColumn ? ["合计", ""] : ["", "合计"]
    }

    /// 表二, 表五, 表八: rows by function classification with 总计/基本支出/项目支出.
    mutating func writeFunctionTable(
        _ table: FunctionExpenditureTable,
        headerRows: [[String]],
        totalInCodeColumn: Bool? = nil
    ) {
        writeHeader(table.header)
        for headerRow in headerRows { output.row(headerRow) }
        if let total = table.totalRow {
            let inCode = totalInCodeColumn ?? layout.totalLabelInCodeColumn
            output.row(totalLabelCells(inCodeColumn: inCode) + total.amounts.columns.map(cell))
        }
        for row in table.rows {
            output.row([row.code, row.name] + row.amounts.columns.map(cell))
        }
        writeFooter(table.header)
    }

    /// 表三: basic expenditure by economic classification.
    mutating func writeEconomicTable(_ table: EconomicExpenditureTable) {
        writeHeader(table.header)
        output.row(["经济分类科目", "", "\(disclosure.identity.year)年基本支出", "", ""])
        output.row(["科目编码", "科目名称"] + EconomicRow.columnNames)
        if let total = table.totalRow {
            output.row(totalLabelCells(inCodeColumn: layout.totalLabelInCodeColumn) + total.columns.map(cell))
        }
        for row in table.rows {
            output.row([row.code, row.name] + row.columns.map(cell))
        }
        writeFooter(table.header)
    }

    /// 表四: the three header rows and the line of six amounts.
    mutating func writeThreePublic(_ table: ThreePublicTable) {
        writeHeader(table.header)
        output.row([table.yearLabel ?? "\(disclosure.identity.year)年预算数", "", "", "", "", ""])
        output.row(["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"])
        output.row(["", "", "小计", "公务用车购置费", "公务用车运行费", ""])
        output.row(table.amounts.columns.map(cell))
        writeFooter(table.header)
    }

    /// 表七: income by function code and source of funds.
    mutating func writeDepartmentIncome(_ table: SourceBreakdownTable) {
        writeHeader(table.header)
        output.row(["科目", "", "总计"] + table.sourceColumns)
        output.row(["科目编码", "科目名称"] + Array(repeating: "", count: table.sourceColumns.count + 1))
        writeSourceRows(table)
        writeFooter(table.header)
    }

    /// 表九: procurement by category (A 货物, B 工程, C 服务) and source of funds.
    mutating func writeProcurement(_ table: SourceBreakdownTable) {
        writeHeader(table.header)
        output.row(["项目编号", "项目", "总计"] + table.sourceColumns)
        writeSourceRows(table)
        writeFooter(table.header)
    }

    /// The 合计 row (label in the code column, as in both templates) and the coded rows of a source table.
    mutating func writeSourceRows(_ table: SourceBreakdownTable) {
        let width = table.sourceColumns.count
        func padded(_ sources: [Amount?]) -> [String] {
            (0..<width).map { $0 < sources.count ? cell(sources[$0]) : "" }
        }
        if let total = table.totalRow {
            output.row(["合计", "", cell(total.total)] + padded(total.sources))
        }
        for row in table.rows {
            output.row([row.code, row.name, cell(row.total)] + padded(row.sources))
        }
    }
}
