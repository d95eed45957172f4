import Foundation
import Logging
import PostgresNIO

/// Named, append-only schema migrations of one PostgreSQL store, recorded in a table of its own and run under an
/// advisory lock so that instances starting together on one schema take turns. Used by the disclosure store and the
/// account store (each with its own record table and lock).
///
/// The lock is the schema's (the store's key and the schema name's hash), so a migration holds up only the stores of
/// its own schema, and a store whose schema is up to date takes no lock at all. With one lock for the whole database,
/// every store opening anywhere in it waited for any migration: when the process migrating could not go on until
/// such a store had opened (a test waiting for `db import` processes on the threads its migration needed next), all
/// waited for ever.
///
/// Each migration is a list of single statements (the extended protocol runs one statement per query). Never edit
/// a migration that has shipped: add a new one at the end.
public struct PostgresMigrations: Sendable {
    /// One migration: its name and its statements.
    public struct Migration: Sendable {
        public var name: String
        public var statements: [String]

        /// Creates a migration.
        public init(name: String, statements: [String]) {
            self.name = name
            self.statements = statements
        }
    }

    /// The table that records applied migrations (an identifier of the project's, never user input).
    public var recordTable: String
    /// The store's key of the advisory lock taken while migrating (the first of the two keys; the second is the hash
    /// of the schema's name). It must fit in 32 bits.
    public var advisoryLock: Int64
    public var migrations: [Migration]

    /// The names of the migrations, in order.
    public var names: [String] { migrations.map(\.name) }

    /// Creates the migrations of a store.
    public init(recordTable: String, advisoryLock: Int64, migrations: [Migration]) {
        self.recordTable = recordTable
        self.advisoryLock = advisoryLock
        self.migrations = migrations
    }

    /// Creates `schema` when missing and runs the pending migrations in it, in one transaction under the schema's
    /// advisory lock; returns at once, without the lock, when every migration is applied.
    public func run(on client: PostgresClient, schema: String, logger: Logger) async throws {
        if try await isUpToDate(on: client, logger: logger) { return }
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: lockStatement, binds: Self.bindings(schema)),
                logger: logger
            )
            try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(Self.quoted(schema))"),
                logger: logger
            )
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        CREATE TABLE IF NOT EXISTS \(recordTable) (
                            name TEXT PRIMARY KEY,
                            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                        )
                        """
                ),
                logger: logger
            )
            var applied: Set<String> = []
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT name FROM \(recordTable)"),
                logger: logger
            )
            for try await name in rows.decode(String.self) { applied.insert(name) }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO \(recordTable) (name) VALUES ($1)",
                        binds: Self.bindings(migration.name)
                    ),
                    logger: logger
                )
            }
        }
    }

    /// The statement that takes the advisory lock of the schema bound as `$1`, until the end of the transaction.
    var lockStatement: String { "SELECT pg_advisory_xact_lock(\(advisoryLock)::int4, hashtext($1))" }

    /// Whether every migration is recorded as applied in the schema of the connections' `search_path` (committed:
    /// a migration in progress elsewhere is not).
    func isUpToDate(on client: PostgresClient, logger: Logger) async throws -> Bool {
        let exists = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT to_regclass($1) IS NOT NULL", binds: Self.bindings(recordTable)),
            logger: logger
        )
        for try await found in exists.decode(Bool.self) where !found { return false }
        var applied: Set<String> = []
        let rows = try await client.query(PostgresQuery(unsafeSQL: "SELECT name FROM \(recordTable)"), logger: logger)
        for try await name in rows.decode(String.self) { applied.insert(name) }
        return migrations.allSatisfy { applied.contains($0.name) }
    }

    private static func bindings(_ value: String) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
    }

    /// The names of the applied migrations, in the order they were applied: those applied in one transaction (at
    /// the same `applied_at`) in the order of the list (by name, `v10-…` came before `v2-…`), unknown ones last.
    public func applied(on client: PostgresClient, logger: Logger) async throws -> [String] {
        var names: [String] = []
        var bindings = PostgresBindings()
        bindings.append(self.names)
        let rows = try await client.query(
            PostgresQuery(
                unsafeSQL:
                    "SELECT name FROM \(recordTable) ORDER BY applied_at, array_position($1::text[], name) NULLS LAST, name",
                binds: bindings
            ),
            logger: logger
        )
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }

    /// A quoted SQL identifier (`"name"`, inner quotes doubled).
    public static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
