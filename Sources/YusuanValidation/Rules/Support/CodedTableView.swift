import YusuanCore

/// One row of a coded table seen uniformly: code, name, amounts in column order, line.
///
/// The fields are kept in one shared box, so that the many copies the rules make of a row each retain one
/// reference instead of each text and array; changing a field makes a new box (the row stays a value).
struct CodedRowView {
    /// The fields of a row, with what is read from its code once, when the row is made.
    private final class Storage: Sendable {
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
            (codeKey, level) = Storage.read(code)
        }

        /// The key of a code and its level: ``ClassificationLevel/init(code:)`` gives a level exactly to the codes
        /// of 3, 5 or 7 digits, which all have a key.
        private static func read(_ code: String) -> (key: Int?, level: ClassificationLevel?) {
            guard let key = DigitCode.key(code) else { return (nil, nil) }
            switch code.utf8.count {
            case 3: return (key, .category)
            case 5: return (key, .section)
            case 7: return (key, .item)
            default: return (key, nil)
            }
        }
    }

    private var storage: Storage

    var code: String {
        get { storage.code }
        set { storage = Storage(code: newValue, name: name, columns: columns, line: line) }
    }
    var name: String {
        get { storage.name }
        set { storage = Storage(code: code, name: newValue, columns: columns, line: line) }
    }
    var columns: [Amount?] {
        get { storage.columns }
        set { storage = Storage(code: code, name: name, columns: newValue, line: line) }
    }
    var line: SourceLine? {
        get { storage.line }
        set { storage = Storage(code: code, name: name, columns: columns, line: newValue) }
    }
    /// The code as an integer key (``DigitCode/key(_:)``) when it is made of digits (read once, when the row is
    /// made).
    var codeKey: Int? { storage.codeKey }
    /// The level the code implies (read once, when the row is made).
    var level: ClassificationLevel? { storage.level }

    init(code: String, name: String, columns: [Amount?], line: SourceLine?) {
        storage = Storage(code: code, name: name, columns: columns, line: line)
    }
}

/// 表二/三/五/七/八/九 seen uniformly: rows with a code, a name and amount columns, plus the 合计 row.
///
/// The parent–child links, the 类 rows and the rows by code are found once, when the view is made. The fields are
/// kept in one shared box, so that each copy a rule makes of a view retains one reference.
struct CodedTableView {
    /// The fields of a view.
    private final class Storage: Sendable {
        let kind: TableKind
        let header: TableHeader
        let columnNames: [String]
        let totalRow: CodedRowView?
        let rows: [CodedRowView]
        let system: ClassificationSystem?
        let categoryRows: [CodedRowView]
        let childPositions: ChildPositions
        let positionByKey: RowKeyIndex
        let positionByOtherCode: [String: Int]

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
            let positionByKey = RowKeyIndex(keys: rows.map(\.codeKey))
            var positionByOtherCode: [String: Int] = [:]
            for (position, row) in rows.enumerated() where row.codeKey == nil {
                if positionByOtherCode[row.code] == nil { positionByOtherCode[row.code] = position }
            }
            self.positionByKey = positionByKey
            self.positionByOtherCode = positionByOtherCode
            childPositions = CodedTableView.childPositions(of: rows, positionByKey: positionByKey)
        }
    }

    private let storage: Storage

    var kind: TableKind { storage.kind }
    var header: TableHeader { storage.header }
    var columnNames: [String] { storage.columnNames }
    var totalRow: CodedRowView? { storage.totalRow }
    var rows: [CodedRowView] { storage.rows }
    /// The classification of the codes (nil for 表九's A/B/C).
    var system: ClassificationSystem? { storage.system }
    /// The 类 rows.
    var categoryRows: [CodedRowView] { storage.categoryRows }
    /// For each row, the positions of its direct children (the 款 of a 类, the 项 of a 款), in row order.
    var childPositions: ChildPositions { storage.childPositions }
    /// The position of the first row with each code made of digits, by ``DigitCode/key(_:)``.
    private var positionByKey: RowKeyIndex { storage.positionByKey }
    /// The position of the first row with each other code (表九's A/B/C, blank codes).
    private var positionByOtherCode: [String: Int] { storage.positionByOtherCode }

    init(
        kind: TableKind,
        header: TableHeader,
        columnNames: [String],
        totalRow: CodedRowView?,
        rows: [CodedRowView],
        system: ClassificationSystem?
    ) {
        storage = Storage(
            kind: kind,
            header: header,
            columnNames: columnNames,
            totalRow: totalRow,
            rows: rows,
            system: system
        )
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

    /// The position of the first row with the code made of digits whose ``DigitCode/key(_:)`` is `codeKey`.
    func position(codeKey: Int) -> Int? { positionByKey.firstPosition(of: codeKey) }

    /// Whether a row has the code made of digits whose ``DigitCode/key(_:)`` is `codeKey`.
    func hasRow(codeKey: Int) -> Bool { positionByKey.firstPosition(of: codeKey) != nil }

    /// The first row with a code.
    func row(code: String) -> CodedRowView? {
        // Digit codes are found by key (equal exactly when their keys are), the others by text.
        if let key = DigitCode.key(code) { return positionByKey.firstPosition(of: key).map { rows[$0] } }
        return positionByOtherCode[code].map { rows[$0] }
    }

    /// A row's children are the rows one level down (two more digits) whose code starts with the row's code.
    ///
    /// Rows that share a code share their children; a child whose parent code has no row is nobody's child.
    private static func childPositions(of rows: [CodedRowView], positionByKey: RowKeyIndex) -> ChildPositions {
        // The parent of each 款 or 项 row: the first row with its code less the last two digits.
        var parents: [Int] = []
        for (position, row) in rows.enumerated() {
            guard let level = row.level, level != .category, let key = row.codeKey,
                let parent = positionByKey.firstPosition(of: DigitCode.parentKey(of: key, count: row.code.utf8.count))
            else { continue }
            if parents.isEmpty { parents = Array(repeating: -1, count: rows.count) }
            parents[position] = parent
        }
        guard !parents.isEmpty else { return ChildPositions() }
        // Each row with a level (so a digit code) has the children of the first row with its code.
        var owners: [Int] = Array(repeating: -1, count: rows.count)
        for (position, row) in rows.enumerated() where row.level != nil {
            if let key = row.codeKey { owners[position] = positionByKey.firstPosition(of: key) ?? -1 }
        }
        return ChildPositions(parents: parents, owners: owners)
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
        // 总计, then the sources, then blanks up to the table's source columns.
        var columns: [Amount?] = []
        columns.reserveCapacity(1 + max(row.sources.count, sourceCount))
        columns.append(row.total)
        for source in row.sources { columns.append(source) }
        while columns.count < 1 + sourceCount { columns.append(nil) }
        self.init(code: row.code, name: row.name, columns: columns, line: row.line)
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
