import Foundation
import Logging
import PostgresNIO
import Synchronization
import YusuanCore
import YusuanPostgresSupport
import YusuanStorage

/// The shared ``DisclosureStore``: PostgreSQL through a postgres-nio `PostgresClient` (a connection pool).
///
/// Several instances (processes, machines) may use one database at once: imports lock the disclosure row
/// they add a revision to, department upserts are conflict-safe, and migrations run under an advisory lock.
/// Each store lives in one PostgreSQL schema (`?schema=NAME` in the URL, `public` by default), so several
/// independent stores can share one database.
public final class PostgresDisclosureStore: DisclosureStore {
    let pool: PostgresPool
    var client: PostgresClient { pool.client }
    var logger: Logger { pool.logger }
    /// The PostgreSQL schema the tables live in.
    public var schema: String { pool.schema }
    /// Whether the last batch written held a document stored already (a re-import, which `db import` sends the store
    /// again and again, the rest of a batch at a time): the next batch then first asks which of its documents are
    /// stored and sends those without their content. A hint only, for speed: a document not found stored is sent
    /// whole, one found stored is checked by the batch function.
    let expectsStoredDocuments = Atomic<Bool>(false)

    /// The migrations, by name, in order.
    public static let migrationNames = PostgresSchema.migrations.names

    /// Connects to the database of a `postgres://user:password@host:port/database?schema=NAME` URL and runs the
    /// pending migrations.
    /// - Parameters:
    ///   - url: the URL; the user defaults to `postgres`, the port to 5432, the schema to `public`.
    ///   - maximumConnections: the size of the connection pool.
    ///   - logger: where postgres-nio logs; silent by default.
    /// - Throws: ``StorageError`` `invalidArgument` for a URL that cannot be used, `unavailable` when the
    ///   database cannot be reached or migrated.
    public init(url: String, maximumConnections: Int = 8, logger: Logger? = nil) async throws {
        let settings = try PostgresURL(url)
        do {
            pool = try await PostgresPool.open(
                settings,
                maximumConnections: maximumConnections,
                logger: logger,
                label: "yusuan.postgres",
                migrations: PostgresSchema.migrations
            )
        } catch {
            throw StorageError(.unavailable, "cannot open the PostgreSQL store at \(settings.redacted)", cause: error)
        }
    }

    /// The names of the migrations applied to the database.
    public func appliedMigrations() async throws -> [String] {
        try await PostgresSchema.migrations.applied(on: client, logger: logger)
    }

    /// Drops the store's schema with every table in it (for tests and throwaway stores).
    public func dropSchema() async throws { try await pool.dropSchema() }

    public func registerDepartment(_ department: Department) async throws {
        try await client.query(
            """
            INSERT INTO department (region, code, name, level, parent_code)
            VALUES (\(department.region), \(department.code), \(department.name), \(department.level), \(department.parentCode))
            ON CONFLICT (region, code) DO UPDATE SET name = excluded.name,
                level = coalesce(excluded.level, department.level),
                parent_code = coalesce(excluded.parent_code, department.parent_code)
            """,
            logger: logger
        )
    }

    public func departments(region: String?) async throws -> [Department] {
        var result: [Department] = []
        let rows = try await client.query(
            """
            SELECT region, code, name, level, parent_code FROM department
            WHERE \(region)::text IS NULL OR region = \(region) ORDER BY region COLLATE "C", code COLLATE "C"
            """,
            logger: logger
        )
        for try await (region, code, name, level, parent) in rows.decode(
            (String, String, String, String?, String?).self
        ) {
            result.append(
                Department(key: DepartmentKey(region: region, code: code), name: name, level: level, parentCode: parent)
            )
        }
        return result
    }

    public func disclosures(region: String?, year: Int?) async throws -> [DisclosureListing] {
        var result: [DisclosureListing] = []
        let rows = try await client.query(
            """
            SELECT dep.region, dep.code, d.year, d.kind, r.department_name, d.revision_count
            FROM disclosure d JOIN department dep ON dep.id = d.department_id
            JOIN revision r ON r.id = d.latest_revision_id
            WHERE (\(region)::text IS NULL OR dep.region = \(region)) AND (\(year)::int8 IS NULL OR d.year = \(year))
            ORDER BY dep.region COLLATE "C", dep.code COLLATE "C", d.year, d.kind COLLATE "C"
            """,
            logger: logger
        )
        for try await (region, code, year, kind, name, count) in rows.decode(
            (String, String, Int, String, String, Int).self
        ) {
            result.append(
                DisclosureListing(
                    key: try Self.disclosureKey(region: region, code: code, year: year, kind: kind),
                    departmentName: name,
                    latestRevision: count,
                    revisionCount: count
                )
            )
        }
        return result
    }

    static func disclosureKey(region: String, code: String, year: Int, kind: String) throws -> DisclosureKey {
        guard let kind = DocumentKind(rawValue: kind) else {
            throw StorageError(.corrupt, "unknown disclosure kind '\(kind)' stored for \(region)/\(code) \(year)")
        }
        return DisclosureKey(department: DepartmentKey(region: region, code: code), year: year, kind: kind)
    }

    public func revisions(of key: DisclosureKey) async throws -> [RevisionInfo] {
        let (region, code, year, kind) = (key.department.region, key.department.code, key.year, key.kind.rawValue)
        let rows = try await client.query(
            """
            SELECT r.number, r.department_name, r.content_hash, r.source,
                to_char(r.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), r.fact_count, r.finding_count
            FROM revision r JOIN disclosure d ON d.id = r.disclosure_id JOIN department dep ON dep.id = d.department_id
            WHERE dep.region = \(region) AND dep.code = \(code) AND d.year = \(year) AND d.kind = \(kind)
            ORDER BY r.number
            """,
            logger: logger
        )
        var result: [RevisionInfo] = []
        for try await (number, name, hash, source, importedAt, facts, findings) in rows.decode(
            (Int, String, String, String?, String, Int, Int).self
        ) {
            result.append(
                RevisionInfo(
                    key: RevisionKey(disclosure: key, number: number),
                    departmentName: name,
                    contentHash: hash,
                    source: source,
                    importedAt: importedAt,
                    factCount: facts,
                    findingCount: findings
                )
            )
        }
        return result
    }

    func revisionID(_ revision: RevisionKey) async throws -> Int64 {
        let key = revision.disclosure
        let (region, code, year, kind, number) = (
            key.department.region, key.department.code, key.year, key.kind.rawValue, revision.number
        )
        let rows = try await client.query(
            """
            SELECT r.id FROM revision r JOIN disclosure d ON d.id = r.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE dep.region = \(region) AND dep.code = \(code) AND d.year = \(year) AND d.kind = \(kind)
                AND r.number = \(number)
            """,
            logger: logger
        )
        for try await id in rows.decode(Int64.self) { return id }
        throw StorageError(.notFound, "no revision \(revision) is stored")
    }

    public func document(_ revision: RevisionKey) async throws -> Disclosure {
        let id = try await revisionID(revision)
        for try await text in try await client.query("SELECT document FROM revision WHERE id = \(id)", logger: logger)
            .decode(String.self)
        {
            do {
                return try CanonicalJSON.decode(Data(text.utf8))
            } catch {
                throw StorageError(.corrupt, "the stored document of \(revision) cannot be decoded", cause: error)
            }
        }
        throw StorageError(.notFound, "no revision \(revision) is stored")
    }

    public func close() async throws { await pool.close() }
}
