import Synchronization
import YusuanCore

/// 表二/三/五/七/八/九 seen uniformly: rows with a code, a name and amount columns, plus the 合计 row.
///
/// The rows are read in place from the model's rows (``CodedRows``); the parent–child links and the rows by code are
/// found once, when the view is made. The fields are kept in one shared box, so that each copy a rule makes of a
/// view retains one reference.
struct CodedTableView {
    /// The fields of a view.
    private final class Storage: Sendable {
        let kind: TableKind
        let header: TableHeader
        let name: TableName
        let columnNames: [String]
        let rows: CodedRows
        let system: ClassificationSystem?
        let categoryPositions: [Int]
        let childPositions: ChildPositions
        let positionByKey: RowKeyIndex
        let positionByOtherCode: [String: Int]
        /// ``Labels/key(_:)`` of each 类 row's name, in the order of ``categoryPositions``: found the first time a
        /// rule looks a 类 row up by name, then shared by every rule that does.
        let categoryKeys = Mutex<[String]?>(nil)

        init(
            kind: TableKind,
            header: TableHeader,
            followsTemplate: Bool,
            columnNames: [String],
            rows: CodedRows,
            system: ClassificationSystem?
        ) {
            self.kind = kind
            self.header = header
            name = TableName(kind, header: header, followsTemplate: followsTemplate)
            self.columnNames = columnNames
            self.rows = rows
            self.system = system
            let fields = rows.fields
            categoryPositions = fields.indices.filter { fields[$0].level == .category }
            let positionByKey = RowKeyIndex(keys: fields.lazy.map(\.codeKey))
            var positionByOtherCode: [String: Int] = [:]
            for (position, row) in fields.enumerated() where row.codeKey == nil {
                let code = rows.storage.code(at: position)
                if positionByOtherCode[code] == nil { positionByOtherCode[code] = position }
            }
            self.positionByKey = positionByKey
            self.positionByOtherCode = positionByOtherCode
            childPositions = CodedTableView.childPositions(of: fields, positionByKey: positionByKey)
        }
    }

    private let storage: Storage

    var kind: TableKind { storage.kind }
    var header: TableHeader { storage.header }
    /// How findings name the table (``TableName``).
    var name: TableName { storage.name }
    var columnNames: [String] { storage.columnNames }
    var totalRow: CodedRowView? { storage.rows.totalRow }
    var rows: CodedRows { storage.rows }
    /// The 合计 row (when printed), then the rows.
    var totalAndRows: CodedTotalAndRows { CodedTotalAndRows(storage.rows.storage) }
    /// The classification of the codes (nil for 表九's A/B/C).
    var system: ClassificationSystem? { storage.system }
    /// The 类 rows.
    var categoryRows: CodedRowSelection { CodedRowSelection(rows, positions: storage.categoryPositions) }
    /// ``Labels/key(_:)`` of each 类 row's name, in the order of ``categoryRows``, found once per view.
    var categoryKeys: [String] {
        storage.categoryKeys.withLock { keys in
            if let keys { return keys }
            let rows = storage.rows
            let found = storage.categoryPositions.map { Labels.key(rows[$0].name) }
            keys = found
            return found
        }
    }

    /// The first 类 row whose name is the same label (``Labels/same(_:_:)``) as the label whose ``Labels/key(_:)``
    /// is `key`: two labels are the same exactly when their keys have the same bytes.
    func categoryRow(key: String) -> CodedRowView? {
        categoryKeys.firstIndex { $0.isBytes(key) }.map { categoryRows[$0] }
    }

    /// For each row, the positions of its direct children (the 款 of a 类, the 项 of a 款), in row order.
    var childPositions: ChildPositions { storage.childPositions }
    /// The position of the first row with each code made of digits, by ``DigitCode/key(_:)``.
    private var positionByKey: RowKeyIndex { storage.positionByKey }
    /// The position of the first row with each other code (表九's A/B/C, blank codes).
    private var positionByOtherCode: [String: Int] { storage.positionByOtherCode }

    private init(
        kind: TableKind,
        header: TableHeader,
        followsTemplate: Bool,
        columnNames: [String],
        rows: CodedRows.Storage,
        system: ClassificationSystem?
    ) {
        storage = Storage(
            kind: kind,
            header: header,
            followsTemplate: followsTemplate,
            columnNames: columnNames,
            rows: CodedRows(rows),
            system: system
        )
    }

    /// The caption of a finding's location (``TableName/caption``): as printed, else the template caption in the
    /// Chongqing district template and the title elsewhere.
    var caption: String { name.caption }

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
        Describe.cell(name, code: row.code, name: row.code.isEmpty ? "合计" : row.name, column: columnNames[column])
    }

    /// ``describe(_:column:)`` in a message that named the table already: `表7 2010301 行政运行“基本支出”列` for
    /// `表7“一般公共预算支出表” 2010301 行政运行“基本支出”列`.
    func describeAgain(_ row: CodedRowView, column: Int) -> LocalizedText {
        Describe.cell(
            name.short,
            code: row.code,
            name: row.code.isEmpty ? "合计" : row.name,
            column: columnNames[column]
        )
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

    /// The first row with the code of `other`, a row of this or another table: `row(code: other.code)` with the
    /// code's key read once, when `other`'s table was made.
    func row(codeOf other: CodedRowView) -> CodedRowView? {
        if let key = other.codeKey { return positionByKey.firstPosition(of: key).map { rows[$0] } }
        return positionByOtherCode[other.code].map { rows[$0] }
    }

    /// A row's children are the rows one level down (two more digits) whose code starts with the row's code.
    ///
    /// Rows that share a code share their children; a child whose parent code has no row is nobody's child.
    private static func childPositions(of rows: ArraySlice<CodedRows.Fields>, positionByKey: RowKeyIndex)
        -> ChildPositions
    {
        // The parent of each 款 or 项 row: the first row with its code less the last two digits. Tables list a
        // 类, then its 款 and their 项, so when no code repeats the parent is nearly always the last 类 or 款 row
        // seen, the only row with its key; otherwise it is searched for.
        let hasRepeatedKeys = positionByKey.hasRepeatedKeys
        var parents = [Int](repeating: -1, count: rows.count)
        var hasParents = false
        var lastCategory = (key: -1, position: -1)
        var lastSection = (key: -1, position: -1)
        for position in rows.indices {
            guard let level = rows[position].level, let key = rows[position].codeKey else { continue }
            let parentKey: Int
            let lastParent: (key: Int, position: Int)
            switch level {
            case .category:
                lastCategory = (key, position)
                continue
            case .section:
                lastSection = (key, position)
                parentKey = DigitCode.parentKey(of: key, count: 5)
                lastParent = lastCategory
            case .item:
                parentKey = DigitCode.parentKey(of: key, count: 7)
                lastParent = lastSection
            }
            let parent: Int
            if !hasRepeatedKeys && lastParent.key == parentKey {
                parent = lastParent.position
            } else if let found = positionByKey.firstPosition(of: parentKey) {
                parent = found
            } else {
                continue
            }
            parents[position] = parent
            hasParents = true
        }
        guard hasParents else { return ChildPositions() }
        // Each row with a level (so a digit code) has the children of the first row with its code: itself when
        // no code repeats (rows without a level have no children either way, their codes being nobody's parent
        // code).
        guard hasRepeatedKeys else { return ChildPositions(parents: parents, owners: []) }
        var owners: [Int] = Array(repeating: -1, count: rows.count)
        for position in rows.indices where rows[position].level != nil {
            guard let key = rows[position].codeKey else { continue }
            owners[position] = positionByKey.firstPosition(of: key) ?? -1
        }
        return ChildPositions(parents: parents, owners: owners)
    }
}

extension CodedTableView {
    /// The view of 表二, 表五 or 表八; `followsTemplate` names it as ``TableName`` does.
    init(_ kind: TableKind, function table: borrowing FunctionExpenditureTable, followsTemplate: Bool = true) {
        self.init(
            kind: kind,
            header: table.header,
            followsTemplate: followsTemplate,
            columnNames: ExpenditureSplit.columnNames,
            rows: CodedRows.Storage(function: table.rows, total: table.totalRow),
            system: .function
        )
    }

    /// The view of 表三.
    init(economic table: borrowing EconomicExpenditureTable, followsTemplate: Bool = true) {
        self.init(
            kind: .generalBudgetBasicExpenditure,
            header: table.header,
            followsTemplate: followsTemplate,
            columnNames: EconomicRow.columnNames,
            rows: CodedRows.Storage(economic: table.rows, total: table.totalRow),
            system: .economic
        )
    }

    /// The view of 表七 or 表九.
    init(
        _ kind: TableKind,
        sources table: borrowing SourceBreakdownTable,
        system: ClassificationSystem?,
        followsTemplate: Bool = true
    ) {
        self.init(
            kind: kind,
            header: table.header,
            followsTemplate: followsTemplate,
            columnNames: ["总计"] + table.sourceColumns,
            rows: CodedRows.Storage(
                sources: table.rows,
                total: table.totalRow,
                sourceCount: table.sourceColumns.count
            ),
            system: system
        )
    }
}
