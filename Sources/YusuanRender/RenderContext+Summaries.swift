import YusuanCore

extension RenderContext {
    /// 表一: income on the left, expenditure by fund on the right.
    mutating func writeFinancialSummary(_ table: FinancialSummaryTable) {
        writeHeader(table.header)
        output.row(["收入", "", "支出", "", "", "", ""])
        output.row(["项目", "预算数", "项目"] + FundSplit.columnNames)
        for line in table.lines {
            output.row(
                [line.incomeLabel, cell(line.incomeAmount), line.expenditureLabel]
                    + line.expenditure.columns.map(cell)
            )
        }
        writeFooter(table.header)
    }

    /// 表六: income by source beside expenditure by function class.
    mutating func writeDepartmentSummary(_ table: DepartmentSummaryTable) {
        writeHeader(table.header)
        output.row(["收入", "", "支出", ""])
        output.row(["项目", "预算数", "项目", "预算数"])
        for line in table.lines {
            output.row([line.incomeLabel, cell(line.incomeAmount), line.expenditureLabel, cell(line.expenditureAmount)])
        }
        writeFooter(table.header)
    }
}
