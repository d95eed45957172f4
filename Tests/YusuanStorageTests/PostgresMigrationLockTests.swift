import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing
import YusuanPostgresSupport
import YusuanStorage
import YusuanStoragePostgres
import YusuanTestSupport

/// Stores opening while another store's migration is held up: a migration holds up only the stores of its own
/// schema, a migrated schema is opened without waiting, and `db import` processes started together into a schema
/// being migrated all finish once it is.
///
/// The hold-up is made by this process: a transaction of its own that locks the schema's record table
/// (`yusuan_migration`) exclusively, so that a migration reading it waits — as a migration whose process is slow to
/// send its next statement would hold the others.
@Suite(
    "PostgreSQL migrations held up",
    .serialized,
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresMigrationLockTests {
    @Test func aMigrationHeldUpHoldsUpOnlyItsOwnSchema() async throws {
        let base = try #require(StoreKind.postgresURL)
        let heldURL = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_held_")
        let otherURL = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_free_")
        let migratedURL = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_done_")
        let migrated = try await PostgresDisclosureStore(url: migratedURL)
        try await migrated.close()
        try await HeldMigration.with(base: base, schema: PostgresURL(heldURL).schema) { held in
            let opening = Task { try await PostgresDisclosureStore(url: heldURL) }
            try await held.waitUntilSomeoneWaits()

            // Another, new schema is migrated, and a migrated schema opened, while the first waits.
            for url in [otherURL, migratedURL] {
                let other = Completion { try await PostgresDisclosureStore(url: url) }
                let finished = await other.finishes(within: .seconds(60))
                #expect(finished, "opening \(url) waited for the migration of another schema")
                if !finished { try await held.release() }
                let store = try await other.value
                #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
                try await store.dropSchema()
                try await store.close()
            }
            try await held.release()
            let store = try await opening.value
            #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
            try await store.dropSchema()
            try await store.close()
        }
    }

    /// More `db import` processes than cores, started into a new schema whose migration this process holds up: each
    /// waits (without a thread of this process's cooperative pool waiting for it), and all of them finish, with every
    /// document stored, once the hold-up ends.
    @Test func concurrentImportsIntoASchemaBeingMigratedAllFinish() async throws {
        let base = try #require(StoreKind.postgresURL)
        let workspace = try Workspace()
        defer { workspace.remove() }
        let importers = ProcessInfo.processInfo.activeProcessorCount + 1
        var documents: [PreparedDocument] = []
        for importer in 0..<importers {
            documents += try await workspace.generate(count: 4, seed: 60 + importer, into: "docs\(importer)")
        }
        let database = Database(
            kind: .postgres,
            location: TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_importers_")
        )
        try await HeldMigration.with(base: base, schema: PostgresURL(database.location).schema) { held in
            let results = Task {
                try await withThrowingTaskGroup(of: ProcessRunner.Result.self) { group in
                    for importer in 0..<importers {
                        group.addTask {
                            try await ProcessRunner.run([
                                "db", "import", "--db", database.location, workspace.path("docs\(importer)"),
                            ])
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            try await held.waitUntilSomeoneWaits()
            try await held.release()
            for result in try await results.value {
                #expect(result.status == 0, "\(result.standardError)")
            }
        }
        let store = try await database.open()
        #expect(
            try await (store as? PostgresDisclosureStore)?.appliedMigrations() == PostgresDisclosureStore.migrationNames
        )
        try await store.close()
        try await CrashConsistencyTests.expectAllPresent(documents, in: database)
        _ = try await CrashConsistencyTests.checkConsistency(database)
        try await database.drop()
    }
}

/// A connection of the test's own that holds up the migration of a schema: it creates the schema and its empty
/// record table and locks the table in a transaction until ``release()``.
final class HeldMigration: Sendable {
    let connection: PostgresConnection
    let schema: String
    let logger: Logger
    private let released = Mutex(false)

    private init(connection: PostgresConnection, schema: String, logger: Logger) {
        self.connection = connection
        self.schema = schema
        self.logger = logger
    }

    /// Holds up the migration of `schema` while `body` runs (and releases it after, if `body` did not).
    static func with(base: String, schema: String, _ body: (HeldMigration) async throws -> Void) async throws {
        let settings = try PostgresURL(base)
        let configuration = PostgresClient.Configuration(
            host: settings.host,
            port: settings.port,
            username: settings.user,
            password: settings.password,
            database: settings.database,
            tls: .disable
        )
        var logger = Logger(label: "yusuan.test.held-migration")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        try await client.withConnection { connection in
            let quoted = PostgresMigrations.quoted(schema)
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(quoted)"), logger: logger)
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        CREATE TABLE \(quoted).yusuan_migration (
                            name TEXT PRIMARY KEY,
                            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                        )
                        """
                ),
                logger: logger
            )
            try await connection.query("BEGIN", logger: logger)
            try await connection.query(
                PostgresQuery(unsafeSQL: "LOCK TABLE \(quoted).yusuan_migration IN ACCESS EXCLUSIVE MODE"),
                logger: logger
            )
            let held = HeldMigration(connection: connection, schema: schema, logger: logger)
            do {
                try await body(held)
                try await held.release()
            } catch {
                try? await held.release()
                throw error
            }
        }
    }

    /// Waits until another session waits for the lock (a migration of the schema has started).
    func waitUntilSomeoneWaits() async throws {
        let table = PostgresMigrations.quoted(schema) + ".yusuan_migration"
        for _ in 0..<600 {
            let rows = try await connection.query(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = \(table)::regclass",
                logger: logger
            )
            for try await waiting in rows.decode(Int.self) where waiting > 0 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("no session waited for the migration of \(schema) within a minute")
    }

    /// Ends the hold-up (once).
    func release() async throws {
        guard
            released.withLock({ done in
                defer { done = true }; return !done
            })
        else { return }
        try await connection.query("ROLLBACK", logger: logger)
    }
}

/// A task whose end can be waited for with a time limit, without waiting for the task past it.
final class Completion<Value: Sendable>: Sendable {
    private let task: Task<Value, any Error>
    private let done: Flag

    /// Whether the task has ended.
    final class Flag: Sendable {
        let value = Mutex(false)
    }

    init(_ work: @escaping @Sendable () async throws -> Value) {
        let done = Flag()
        task = Task {
            defer { done.value.withLock { $0 = true } }
            return try await work()
        }
        self.done = done
    }

    /// Whether the task ends within `limit`.
    func finishes(within limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if done.value.withLock({ $0 }) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return done.value.withLock { $0 }
    }

    var value: Value { get async throws { try await task.value } }
}
