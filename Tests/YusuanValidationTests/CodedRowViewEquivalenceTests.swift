import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// The coded views read the model's rows in place and give the codes, names, lines, amounts, keys and levels of
/// the rows they replaced, which copied each row's fields and columns array.
struct CodedRowViewEquivalenceTests {
    /// What a row of a coded view showed when it copied the model's row.
    struct Copied: Equatable {
        let code: String
        let name: String
        let columns: [Amount?]
        let line: SourceLine?
        let codeKey: Int?
        let level: ClassificationLevel?

        init(code: String, name: String, columns: [Amount?], line: SourceLine?) {
            self.code = code
            self.name = name
            self.columns = columns
            self.line = line
            codeKey = DigitCode.key(code)
            level = codeKey == nil ? nil : ClassificationLevel(code: code)
        }

        init(_ row: FunctionRow) {
            self.init(code: row.code, name: row.name, columns: row.amounts.columns, line: row.line)
        }

        init(_ row: EconomicRow) { self.init(code: row.code, name: row.name, columns: row.columns, line: row.line) }

        /// 总计, then the sources, then blanks up to the table's source columns.
        init(_ row: SourceBreakdownRow, sourceCount: Int) {
            var columns: [Amount?] = [row.total] + row.sources
            while columns.count < 1 + sourceCount { columns.append(nil) }
            self.init(code: row.code, name: row.name, columns: columns, line: row.line)
        }

        init(_ view: CodedRowView) {
            code = view.code
            name = view.name
            columns = Array(view.columns)
            line = view.line
            codeKey = view.codeKey
            level = view.level
        }
    }

    static func check(_ view: CodedTableView, total: Copied?, rows: [Copied]) {
        #expect(view.totalRow.map(Copied.init) == total, "\(view.kind)")
        #expect(view.rows.map(Copied.init) == rows, "\(view.kind)")
        #expect(view.categoryRows.map(Copied.init) == rows.filter { $0.level == .category }, "\(view.kind)")
        #expect(view.totalAndRows.map(Copied.init) == (total.map { [$0] } ?? []) + rows, "\(view.kind)")
        for row in view.rows {
            #expect(row.columns.count == row.columns.indices.count)
            #expect(Array(row.columns.dropFirst()) == Array(Array(row.columns)[1...]))
        }
    }

    static func check(_ tables: DisclosureTables) {
        let index = DocumentIndex(tables)
        // A row of one table finds the row with its code in every table as a search by its code's text does.
        let views = index.classifiedTables + [index.procurementView].compactMap { $0 }
        for view in views {
            for other in views {
                for row in other.rows {
                    #expect(view.row(codeOf: row).map(Copied.init) == view.row(code: row.code).map(Copied.init))
                }
            }
        }
        for (kind, table) in [
            (TableKind.generalBudgetExpenditure, tables.generalBudgetExpenditure),
            (.governmentFundExpenditure, tables.governmentFundExpenditure),
            (.departmentExpenditure, tables.departmentExpenditure),
        ] {
            guard let table else { continue }
            let view = index.functionView(kind)
            #expect(view != nil)
            if let view { check(view, total: table.totalRow.map(Copied.init), rows: table.rows.map(Copied.init)) }
        }
        if let table = tables.generalBudgetBasicExpenditure, let view = index.economicView {
            check(view, total: table.totalRow.map(Copied.init), rows: table.rows.map(Copied.init))
        }
        for (table, view) in [
            (tables.departmentIncome, index.departmentIncomeView), (tables.procurement, index.procurementView),
        ] {
            guard let table, let view else { continue }
            let count = table.sourceColumns.count
            check(
                view,
                total: table.totalRow.map { Copied($0, sourceCount: count) },
                rows: table.rows.map { Copied($0, sourceCount: count) }
            )
        }
    }

    /// The seeds and generated documents, with rows of 表七 and 表九 given fewer and more sources than the table
    /// has columns, codes that are not made of digits and blank amounts.
    @Test func viewsShowTheModelRows() throws {
        var random = SplitMix64(seed: 11)
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 7, count: 12) {
            Self.check(document.tables)
            var tables = document.tables
            for path in [\DisclosureTables.departmentIncome, \DisclosureTables.procurement] {
                guard var table = tables[keyPath: path], !table.rows.isEmpty else { continue }
                let position = random.int(in: 0...(table.rows.count - 1))
                table.rows[position].sources = Array(table.rows[position].sources.prefix(1))
                table.rows[0].sources += [Amount(7), nil]
                table.totalRow?.sources = []
                table.rows.append(SourceBreakdownRow(code: "B", name: "货物", total: nil, sources: [nil, Amount(3)]))
                tables[keyPath: path] = table
            }
            if var table = tables.generalBudgetExpenditure, !table.rows.isEmpty {
                table.rows[random.int(in: 0...(table.rows.count - 1))].code = "20１03"
                table.rows.append(
                    FunctionRow(
                        code: "",
                        name: "小计",
                        amounts: ExpenditureSplit(total: nil, basic: nil, project: Amount(1))
                    )
                )
                tables.generalBudgetExpenditure = table
            }
            // A table without its 合计 row.
            tables.governmentFundExpenditure?.totalRow = nil
            if var table = tables.generalBudgetBasicExpenditure, !table.rows.isEmpty {
                table.rows[0].personnel = nil
                table.rows.append(
                    EconomicRow(code: "3019", name: "其他", total: Amount(2), personnel: nil, publicUse: nil)
                )
                tables.generalBudgetBasicExpenditure = table
            }
            Self.check(tables)
        }
    }

    /// A row made alone (the 合计 rows rules read from the model) shows the model's row too.
    @Test func singleRowsShowTheModelRow() {
        let function = FunctionRow(
            code: "2010301",
            name: "行政运行",
            amounts: ExpenditureSplit(total: Amount(3), basic: Amount(2), project: nil)
        )
        #expect(Copied(CodedRowView(function)) == Copied(function))
        let economic = EconomicRow(code: "", name: "合计", total: Amount(5), personnel: nil, publicUse: Amount(5))
        #expect(Copied(CodedRowView(economic)) == Copied(economic))
        let sources = SourceBreakdownRow(code: "A", name: "货物", total: Amount(1), sources: [Amount(1)])
        for count in [0, 1, 3] {
            #expect(Copied(CodedRowView(sources, sourceCount: count)) == Copied(sources, sourceCount: count))
        }
    }

    /// The 合计 row of a table's view (which N10, X5, X10 and the narrative targets read) shows what a row made
    /// alone from the table's 合计 row shows, and locates and describes its cells alike.
    @Test func viewTotalRowsShowTheRowsMadeAlone() throws {
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 5, count: 8) {
            let tables = document.tables
            let index = DocumentIndex(tables)
            var pairs: [(view: CodedTableView, alone: CodedRowView)] = []
            for kind in [TableKind.generalBudgetExpenditure, .departmentExpenditure] {
                let table =
                    kind == .departmentExpenditure ? tables.departmentExpenditure : tables.generalBudgetExpenditure
                if let total = table?.totalRow, let view = index.functionView(kind) {
                    pairs.append((view, CodedRowView(total)))
                }
            }
            if let total = tables.generalBudgetBasicExpenditure?.totalRow, let view = index.economicView {
                pairs.append((view, CodedRowView(total)))
            }
            if let income = tables.departmentIncome, let total = income.totalRow, let view = index.departmentIncomeView
            {
                pairs.append((view, CodedRowView(total, sourceCount: income.sourceColumns.count)))
            }
            #expect(!pairs.isEmpty)
            for (view, alone) in pairs {
                let totalRow = try #require(view.totalRow)
                #expect(Copied(totalRow) == Copied(alone), "\(view.kind)")
                for column in view.columnNames.indices {
                    #expect(view.location(totalRow, column: column) == view.location(alone, column: column))
                    #expect(view.describe(totalRow, column: column) == view.describe(alone, column: column))
                }
            }
        }
    }

    /// Each row's children, listed once per table, are the rows one level down whose code starts with the row's
    /// code, in row order (rows sharing a code sharing them), as a search of every row finds them.
    @Test func childrenAsASearchOfEveryRow() throws {
        var random = SplitMix64(seed: 3)
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 9, count: 8) {
            var tables = document.tables
            // A repeated 类 and 款, and a 项 whose 款 has no row.
            if var table = tables.generalBudgetExpenditure, table.rows.count > 2 {
                table.rows.append(table.rows[random.int(in: 0...(table.rows.count - 1))])
                table.rows.insert(table.rows[0], at: table.rows.count / 2)
                table.rows.append(
                    FunctionRow(
                        code: "2999901",
                        name: "其他",
                        amounts: ExpenditureSplit(total: nil, basic: nil, project: nil)
                    )
                )
                tables.generalBudgetExpenditure = table
            }
            let index = DocumentIndex(tables)
            for view in index.classifiedTables {
                let rows = Array(view.rows)
                for (position, row) in rows.enumerated() {
                    let expected =
                        row.level == nil
                        ? []
                        : rows.indices.filter {
                            rows[$0].level != nil && rows[$0].code.utf8.count == row.code.utf8.count + 2
                                && rows[$0].code.hasPrefix(row.code)
                        }
                    #expect(Array(view.childPositions[position]) == expected, "\(view.kind) \(row.code)")
                    #expect(view.childPositions.range(of: position).count == expected.count)
                }
            }
        }
    }
}
