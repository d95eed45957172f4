import YusuanCore

/// One stored amount with the disclosure it belongs to: a row of the stores' `facts` view (``FactsView``), as
/// `db export` and the bulk API give it — of a typed table (``fact``) or of a generic table (``GenericFact``).
public struct FactRow: Sendable, Hashable, Codable {
    /// The revision the amount is stored in (region, department code, year, kind, number).
    public var revision: RevisionKey
    /// The department's name as that revision prints it.
    public var departmentName: String
    /// Whether the revision is its disclosure's latest.
    public var isLatest: Bool
    public var table: FactTable
    /// The row's key (classification code, `合计`, a label).
    public var row: String
    public var rowKind: Fact.RowKind
    /// The row's printed name.
    public var name: String
    /// The column header.
    public var column: String
    public var amount: Amount
    /// The unit of the amount: its table's, else the document's.
    public var unit: AmountUnit

    /// Creates a row of a typed table's amount.
    public init(revision: RevisionKey, departmentName: String, isLatest: Bool, fact: Fact, unit: AmountUnit) {
        self.revision = revision
        self.departmentName = departmentName
        self.isLatest = isLatest
        self.table = .typed(fact.table)
        self.row = fact.row
        self.rowKind = fact.rowKind
        self.name = fact.name
        self.column = fact.column
        self.amount = fact.amount
        self.unit = unit
    }

    /// Creates a row of a generic table's amount.
    public init(revision: RevisionKey, departmentName: String, isLatest: Bool, generic fact: GenericFact) {
        self.revision = revision
        self.departmentName = departmentName
        self.isLatest = isLatest
        self.table = .generic(identifier: fact.table, title: fact.tableTitle)
        self.row = fact.row
        self.rowKind = fact.rowKind
        self.name = fact.name
        self.column = fact.column
        self.amount = fact.amount
        self.unit = fact.unit
    }

    /// The amount as a fact of its typed table; `nil` for a generic table's.
    public var fact: Fact? {
        guard case .typed(let kind) = table else { return nil }
        return Fact(table: kind, row: row, rowKind: rowKind, name: name, column: column, amount: amount)
    }
}

/// One stored finding with the disclosure it belongs to, as `db export` gives it.
public struct FindingRow: Sendable, Hashable, Codable {
    public var revision: RevisionKey
    public var departmentName: String
    public var isLatest: Bool
    public var finding: StoredFinding

    /// Creates a row.
    public init(revision: RevisionKey, departmentName: String, isLatest: Bool, finding: StoredFinding) {
        self.revision = revision
        self.departmentName = departmentName
        self.isLatest = isLatest
        self.finding = finding
    }
}

/// Which stored amounts (or findings) to read: every filter given must hold.
public struct FactFilter: Sendable, Hashable {
    /// The region (exactly as stored: `重庆市南岸区`).
    public var region: String?
    public var year: Int?
    /// The table (facts only).
    public var table: TableKind?
    /// A generic table by its identifier (`final-expenditure`; facts only): only that table's amounts.
    public var genericTable: String?
    /// The row's code or key (`2010301`, `合计`; facts only).
    public var rowCode: String?
    /// Only the latest revision of each disclosure (`true` by default), or every revision.
    public var latestOnly: Bool

    /// Creates a filter.
    public init(
        region: String? = nil,
        year: Int? = nil,
        table: TableKind? = nil,
        genericTable: String? = nil,
        rowCode: String? = nil,
        latestOnly: Bool = true
    ) {
        self.region = region
        self.year = year
        self.table = table
        self.genericTable = genericTable
        self.rowCode = rowCode
        self.latestOnly = latestOnly
    }
}

/// Where a page of rows ended; the next page starts after it. Its text (`123-8-45`) is opaque to callers: a store's
/// own revision identifier and the row's place in it.
public struct RowPosition: Sendable, Hashable, Codable, LosslessStringConvertible {
    public var revisionID: Int64
    public var table: Int
    public var ordinal: Int

    /// Creates a position.
    public init(revisionID: Int64, table: Int, ordinal: Int) {
        self.revisionID = revisionID
        self.table = table
        self.ordinal = ordinal
    }

    /// Reads a position from its text; `nil` when the text is not one.
    public init?(_ description: String) {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let revision = Int64(parts[0]), let table = Int(parts[1]), let ordinal = Int(parts[2]),
            revision >= 0, table >= 0, ordinal >= 0
        else { return nil }
        self.init(revisionID: revision, table: table, ordinal: ordinal)
    }

    public var description: String { "\(revisionID)-\(table)-\(ordinal)" }
}

/// A page of rows and where the next one starts (`nil`: this was the last).
public struct RowPage<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var next: RowPosition?

    /// Creates a page.
    public init(rows: [Row], next: RowPosition?) {
        self.rows = rows
        self.next = next
    }
}

extension FactFilter {
    /// Whether a fact passes the table and row filters.
    public func admits(_ fact: Fact) -> Bool {
        genericTable == nil && (table == nil || fact.table == table) && (rowCode == nil || fact.row == rowCode)
    }

    /// Whether a row of the `facts` view passes the table and row filters (as its typed or generic fact would).
    public func admits(_ row: FactRow) -> Bool {
        switch row.table {
        case .typed(let kind):
            genericTable == nil && (table == nil || kind == table) && (rowCode == nil || row.row == rowCode)
        case .generic(let identifier, _):
            table == nil && (genericTable == nil || identifier == genericTable)
                && (rowCode == nil || row.row == rowCode)
        }
    }

    /// Whether a generic table's fact passes the table and row filters.
    public func admits(_ fact: GenericFact) -> Bool {
        table == nil && (genericTable == nil || fact.table == genericTable) && (rowCode == nil || fact.row == rowCode)
    }
}
