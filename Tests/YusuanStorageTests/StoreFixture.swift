import Foundation
import Testing
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite
import YusuanTestSupport

/// The stores the same contract runs against.
enum StoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? { TemporaryDatabase.postgresURL }
    static var postgresSkipMessage: String { TemporaryDatabase.postgresSkipMessage }
}

/// A fresh, empty database of one kind, with a way to open a second instance on the same database.
struct StoreFixture: Sendable {
    let kind: StoreKind
    let store: any DisclosureStore
    /// The SQLite path or the PostgreSQL URL (with its schema).
    let location: String
    private let shared: InMemoryDisclosureStore?

    /// Opens a fresh database, runs `body`, and removes the database.
    static func with<T: Sendable>(_ kind: StoreKind, _ body: (StoreFixture) async throws -> T) async throws -> T {
        try await TemporaryDatabase.with(make: { try await make(kind) }, tearDown: { try await $0.tearDown() }, body)
    }

    static func make(_ kind: StoreKind) async throws -> StoreFixture {
        switch kind {
        case .memory:
            let store = InMemoryDisclosureStore()
            return StoreFixture(kind: kind, store: store, location: "memory", shared: store)
        case .sqlite:
            let path = try TemporaryDatabase.sqlitePath(prefix: "yusuan-store")
            return StoreFixture(kind: kind, store: try SQLiteDisclosureStore(path: path), location: path, shared: nil)
        case .postgres:
            let base = try #require(StoreKind.postgresURL, Comment(rawValue: StoreKind.postgresSkipMessage))
            let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_test_")
            return StoreFixture(
                kind: kind,
                store: try await PostgresDisclosureStore(url: url, maximumConnections: 4),
                location: url,
                shared: nil
            )
        }
    }

    /// A second, independent instance on the same database (another connection pool / process-like writer).
    func openAnother() async throws -> any DisclosureStore {
        switch kind {
        case .memory: return shared ?? InMemoryDisclosureStore()
        case .sqlite: return try SQLiteDisclosureStore(path: location)
        case .postgres: return try await PostgresDisclosureStore(url: location, maximumConnections: 4)
        }
    }

    func tearDown() async throws {
        switch kind {
        case .memory: break
        case .sqlite:
            try await store.close()
            TemporaryDatabase.removeSQLite(at: location)
        case .postgres:
            if let postgres = store as? PostgresDisclosureStore { try await postgres.dropSchema() }
            try await store.close()
        }
    }
}
