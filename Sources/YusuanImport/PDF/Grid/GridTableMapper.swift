import Foundation
import YusuanCore

/// Puts a rebuilt table into the model: the typed table its concept fills when every figure that table needs was
/// placed with certainty, else a ``GenericTable`` under the concept's identifier — with a ``TableReadingIssue``
/// when the table could not be read with certainty, so that no rule reports an error from a guess.
struct GridTableMapper {
    /// The budget year of the document (a table printing two years' figures side by side gives this year's).
    let year: Int

    /// The result of placing one table.
    struct Placement {
        var generic: [GenericTable] = []
        var issues: [TableReadingIssue] = []
    }

    func place(_ grid: GridTable, into tables: inout DisclosureTables) -> Placement {
        var placement = Placement()
        let meanings = ColumnMeaning.of(grid)
        var problems = grid.issues
        problems += amountProblems(grid, meanings: meanings)
        let coded = CodedGrid(grid: grid, meanings: meanings)
        for remark in coded.remarks + grid.remarks {
            placement.issues.append(readingIssue(grid, remark, certain: true))
        }
        if problems.isEmpty, let kind = grid.located.concept.kind {
            do {
                if try fill(kind, from: grid, coded: coded, meanings: meanings, into: &tables) {
                    if let rest = otherColumns(grid, coded: coded, meanings: meanings, kind: kind) {
                        placement.generic.append(rest)
                    }
                    // A “三公” table by unit fills the typed table from its 合计 row: the units' rows are kept too.
                    if kind == .threePublicExpenditure, grid.rows.filter(\.hasAmount).count > 1 {
                        placement.generic.append(
                            genericTable(
                                grid,
                                coded: coded,
                                meanings: meanings,
                                identifier: grid.located.concept.id + "-rows"
                            )
                        )
                    }
                    return placement
                }
            } catch let problem as GridProblem {
                problems.append(problem.issue)
            } catch {}
        }
        placement.generic.append(
            genericTable(grid, coded: coded, meanings: meanings, identifier: grid.located.concept.id)
        )
        if let first = problems.first {
            placement.issues.append(readingIssue(grid, first, certain: false, count: problems.count))
        }
        return placement
    }

    private struct GridProblem: Error {
        var issue: GridTable.Issue
    }

    private func readingIssue(_ grid: GridTable, _ issue: GridTable.Issue, certain: Bool, count: Int = 1)
        -> TableReadingIssue
    {
        let more = count > 1 ? "（另有 \(count - 1) 处）" : ""
        let moreEnglish = count > 1 ? " (and \(count - 1) more)" : ""
        return TableReadingIssue(
            table: grid.located.concept.table ?? grid.located.concept.id,
            caption: grid.located.caption,
            title: grid.located.title,
            line: issue.line,
            reason: issue.reason + more,
            reasonEnglish: issue.reasonEnglish + moreEnglish,
            isUncertain: !certain
        )
    }

    /// Cells of amount columns that hold something other than one amount or a blank mark.
    private func amountProblems(_ grid: GridTable, meanings: [ColumnMeaning]) -> [GridTable.Issue] {
        var result: [GridTable.Issue] = []
        for row in grid.rows {
            for (index, cell) in row.cells.enumerated() where meanings[index].kind == .amount {
                guard let cell, cell.amount == nil, !cell.isBlankMark else { continue }
                let amounts = cell.words.filter { GridWords.amount($0.text) != nil }
                let column = grid.columns[index].name
                if amounts.count > 1 {
                    result.append(
                        .init(
                            line: row.line,
                            reason: "“\(column)”列同一格有 \(amounts.map(\.text).joined(separator: "、")) 两个金额",
                            reasonEnglish:
                                "column \(column) has two amounts in one cell (\(amounts.map(\.text).joined(separator: ", ")))"
                        )
                    )
                } else if !amounts.isEmpty || cell.text.count > 1 {
                    result.append(
                        .init(
                            line: row.line,
                            reason: "“\(column)”列的“\(cell.text)”不是金额",
                            reasonEnglish: "'\(cell.text)' in column \(column) is not an amount"
                        )
                    )
                }
            }
        }
        return result
    }

    // MARK: Typed tables

    /// Fills the typed table; false when the table's columns do not fit it (it stays generic, with no issue).
    private func fill(
        _ kind: TableKind,
        from grid: GridTable,
        coded: CodedGrid,
        meanings: [ColumnMeaning],
        into tables: inout DisclosureTables
    ) throws -> Bool {
        let header = grid.header
        switch kind {
        case .generalBudgetExpenditure, .governmentFundExpenditure, .departmentExpenditure:
            guard let table = try functionTable(grid, coded: coded, meanings: meanings) else { return false }
            switch kind {
            case .generalBudgetExpenditure: tables.generalBudgetExpenditure = table
            case .governmentFundExpenditure: tables.governmentFundExpenditure = table
            default: tables.departmentExpenditure = table
            }
            return true
        case .generalBudgetBasicExpenditure:
            // Typed only with the three columns printed: a missing column is not a blank one.
            guard coded.hasCodes || grid.isEmpty, let total = column(meanings, \.isTotal),
                let personnel = column(meanings, \.isPersonnel), let publicUse = column(meanings, \.isPublicUse)
            else { return false }
            try coded.requireTypeableRows(classCodesStartingWith: "3")
            func economic(_ row: CodedGrid.Row) -> EconomicRow {
                EconomicRow(
                    code: row.code,
                    name: row.name,
                    total: row.row.amount(total),
                    personnel: row.row.amount(personnel),
                    publicUse: row.row.amount(publicUse),
                    line: row.row.line
                )
            }
            tables.generalBudgetBasicExpenditure = EconomicExpenditureTable(
                header: header,
                totalRow: coded.totalRow.map(economic),
                rows: coded.codedRows.map(economic)
            )
            return true
        case .departmentIncome:
            guard coded.hasCodes || grid.isEmpty, let total = column(meanings, \.isTotal) else { return false }
            try coded.requireTypeableRows(classCodesStartingWith: "2")
            // The sources: every amount column but the total and the subtotals (`小计` of 财政拨款, of 上年结转).
            let sources = meanings.indices.filter {
                meanings[$0].kind == .amount && $0 != total && !meanings[$0].isTotal
            }
            func income(_ row: CodedGrid.Row) -> SourceBreakdownRow {
                SourceBreakdownRow(
                    code: row.code,
                    name: row.name,
                    total: row.row.amount(total),
                    sources: sources.map { row.row.amount($0) },
                    line: row.row.line
                )
            }
            tables.departmentIncome = SourceBreakdownTable(
                header: header,
                sourceColumns: sources.map { grid.columns[$0].name },
                totalRow: coded.totalRow.map(income),
                rows: coded.codedRows.map(income)
            )
            return true
        case .departmentSummary, .financialSummary:
            guard
                let sides = TwoSidedGrid(
                    grid: grid,
                    meanings: meanings,
                    year: year,
                    fundColumns: kind == .financialSummary
                )
            else { return false }
            if kind == .departmentSummary {
                tables.departmentSummary = DepartmentSummaryTable(
                    header: header,
                    lines: sides.lines.map {
                        DepartmentSummaryLine(
                            incomeLabel: $0.leftLabel,
                            incomeAmount: $0.leftAmount,
                            expenditureLabel: $0.rightLabel,
                            expenditureAmount: $0.rightAmounts.total,
                            line: $0.line
                        )
                    }
                )
            } else {
                tables.financialSummary = FinancialSummaryTable(
                    header: header,
                    lines: sides.lines.map {
                        FinancialSummaryLine(
                            incomeLabel: $0.leftLabel,
                            incomeAmount: $0.leftAmount,
                            expenditureLabel: $0.rightLabel,
                            expenditure: $0.rightAmounts,
                            line: $0.line
                        )
                    }
                )
            }
            return true
        case .threePublicExpenditure:
            guard let three = ThreePublicGrid(grid: grid, meanings: meanings, year: year) else { return false }
            tables.threePublicExpenditure = ThreePublicTable(
                header: header,
                yearLabel: three.yearLabel,
                amounts: three.amounts,
                line: three.line,
                operatingCost: three.operatingCost
            )
            return true
        case .procurement, .overallPerformance, .projectPerformance:
            return false
        }
    }

    private func functionTable(_ grid: GridTable, coded: CodedGrid, meanings: [ColumnMeaning]) throws
        -> FunctionExpenditureTable?
    {
        // Typed only with 总计, 基本支出 and 项目支出 printed: a missing column is not a blank one.
        guard coded.hasCodes || grid.isEmpty, let total = column(meanings, \.isTotal),
            let basic = column(meanings, \.isBasic), let project = column(meanings, \.isProject)
        else { return nil }
        try coded.requireTypeableRows(classCodesStartingWith: "2")
        func function(_ row: CodedGrid.Row) -> FunctionRow {
            FunctionRow(
                code: row.code,
                name: row.name,
                amounts: ExpenditureSplit(
                    total: row.row.amount(total),
                    basic: row.row.amount(basic),
                    project: row.row.amount(project)
                ),
                line: row.row.line
            )
        }
        let totalRow = coded.totalRow.map(function)
        return FunctionExpenditureTable(
            header: grid.header,
            totalRow: totalRow?.amounts.columns.allSatisfy({ $0 == nil }) == true && coded.codedRows.isEmpty
                ? nil : totalRow,
            rows: coded.codedRows.map(function)
        )
    }

    /// The first amount column with a meaning, among the columns of this year when the table prints several.
    private func column(_ meanings: [ColumnMeaning], _ test: (ColumnMeaning) -> Bool) -> Int? {
        let candidates = meanings.indices.filter { meanings[$0].kind == .amount && test(meanings[$0]) }
        let thisYear = candidates.filter { meanings[$0].years.isEmpty || meanings[$0].years.contains(year) }
        return (thisYear.isEmpty ? candidates : thisYear).first
    }

    // MARK: Generic tables

    /// The columns of a typed table's grid that the typed table does not hold, kept as a generic table so that no
    /// printed amount is lost; nil when there are none.
    private func otherColumns(_ grid: GridTable, coded: CodedGrid, meanings: [ColumnMeaning], kind: TableKind)
        -> GenericTable?
    {
        let used: Set<Int>
        switch kind {
        case .generalBudgetExpenditure, .governmentFundExpenditure, .departmentExpenditure:
            used = Set(
                [column(meanings, \.isTotal), column(meanings, \.isBasic), column(meanings, \.isProject)].compactMap {
                    $0
                }
            )
        case .generalBudgetBasicExpenditure:
            used = Set(
                [column(meanings, \.isTotal), column(meanings, \.isPersonnel), column(meanings, \.isPublicUse)]
                    .compactMap { $0 }
            )
        default:
            return nil
        }
        let rest = meanings.indices.filter { meanings[$0].kind == .amount && !used.contains($0) }
        guard !rest.isEmpty else { return nil }
        return genericTable(
            grid,
            coded: coded,
            meanings: meanings,
            identifier: grid.located.concept.id + "-other-columns",
            only: rest
        )
    }

    private func genericTable(
        _ grid: GridTable,
        coded: CodedGrid,
        meanings: [ColumnMeaning],
        identifier: String,
        only: [Int]? = nil
    ) -> GenericTable {
        let amountColumns = only ?? meanings.indices.filter { meanings[$0].kind == .amount }
        let names = amountColumns.map { index in
            let column = grid.columns[index]
            let duplicate = amountColumns.contains { $0 != index && grid.columns[$0].name == column.name }
            return duplicate ? column.path.joined(separator: " ") : column.name
        }
        return GenericTable(
            identifier: identifier,
            header: grid.header,
            columns: names,
            rows: coded.rows.map { row in
                GenericRow(
                    code: row.code,
                    name: row.unit.isEmpty ? row.name : (row.name.isEmpty ? row.unit : row.unit + " | " + row.name),
                    amounts: amountColumns.map { row.row.amount($0) },
                    line: row.row.line
                )
            }
        )
    }
}
