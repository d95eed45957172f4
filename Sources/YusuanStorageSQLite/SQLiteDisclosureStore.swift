import Foundation
import GRDB
import GRDBSQLite
import YusuanCore
import YusuanStorage

/// The embedded ``DisclosureStore``: one SQLite file in WAL mode through a GRDB `DatabasePool`.
///
/// Readers never block the writer; writers in several processes take turns (`BEGIN IMMEDIATE` with a busy
/// timeout). Every import is one transaction, so a killed process leaves each document fully stored or absent.
public final class SQLiteDisclosureStore: DisclosureStore {
    let pool: DatabasePool

    /// The migrations applied, by name, in order.
    public static let migrationNames = SQLiteSchema.migrator.migrations

    /// Opens (creating when missing) the database at `path` and runs the pending migrations.
    /// - Parameters:
    ///   - path: the database file.
    ///   - busyTimeout: how long a writer waits for another process's transaction, in seconds.
    /// - Throws: ``StorageError`` `unavailable` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: Double = 60) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a commit survives a killed process; only a power loss may drop the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(pool)
        } catch {
            throw StorageError(.unavailable, "cannot open the SQLite database \(path)", cause: error)
        }
    }

    /// The names of the migrations applied to the database.
    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in try SQLiteSchema.migrator.appliedMigrations(db) }
    }

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
                            (SELECT min(r.number) FROM revision r WHERE r.disclosure_id = d.id AND r.content_hash = ?)
                        FROM disclosure d WHERE d.department_id = ? AND d.year = ? AND d.kind = ?
                        """
                ),
                arguments: [document.contentHash, departmentID, key.year, key.kind.rawValue]
            )
        else { throw StorageError(.corrupt, "the disclosure \(key) vanished during its import") }
        let disclosureID: Int64 = row[0]
        let count: Int = row[1]
        let identical: Int? = row[2]
        if let identical {
            return ImportResult(status: .unchanged, revision: RevisionKey(disclosure: key, number: identical))
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
        if !document.facts.isEmpty {
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

    public func registerDepartment(_ department: Department) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO department (region, code, name, level, parent_code) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (region, code) DO UPDATE SET name = excluded.name,
                        level = coalesce(excluded.level, department.level),
                        parent_code = coalesce(excluded.parent_code, department.parent_code)
                    """,
                arguments: [
                    department.region, department.code, department.name, department.level, department.parentCode,
                ]
            )
        }
    }

    public func departments(region: String?) async throws -> [Department] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT region, code, name, level, parent_code FROM department
                    WHERE ?1 IS NULL OR region = ?1 ORDER BY region, code
                    """,
                arguments: [region]
            ).map { row in
                Department(
                    key: DepartmentKey(region: row[0], code: row[1]),
                    name: row[2],
                    level: row[3],
                    parentCode: row[4]
                )
            }
        }
    }

    public func disclosures(region: String?, year: Int?) async throws -> [DisclosureListing] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT dep.region, dep.code, d.year, d.kind, r.department_name, d.revision_count
                    FROM disclosure d JOIN department dep ON dep.id = d.department_id
                    JOIN revision r ON r.id = d.latest_revision_id
                    WHERE (?1 IS NULL OR dep.region = ?1) AND (?2 IS NULL OR d.year = ?2)
                    ORDER BY dep.region, dep.code, d.year, d.kind
                    """,
                arguments: [region, year]
            ).map { row in
                DisclosureListing(
                    key: try Self.disclosureKey(region: row[0], code: row[1], year: row[2], kind: row[3]),
                    departmentName: row[4],
                    latestRevision: row[5],
                    revisionCount: row[5]
                )
            }
        }
    }

    static func disclosureKey(region: String, code: String, year: Int, kind: String) throws -> DisclosureKey {
        guard let kind = DocumentKind(rawValue: kind) else {
            throw StorageError(.corrupt, "unknown disclosure kind '\(kind)' stored for \(region)/\(code) \(year)")
        }
        return DisclosureKey(department: DepartmentKey(region: region, code: code), year: year, kind: kind)
    }

    private static let revisionJoin = """
        FROM revision r JOIN disclosure d ON d.id = r.disclosure_id JOIN department dep ON dep.id = d.department_id
        WHERE dep.region = ? AND dep.code = ? AND d.year = ? AND d.kind = ?
        """

    private static func arguments(_ key: DisclosureKey) -> StatementArguments {
        [key.department.region, key.department.code, key.year, key.kind.rawValue]
    }

    public func revisions(of key: DisclosureKey) async throws -> [RevisionInfo] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.number, r.department_name, r.content_hash, r.source, r.imported_at, r.fact_count,
                        r.finding_count \(Self.revisionJoin) ORDER BY r.number
                    """,
                arguments: Self.arguments(key)
            ).map { row in
                RevisionInfo(
                    key: RevisionKey(disclosure: key, number: row[0]),
                    departmentName: row[1],
                    contentHash: row[2],
                    source: row[3],
                    importedAt: row[4],
                    factCount: row[5],
                    findingCount: row[6]
                )
            }
        }
    }

    private static func revisionID(_ revision: RevisionKey, db: Database) throws -> Int64 {
        var arguments = Self.arguments(revision.disclosure)
        arguments += [revision.number]
        guard
            let id = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT r.id \(revisionJoin) AND r.number = ?"),
                arguments: arguments
            )
        else { throw StorageError(.notFound, "no revision \(revision) is stored") }
        return id
    }

    public func document(_ revision: RevisionKey) async throws -> Disclosure {
        let data = try await pool.read { db -> Data in
            let id = try Self.revisionID(revision, db: db)
            guard let data = try Data.fetchOne(db, sql: "SELECT document FROM revision WHERE id = ?", arguments: [id])
            else { throw StorageError(.notFound, "no revision \(revision) is stored") }
            return data
        }
        do {
            return try CanonicalJSON.decode(data)
        } catch {
            throw StorageError(.corrupt, "the stored document of \(revision) cannot be decoded", cause: error)
        }
    }

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

    public func findings(_ revision: RevisionKey) async throws -> [StoredFinding] {
        try await pool.read { db in
            let id = try Self.revisionID(revision, db: db)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT rule_id, severity, message, table_kind, row_key, column_name, line, expected, actual, caption
                    FROM finding WHERE revision_id = ? ORDER BY ordinal
                    """,
                arguments: [id]
            ).map { Self.finding($0, from: 0) }
        }
    }

    /// The finding in the ten columns of `row` from `start`: rule_id, severity, message, table_kind, row_key,
    /// column_name, line, expected, actual, caption.
    private static func finding(_ row: Row, from start: Int) -> StoredFinding {
        let table: Int? = row[start + 3]
        let expected: String? = row[start + 7]
        let actual: String? = row[start + 8]
        return StoredFinding(
            ruleID: row[start],
            severity: row[start + 1],
            message: row[start + 2],
            table: table.flatMap(TableKind.init(rawValue:)),
            row: row[start + 4],
            column: row[start + 5],
            line: row[start + 6],
            expected: expected.flatMap(Amount.init),
            actual: actual.flatMap(Amount.init),
            caption: row[start + 9]
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
                let facts = try Self.facts(revisionID: row[0], tables: tables, db: db)
                result.append(
                    DisclosureFacts(
                        revision: RevisionKey(disclosure: key, number: row[1]),
                        departmentName: row[2],
                        facts: facts
                    )
                )
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
                result.append(
                    DisclosureFacts(
                        revision: RevisionKey(disclosure: key, number: row[1]),
                        departmentName: row[2],
                        facts: facts
                    )
                )
            }
            return result
        }
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
                for (ordinal, (fact, unit)) in try FactRowsJSON.decode(json).enumerated() where filter.admits(fact) {
                    if let position, id == position.revisionID, ordinal <= position.ordinal { continue }
                    if rows.count == limit { return RowPage(rows: rows, next: last) }
                    rows.append(
                        FactRow(
                            revision: RevisionKey(disclosure: key, number: number),
                            departmentName: name,
                            isLatest: isLatest,
                            fact: fact,
                            unit: unit
                        )
                    )
                    last = RowPosition(revisionID: id, table: fact.table.rawValue, ordinal: ordinal)
                }
            }
            return RowPage(rows: rows, next: nil)
        }
    }

    public func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>
    {
        try await pool.read { db in
            let found = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.revision_id, f.ordinal, dep.region, dep.code, d.year, d.kind, r.number, r.department_name,
                        d.latest_revision_id = r.id, f.rule_id, f.severity, f.message, f.table_kind, f.row_key,
                        f.column_name, f.line, f.expected, f.actual, f.caption
                    FROM finding f JOIN revision r ON r.id = f.revision_id JOIN disclosure d ON d.id = r.disclosure_id
                    JOIN department dep ON dep.id = d.department_id
                    WHERE (f.revision_id > ?1 OR (f.revision_id = ?1 AND f.ordinal > ?2))
                        AND (?3 IS NULL OR dep.region = ?3) AND (?4 IS NULL OR d.year = ?4)
                        AND (?5 = 0 OR d.latest_revision_id = r.id)
                    ORDER BY f.revision_id, f.ordinal LIMIT ?6
                    """,
                arguments: [
                    position?.revisionID ?? 0, position?.ordinal ?? -1, filter.region, filter.year, filter.latestOnly,
                    limit + 1,
                ]
            )
            var rows: [FindingRow] = []
            var last: RowPosition?
            for row in found {
                if rows.count == limit { return RowPage(rows: rows, next: last) }
                let key = try Self.disclosureKey(region: row[2], code: row[3], year: row[4], kind: row[5])
                rows.append(
                    FindingRow(
                        revision: RevisionKey(disclosure: key, number: row[6]),
                        departmentName: row[7],
                        isLatest: row[8],
                        finding: Self.finding(row, from: 9)
                    )
                )
                last = RowPosition(revisionID: row[0], table: 0, ordinal: row[1])
            }
            return RowPage(rows: rows, next: nil)
        }
    }

    public func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent {
        try LineageEvent.validate(event)
        let from = try Self.encodeCodes(event.fromCodes)
        let to = try Self.encodeCodes(event.toCodes)
        let id = try await pool.write { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO lineage_event (region, kind, from_codes, to_codes, effective_year, note, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    event.region, event.kind.rawValue, from, to, event.effectiveYear, event.note,
                    StorageClock.timestamp(),
                ]
            )
            return db.lastInsertedRowID
        }
        var stored = event
        stored.id = id
        return stored
    }

    public func lineageEvents(region: String?) async throws -> [LineageEvent] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, region, from_codes, to_codes, effective_year, note FROM lineage_event
                    WHERE ?1 IS NULL OR region = ?1 ORDER BY effective_year, id
                    """,
                arguments: [region]
            ).map { row in
                let kindText: String = row[1]
                guard let kind = LineageEvent.Kind(rawValue: kindText) else {
                    throw StorageError(.corrupt, "unknown lineage kind '\(kindText)'")
                }
                return LineageEvent(
                    id: row[0],
                    kind: kind,
                    region: row[2],
                    fromCodes: try Self.decodeCodes(row[3]),
                    toCodes: try Self.decodeCodes(row[4]),
                    effectiveYear: row[5],
                    note: row[6]
                )
            }
        }
    }

    static func encodeCodes(_ codes: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)
    }

    static func decodeCodes(_ text: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    public func close() async throws {
        try pool.close()
    }
}
