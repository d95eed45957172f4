import Logging
import PostgresNIO
import YusuanPostgresSupport

@testable import YusuanStoragePostgres

/// A PostgreSQL store as an earlier schema version left it, for the migration tests: the migrations up to one, a
/// pool opened with only those, written by the test, and its `facts` view read before the store is opened (and
/// migrated) again.
enum OldPostgresSchema {
    /// The store's migrations up to the one named `name`, without it.
    static func migrations(before name: String) -> PostgresMigrations {
        PostgresMigrations(
            recordTable: PostgresSchema.migrations.recordTable,
            advisoryLock: PostgresSchema.migrations.advisoryLock,
            migrations: Array(PostgresSchema.migrations.migrations.prefix { $0.name != name })
        )
    }

    /// Opens the database of `url` with `migrations` only, lets `write` fill it, and returns the rows and the column
    /// types of its `facts` view; on an error the schema is dropped. The pool is closed either way.
    static func written(
        url: String,
        migrations: PostgresMigrations,
        label: String,
        write: (PostgresClient, Logger) async throws -> Void
    ) async throws -> (rows: [String], types: [String]) {
        let pool = try await PostgresPool.open(
            PostgresURL(url),
            maximumConnections: 2,
            logger: nil,
            label: label,
            migrations: migrations
        )
        do {
            try await write(pool.client, pool.logger)
            let view = try await (
                PostgresFactPackMigrationTests.viewRows(pool.client, logger: pool.logger),
                PostgresFactPackMigrationTests.viewTypes(pool.client, pool.schema, pool.logger)
            )
            await pool.close()
            return view
        } catch {
            try? await pool.dropSchema()
            await pool.close()
            throw error
        }
    }
}
