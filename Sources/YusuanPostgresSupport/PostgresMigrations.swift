import Foundation
import Logging
import PostgresNIO

/// Named, append-only schema migrations of one PostgreSQL store, recorded in a table of its own and run under an
/// advisory lock so that instances starting together take turns. Used by the disclosure store and the account
/// store (each with its own record table and lock).
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
    /// The key of the advisory lock taken while migrating.
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

    /// Creates `schema` when missing and runs the pending migrations in it, in one transaction.
    public func run(on client: PostgresClient, schema: String, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(advisoryLock))", logger: logger)
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
                var bindings = PostgresBindings()
                bindings.append(migration.name)
                try await connection.query(
                    PostgresQuery(unsafeSQL: "INSERT INTO \(recordTable) (name) VALUES ($1)", binds: bindings),
                    logger: logger
                )
            }
        }
    }

    /// The names of the applied migrations, in the order they were applied.
    public func applied(on client: PostgresClient, logger: Logger) async throws -> [String] {
        var names: [String] = []
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT name FROM \(recordTable) ORDER BY applied_at, name"),
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
