import Logging
import PostgresNIO

/// A running postgres-nio `PostgresClient` (a connection pool) for one schema, with its migrations applied: what
/// the disclosure store and the account store both open from a `postgres://` URL.
public struct PostgresPool: Sendable {
    public let client: PostgresClient
    public let logger: Logger
    /// The PostgreSQL schema the tables live in (every connection's `search_path`).
    public let schema: String
    private let runner: Task<Void, Never>

    /// Starts a pool of at most `maximumConnections` for `settings` and runs the pending `migrations`; postgres-nio
    /// logs to `logger`, silent (label `label`) by default.
    /// - Throws: what connecting or migrating threw, after stopping the pool.
    public static func open(
        _ settings: PostgresURL,
        maximumConnections: Int,
        logger: Logger?,
        label: String,
        migrations: PostgresMigrations
    ) async throws -> PostgresPool {
        var configuration = PostgresClient.Configuration(
            host: settings.host,
            port: settings.port,
            username: settings.user,
            password: settings.password,
            database: settings.database,
            tls: .disable
        )
        configuration.options.maximumConnections = maximumConnections
        configuration.options.additionalStartupParameters = [("search_path", "\"\(settings.schema)\"")]
        var silent = Logger(label: label)
        silent.logLevel = .critical
        let logger = logger ?? silent
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let pool = PostgresPool(
            client: client,
            logger: logger,
            schema: settings.schema,
            runner: Task { await client.run() }
        )
        do {
            try await migrations.run(on: client, schema: settings.schema, logger: logger)
        } catch {
            await pool.close()
            throw error
        }
        return pool
    }

    /// Drops the schema with every table in it (for tests and throwaway stores).
    public func dropSchema() async throws {
        try await client.query(
            PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(PostgresMigrations.quoted(schema)) CASCADE"),
            logger: logger
        )
    }

    /// Stops the pool; it must not be used afterwards.
    public func close() async {
        runner.cancel()
        await runner.value
    }
}
