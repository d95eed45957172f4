import Foundation
import Testing
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

/// The stores the same contract runs against.
enum StoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    /// The PostgreSQL URL of the test server, from `YUSUAN_TEST_POSTGRES_URL`.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["YUSUAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let postgresSkipMessage =
        "PostgreSQL tests skipped: YUSUAN_TEST_POSTGRES_URL is unset (see .ci/run for starting a throwaway server)"
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
        let fixture = try await make(kind)
        do {
            let result = try await body(fixture)
            try await fixture.tearDown()
            return result
        } catch {
            try? await fixture.tearDown()
            throw error
        }
    }

    static func make(_ kind: StoreKind) async throws -> StoreFixture {
        switch kind {
        case .memory:
            let store = InMemoryDisclosureStore()
            return StoreFixture(kind: kind, store: store, location: "memory", shared: store)
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "yusuan-store-\(UUID().uuidString)"
            )
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("test.sqlite").path
            return StoreFixture(kind: kind, store: try SQLiteDisclosureStore(path: path), location: path, shared: nil)
        case .postgres:
            let base = try #require(StoreKind.postgresURL, Comment(rawValue: StoreKind.postgresSkipMessage))
            let schema =
                "yusuan_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
            let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
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
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: location).deletingLastPathComponent())
        case .postgres:
            if let postgres = store as? PostgresDisclosureStore { try await postgres.dropSchema() }
            try await store.close()
        }
    }
}
