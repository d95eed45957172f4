import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// Writing documents: each in one `BEGIN IMMEDIATE` transaction, a batch in one access to the writer.
extension SQLiteDisclosureStore {
    public func importDocument(_ document: PreparedDocument) async throws -> ImportResult {
        try await pool.writeWithoutTransaction { db in try Self.importInTransaction(document, db: db) }
    }

    /// Imports the documents in one access to the writer connection, each in its own transaction: the hops between
    /// the caller's task and the writer's queue, not SQLite, were most of the wall-clock time of an import on a busy
    /// machine.
    public func importDocuments(_ documents: [PreparedDocument]) async -> [Result<ImportResult, any Error>] {
        do {
            return try await pool.writeWithoutTransaction { db in
                documents.map { document in Result { try Self.importInTransaction(document, db: db) } }
            }
        } catch {
            return documents.map { _ in .failure(error) }
        }
    }

    /// Imports the documents in one access to the writer connection, each in its own transaction, up to the first
    /// for which `stopsBefore` says so.
    public func importDocuments(
        _ documents: [PreparedDocument],
        stoppingBefore stopsBefore: @Sendable (_ index: Int, _ outcomes: [Result<ImportResult, any Error>]) -> Bool
    ) async -> [Result<ImportResult, any Error>] {
        do {
            return try await pool.writeWithoutTransaction { db in
                var results: [Result<ImportResult, any Error>] = []
                for (index, document) in documents.enumerated() {
                    if index > 0, stopsBefore(index, results) { break }
                    results.append(Result { try Self.importInTransaction(document, db: db) })
                }
                return results
            }
        } catch {
            return documents.map { _ in .failure(error) }
        }
    }

    /// One document in one `BEGIN IMMEDIATE` transaction, rolled back when nothing changed.
    private static func importInTransaction(_ document: PreparedDocument, db: Database) throws -> ImportResult {
        var result: ImportResult?
        try db.inTransaction(.immediate) {
            result = try importDocument(document, db: db)
            return result?.status == .unchanged ? .rollback : .commit
        }
        guard let result else { throw StorageError(.corrupt, "the import of \(document.key) returned nothing") }
        return result
    }

    private static func importDocument(_ document: PreparedDocument, db: Database) throws -> ImportResult {
        let key = document.key
        let identity = document.disclosure.identity
        let departmentID = try upsertDepartment(
            key.department,
            name: identity.departmentName,
            nameYear: identity.year,
            level: document.departmentLevel,
            db: db
        )
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO disclosure (department_id, year, kind) VALUES (?, ?, ?)")
            .execute(arguments: [departmentID, key.year, key.kind.rawValue])
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT d.id, d.revision_count,
                            (SELECT min(r.number) FROM revision r WHERE r.disclosure_id = d.id AND r.content_hash = ?1),
                            (SELECT r.content_hash = ?1 FROM revision r WHERE r.id = d.latest_revision_id)
                        FROM disclosure d WHERE d.department_id = ?2 AND d.year = ?3 AND d.kind = ?4
                        """
                ),
                arguments: [document.contentHash, departmentID, key.year, key.kind.rawValue]
            )
        else { throw StorageError(.corrupt, "the disclosure \(key) vanished during its import") }
        let disclosureID: Int64 = row[0]
        let count: Int = row[1]
        let identical: Int? = row[2]
        let latestIsIdentical = (row[3] as Bool?) ?? false
        if let identical {
            return ImportResult(
                status: .unchanged,
                revision: RevisionKey(disclosure: key, number: identical),
                contentIsLatest: latestIsIdentical
            )
        }
        let number = count + 1
        try db.cachedStatement(
            sql: """
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, imported_at,
                    document, fact_count, finding_count)
                VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?)
                """
        ).execute(arguments: [
            disclosureID, number, identity.departmentName, document.contentHash, document.source,
            document.canonicalJSON, document.facts.count, document.findings.count,
        ])
        let revisionID = db.lastInsertedRowID
        // A pack also for a document whose amounts are all in generic tables: its `facts_json` holds them.
        if !document.facts.isEmpty || !document.genericFacts.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO fact_pack (revision_id, facts, facts_json) VALUES (?, ?, ?)")
                .execute(arguments: [revisionID, Data(FactPack.encode(document.facts)), document.factRowsJSON])
        }
        try insertFindings(document.findings, revisionID: revisionID, db: db)
        try db.cachedStatement(sql: "UPDATE disclosure SET latest_revision_id = ?, revision_count = ? WHERE id = ?")
            .execute(arguments: [revisionID, number, disclosureID])
        return ImportResult(
            status: count == 0 ? .created : .revised,
            revision: RevisionKey(disclosure: key, number: number)
        )
    }

    /// Rows per multi-row `INSERT` of findings: one statement (cached per row count) per this many rows instead of
    /// one per row. 100 findings are 1,200 parameters, well under SQLite's limit of 32,766.
    static let rowsPerInsert = 100

    /// `INSERT INTO finding … VALUES (…), (…)` for 0 … ``rowsPerInsert`` rows, by row count.
    private static let findingInserts = multiRowInserts(
        "INSERT INTO finding (revision_id, ordinal, rule_id, severity, message, table_kind, row_key, column_name, "
            + "line, expected, actual, caption) VALUES ",
        columns: 12
    )

    private static func multiRowInserts(_ prefix: String, columns: Int) -> [String] {
        let row = "(" + repeatElement("?", count: columns).joined(separator: ",") + ")"
        return (0...rowsPerInsert).map { prefix + repeatElement(row, count: $0).joined(separator: ",") }
    }

    /// Inserts findings with multi-row `INSERT`s of up to ``rowsPerInsert`` rows.
    private static func insertFindings(_ findings: [StoredFinding], revisionID: Int64, db: Database) throws {
        var start = 0
        while start < findings.count {
            let end = min(findings.count, start + rowsPerInsert)
            let binder = try RowBinder(db.cachedStatement(sql: findingInserts[end - start]))
            for ordinal in start..<end {
                let finding = findings[ordinal]
                binder.bind(revisionID)
                binder.bind(Int64(ordinal))
                binder.bind(finding.ruleID)
                binder.bind(finding.severity)
                binder.bind(finding.message)
                binder.bind(finding.table.map { Int64($0.rawValue) })
                binder.bind(finding.row)
                binder.bind(finding.column)
                binder.bind(finding.line.map(Int64.init))
                binder.bind(finding.expected?.plainText)
                binder.bind(finding.actual?.plainText)
                binder.bind(finding.caption)
            }
            try binder.execute(db)
            start = end
        }
    }

    private static func upsertDepartment(
        _ key: DepartmentKey,
        name: String,
        nameYear: Int,
        level: String?,
        db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO department (region, code, name, name_year, level) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (region, code) DO UPDATE SET name = excluded.name, name_year = excluded.name_year,
                    level = coalesce(excluded.level, department.level)
                WHERE department.name_year IS NULL OR excluded.name_year >= department.name_year
                """
        ).execute(arguments: [key.region, key.code, name, nameYear, level])
        guard
            let id = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM department WHERE region = ? AND code = ?"),
                arguments: [key.region, key.code]
            )
        else { throw StorageError(.corrupt, "the department \(key) vanished during an import") }
        return id
    }
}
