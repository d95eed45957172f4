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
///
/// The parent–child links, the 类 rows and the rows by code are found once, when the view is made.
struct CodedTableView {
    let kind: TableKind
    let header: TableHeader
    let columnNames: [String]
    let totalRow: CodedRowView?
    let rows: [CodedRowView]
    /// The classification of the codes (nil for 表九's A/B/C).
    let system: ClassificationSystem?
    /// The 类 rows.
    let categoryRows: [CodedRowView]
    /// For each row, the positions of its direct children (the 款 of a 类, the 项 of a 款), in row order.
    let childPositions: [[Int]]
    /// The position of the first row with each code.
    private let positionByCode: [String: Int]

    init(
        kind: TableKind,
        header: TableHeader,
        columnNames: [String],
        totalRow: CodedRowView?,
        rows: [CodedRowView],
        system: ClassificationSystem?
    ) {
        self.kind = kind
        self.header = header
        self.columnNames = columnNames
        self.totalRow = totalRow
        self.rows = rows
        self.system = system
        categoryRows = rows.filter { $0.level == .category }
        var positionByCode: [String: Int] = [:]
        positionByCode.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() where positionByCode[row.code] == nil {
            positionByCode[row.code] = position
        }
        self.positionByCode = positionByCode
        childPositions = Self.childPositions(of: rows)
    }

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

    /// The first row with a code.
    func row(code: String) -> CodedRowView? { positionByCode[code].map { rows[$0] } }

    /// A row's children are the rows one level down (two more digits) whose code starts with the row's code.
    private static func childPositions(of rows: [CodedRowView]) -> [[Int]] {
        // Codes with a level are 3, 5 or 7 digits, so a code and its length make an exact integer key.
        func key<Bytes: Collection<UInt8>>(_ code: Bytes) -> Int {
            var value = code.count
            for byte in code { value = value &* 10 &+ Int(byte &- 0x30) }
            return value
        }
        var childrenByParent: [Int: [Int]] = [:]
        for (position, row) in rows.enumerated() {
            guard let level = row.level, level != .category else { continue }
            childrenByParent[key(row.code.utf8.dropLast(2)), default: []].append(position)
        }
        return rows.map { row in
            guard row.level != nil else { return [] }
            return childrenByParent[key(row.code.utf8)] ?? []
        }
    }
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
