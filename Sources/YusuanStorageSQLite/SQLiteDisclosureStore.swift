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

    static let revisionJoin = """
        FROM revision r JOIN disclosure d ON d.id = r.disclosure_id JOIN department dep ON dep.id = d.department_id
        WHERE dep.region = ? AND dep.code = ? AND d.year = ? AND d.kind = ?
        """

    static func arguments(_ key: DisclosureKey) -> StatementArguments {
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

    static func revisionID(_ revision: RevisionKey, db: Database) throws -> Int64 {
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

    public func close() async throws {
        try pool.close()
    }
}
