import Foundation
import YusuanCore

/// Puts a rebuilt table into the typed table of the model it matches, or into a ``GenericTable``.
struct PDFTableMapper {
    let file: String

    func place(_ table: PDFReadTable, into tables: inout DisclosureTables, generic: inout [GenericTable]) throws {
        let header = table.header
        switch table.spec.target {
        case .departmentSummary:
            tables.departmentSummary = DepartmentSummaryTable(
                header: header,
                lines: table.rows.map {
                    DepartmentSummaryLine(
                        incomeLabel: $0.name,
                        incomeAmount: $0.amounts[0],
                        expenditureLabel: $0.rightName,
                        expenditureAmount: $0.amounts[1],
                        line: $0.line
                    )
                }
            )
        case .financialSummary:
            tables.financialSummary = FinancialSummaryTable(
                header: header,
                lines: table.rows.map {
                    FinancialSummaryLine(
                        incomeLabel: $0.name,
                        incomeAmount: $0.amounts[0],
                        expenditureLabel: $0.rightName,
                        expenditure: FundSplit(
                            total: $0.amounts[1],
                            generalBudget: $0.amounts[2],
                            governmentFund: $0.amounts[3],
                            stateCapital: $0.amounts[4]
                        ),
                        line: $0.line
                    )
                }
            )
        case .departmentIncome:
            let (total, rows) = try table.totalAndCodedRows(file: file)
            tables.departmentIncome = SourceBreakdownTable(
                header: header,
                sourceColumns: table.spec.columns.dropFirst().map(\.name),
                totalRow: total.map {
                    SourceBreakdownRow(
                        code: "",
                        name: $0.name,
                        total: $0.amounts[0],
                        sources: Array($0.amounts.dropFirst()),
                        line: $0.line
                    )
                },
                rows: rows.map {
                    SourceBreakdownRow(
                        code: $0.code,
                        name: $0.name,
                        total: $0.amounts[0],
                        sources: Array($0.amounts.dropFirst()),
                        line: $0.line
                    )
                }
            )
        case .departmentExpenditure:
            tables.departmentExpenditure = try functionTable(table)
        case .generalBudgetExpenditure:
            tables.generalBudgetExpenditure = try functionTable(table)
        case .governmentFundExpenditure:
            tables.governmentFundExpenditure = try functionTable(table)
        case .generalBudgetBasicExpenditure:
            let (total, rows) = try table.totalAndCodedRows(file: file)
            func economic(_ row: PDFReadRow) -> EconomicRow {
                EconomicRow(
                    code: row.code,
                    name: row.name,
                    total: row.amounts[0],
                    personnel: row.amounts[1],
                    publicUse: row.amounts[2],
                    line: row.line
                )
            }
            tables.generalBudgetBasicExpenditure = EconomicExpenditureTable(
                header: header,
                totalRow: total.map(economic),
                rows: rows.map(economic)
            )
        case .threePublic:
            var amounts: [Amount?] = Array(repeating: nil, count: table.spec.columns.count)
            var line: Int?
            for row in table.rows where row.hasAmounts {
                line = line ?? row.line
                for (index, amount) in row.amounts.enumerated() where amounts[index] == nil { amounts[index] = amount }
            }
            tables.threePublicExpenditure = ThreePublicTable(
                header: header,
                yearLabel: nil,
                amounts: ThreePublicAmounts(
                    total: amounts[0],
                    abroad: amounts[1],
                    vehicleSubtotal: amounts[2],
                    vehiclePurchase: amounts[3],
                    vehicleOperation: amounts[4],
                    reception: amounts[5]
                ),
                line: line,
                operatingCost: amounts.count > 6 ? amounts[6] : nil
            )
        case .generic(let identifier):
            generic.append(table.genericTable(identifier: identifier))
        }
    }

    private func functionTable(_ table: PDFReadTable) throws -> FunctionExpenditureTable {
        let (total, rows) = try table.totalAndCodedRows(file: file)
        func row(_ row: PDFReadRow) -> FunctionRow {
            FunctionRow(
                code: row.code,
                name: row.name,
                amounts: ExpenditureSplit(total: row.amounts[0], basic: row.amounts[1], project: row.amounts[2]),
                line: row.line
            )
        }
        let totalRow = total.map(row)
        return FunctionExpenditureTable(
            header: table.header,
            totalRow: totalRow?.amounts.columns.allSatisfy({ $0 == nil }) == true && rows.isEmpty ? nil : totalRow,
            rows: rows.map(row)
        )
    }
}
