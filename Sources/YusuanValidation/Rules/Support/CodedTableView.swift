import YusuanCore

/// One row of a coded table seen uniformly: code, name, amounts in column order, line.
struct CodedRowView {
    var code: String {
        didSet { level = ClassificationLevel(code: code) }
    }
    var name: String
    var columns: [Amount?]
    var line: SourceLine?
    /// The level the code implies (read once, when the view is made).
    private(set) var level: ClassificationLevel?

    init(code: String, name: String, columns: [Amount?], line: SourceLine?) {
        self.code = code
        self.name = name
        self.columns = columns
        self.line = line
        self.level = ClassificationLevel(code: code)
    }
}

/// 表二/三/五/七/八/九 seen uniformly: rows with a code, a name and amount columns, plus the 合计 row.
struct CodedTableView {
    var kind: TableKind
    var header: TableHeader
    var columnNames: [String]
    var totalRow: CodedRowView?
    var rows: [CodedRowView]
    /// The classification of the codes (nil for 表九's A/B/C).
    var system: ClassificationSystem?

    /// The caption as printed, or the template caption.
    var caption: String { header.caption ?? kind.caption }

    /// The location of a cell.
    func location(_ row: CodedRowView, column: Int?) -> FindingLocation {
        FindingLocation(
            table: kind,
            caption: caption,
            row: row.code.isEmpty ? "合计" : row.code,
            column: column.map { columnNames[$0] },
            line: row.line ?? header.line
        )
    }

    /// `表二 2010301 行政运行“基本支出”列`.
    func describe(_ row: CodedRowView, column: Int) -> LocalizedText {
        Describe.cell(kind, code: row.code, name: row.code.isEmpty ? "合计" : row.name, column: columnNames[column])
    }

    func row(code: String) -> CodedRowView? { rows.first { $0.code == code } }

    /// The direct children of a row: the 款 of a 类, the 项 of a 款.
    func children(of parent: CodedRowView) -> [CodedRowView] {
        guard let level = parent.level else { return [] }
        return rows.filter { child in
            guard let childLevel = child.level else { return false }
            return childLevel.rawValue == level.rawValue + 1 && child.code.hasPrefixBytes(parent.code)
        }
    }

    /// The 类 rows.
    var categoryRows: [CodedRowView] { rows.filter { $0.level == .category } }
}

extension CodedRowView {
    init(_ row: FunctionRow) {
        self.init(code: row.code, name: row.name, columns: row.amounts.columns, line: row.line)
    }

    init(_ row: EconomicRow) {
        self.init(code: row.code, name: row.name, columns: row.columns, line: row.line)
    }

    init(_ row: SourceBreakdownRow, sourceCount: Int) {
        var sources = row.sources
        if sources.count < sourceCount { sources += Array(repeating: nil, count: sourceCount - sources.count) }
        self.init(code: row.code, name: row.name, columns: [row.total] + sources, line: row.line)
    }
}

extension CodedTableView {
    init(_ kind: TableKind, function table: FunctionExpenditureTable) {
        self.init(
            kind: kind,
            header: table.header,
            columnNames: ExpenditureSplit.columnNames,
            totalRow: table.totalRow.map(CodedRowView.init),
            rows: table.rows.map(CodedRowView.init),
            system: .function
        )
    }

    init(economic table: EconomicExpenditureTable) {
        self.init(
            kind: .generalBudgetBasicExpenditure,
            header: table.header,
            columnNames: EconomicRow.columnNames,
            totalRow: table.totalRow.map(CodedRowView.init),
            rows: table.rows.map(CodedRowView.init),
            system: .economic
        )
    }

    init(_ kind: TableKind, sources table: SourceBreakdownTable, system: ClassificationSystem?) {
        let count = table.sourceColumns.count
        self.init(
            kind: kind,
            header: table.header,
            columnNames: ["总计"] + table.sourceColumns,
            totalRow: table.totalRow.map { CodedRowView($0, sourceCount: count) },
            rows: table.rows.map { CodedRowView($0, sourceCount: count) },
            system: system
        )
    }
}

/// The coded views of a document's tables, built once per document (``ValidationContext/index``).
struct DocumentIndex: Sendable {
    /// 表二, 表三, 表五, 表七 and 表八 as coded tables (those present).
    let classifiedTables: [CodedTableView]
    /// 表九 as a coded table.
    let procurementView: CodedTableView?

    init(_ tables: DisclosureTables) {
        var result: [CodedTableView] = []
        if let table = tables.generalBudgetExpenditure {
            result.append(CodedTableView(.generalBudgetExpenditure, function: table))
        }
        if let table = tables.generalBudgetBasicExpenditure { result.append(CodedTableView(economic: table)) }
        if let table = tables.governmentFundExpenditure {
            result.append(CodedTableView(.governmentFundExpenditure, function: table))
        }
        if let table = tables.departmentIncome {
            result.append(CodedTableView(.departmentIncome, sources: table, system: .function))
        }
        if let table = tables.departmentExpenditure {
            result.append(CodedTableView(.departmentExpenditure, function: table))
        }
        classifiedTables = result
        procurementView = tables.procurement.map { CodedTableView(.procurement, sources: $0, system: nil) }
    }
}

extension ValidationContext {
    /// 表二, 表三, 表五, 表七 and 表八 as coded tables (those present).
    var classifiedTables: [CodedTableView] { index.classifiedTables }

    /// The function-classified tables (表二, 表五, 表七, 表八).
    var functionTables: [CodedTableView] { index.classifiedTables.filter { $0.system == .function } }

    /// 表九 as a coded table.
    var procurementView: CodedTableView? { index.procurementView }
}
