import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// Reading the stored amounts: of a revision, of the latest revisions, and page by page for the `facts` view.
extension SQLiteDisclosureStore {
    public func facts(_ revision: RevisionKey) async throws -> [Fact] {
        try await pool.read { db in
            try Self.facts(revisionID: Self.revisionID(revision, db: db), tables: nil, db: db)
        }
    }

    /// The facts of a revision, by table then stored order; none when it has no pack (a revision without facts).
    static func facts(revisionID: Int64, tables: Set<TableKind>?, db: Database) throws -> [Fact] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT facts FROM fact_pack WHERE revision_id = ?"),
            arguments: [revisionID]
        )
        guard let row = try rows.next() else { return [] }
        return try unpack(row, column: 0, tables: tables)
    }

    /// Decodes the pack in a column of a row, straight from SQLite's copy of the blob.
    static func unpack(_ row: Row, column: Int, tables: Set<TableKind>?) throws -> [Fact] {
        try row.withUnsafeData(atIndex: column) { data in
            guard let data else { throw StorageError(.corrupt, "a fact pack is NULL") }
            return try data.withUnsafeBytes { try FactPack.decode($0, tables: tables) }
        }
    }

    /// A fact of the version 1 to 3 `fact` table (`table_kind, row_key, row_kind, row_name, column_name, minor_units,
    /// scale`), read when ``SQLiteSchema`` packs them.
    static func fact(_ table: TableKind, _ row: Row) throws -> Fact {
        let rowKindText: String = row[2]
        let scale: Int = row[6]
        guard let rowKind = Fact.RowKind(rawValue: rowKindText), (0...Amount.maximumScale).contains(scale) else {
            throw StorageError(.corrupt, "a stored fact has row kind '\(rowKindText)' and scale \(scale)")
        }
        return Fact(
            table: table,
            row: row[1],
            rowKind: rowKind,
            name: row[3],
            column: row[4],
            amount: Amount(minorUnits: row[5], scale: scale)
        )
    }

    public func latestFacts(of keys: [DisclosureKey], tables: Set<TableKind>?) async throws -> [DisclosureFacts] {
        try await pool.read { db in
            var result: [DisclosureFacts] = []
            for key in keys {
                guard
                    let row = try Row.fetchOne(
                        db.cachedStatement(
                            sql: """
                                SELECT r.id, r.number, r.department_name FROM disclosure d
                                JOIN department dep ON dep.id = d.department_id
                                JOIN revision r ON r.id = d.latest_revision_id
                                WHERE dep.region = ? AND dep.code = ? AND d.year = ? AND d.kind = ?
                                """
                        ),
                        arguments: Self.arguments(key)
                    )
                else { continue }
                result.append(Self.latest(key, row, facts: try Self.facts(revisionID: row[0], tables: tables, db: db)))
            }
            return result
        }
    }

    public func latestFacts(region: String, year: Int, kind: DocumentKind, tables: Set<TableKind>?) async throws
        -> [DisclosureFacts]
    {
        try await pool.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT dep.code, r.number, r.department_name, p.facts
                    FROM disclosure d JOIN department dep ON dep.id = d.department_id
                    JOIN revision r ON r.id = d.latest_revision_id
                    JOIN fact_pack p ON p.revision_id = r.id
                    WHERE dep.region = ? AND d.year = ? AND d.kind = ?
                    ORDER BY dep.code
                    """,
                arguments: [region, year, kind.rawValue]
            )
            var result: [DisclosureFacts] = []
            while let row = try rows.next() {
                // As the join of fact rows gave: only the disclosures with facts in the tables asked for.
                let facts = try Self.unpack(row, column: 3, tables: tables)
                guard !facts.isEmpty else { continue }
                let key = DisclosureKey(department: DepartmentKey(region: region, code: row[0]), year: year, kind: kind)
                result.append(Self.latest(key, row, facts: facts))
            }
            return result
        }
    }

    /// The facts of a disclosure's latest revision, from a row whose columns 1 and 2 are the revision's number and
    /// department name.
    private static func latest(_ key: DisclosureKey, _ row: Row, facts: [Fact]) -> DisclosureFacts {
        DisclosureFacts(revision: RevisionKey(disclosure: key, number: row[1]), departmentName: row[2], facts: facts)
    }

    public func factRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FactRow>
    {
        try await pool.read { db in
            let revisions = try Row.fetchCursor(
                db,
                sql: """
                    SELECT p.revision_id, dep.region, dep.code, d.year, d.kind, r.number, r.department_name,
                        d.latest_revision_id = r.id, p.facts_json
                    FROM fact_pack p JOIN revision r ON r.id = p.revision_id JOIN disclosure d ON d.id = r.disclosure_id
                    JOIN department dep ON dep.id = d.department_id
                    WHERE p.revision_id >= ?1 AND (?2 IS NULL OR dep.region = ?2) AND (?3 IS NULL OR d.year = ?3)
                        AND (?4 = 0 OR d.latest_revision_id = r.id)
                    ORDER BY p.revision_id
                    """,
                arguments: [position?.revisionID ?? 0, filter.region, filter.year, filter.latestOnly]
            )
            var rows: [FactRow] = []
            var last: RowPosition?
            while let revision = try revisions.next() {
                let id: Int64 = revision[0]
                let key = try Self.disclosureKey(
                    region: revision[1],
                    code: revision[2],
                    year: revision[3],
                    kind: revision[4]
                )
                let number: Int = revision[5]
                let name: String = revision[6]
                let isLatest: Bool = revision[7]
                guard let json: String = revision[8] else { continue }
                // The typed tables' amounts, then the generic tables' (``FactRowsJSON``), in the text's order.
                for (ordinal, entry) in try FactRowsJSON.entries(json).enumerated() {
                    let row: FactRow
                    let table: Int
                    switch entry {
                    case .typed(let fact, let unit):
                        guard filter.admits(fact) else { continue }
                        row = FactRow(
                            revision: RevisionKey(disclosure: key, number: number),
                            departmentName: name,
                            isLatest: isLatest,
                            fact: fact,
                            unit: unit
                        )
                        table = fact.table.rawValue
                    case .generic(let fact):
                        guard filter.admits(fact) else { continue }
                        row = FactRow(
                            revision: RevisionKey(disclosure: key, number: number),
                            departmentName: name,
                            isLatest: isLatest,
                            generic: fact
                        )
                        table = FactsView.genericTableNumber
                    }
                    if let position, id == position.revisionID, ordinal <= position.ordinal { continue }
                    if rows.count == limit { return RowPage(rows: rows, next: last) }
                    rows.append(row)
                    last = RowPosition(revisionID: id, table: table, ordinal: ordinal)
                }
            }
            return RowPage(rows: rows, next: nil)
        }
    }
}
