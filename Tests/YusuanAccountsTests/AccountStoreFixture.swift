import Foundation
import Testing
import YusuanAccounts

/// The account stores the same contract runs against.
enum AccountStoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    /// The PostgreSQL URL of the test server, from `YUSUAN_TEST_POSTGRES_URL`.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["YUSUAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let postgresSkipMessage =
        "PostgreSQL tests skipped: YUSUAN_TEST_POSTGRES_URL is unset (see .ci/run for starting a throwaway server)"
}

/// A fresh, empty account store of one kind.
struct AccountStoreFixture: Sendable {
    let kind: AccountStoreKind
    let store: any AccountStore
    /// The SQLite path or the PostgreSQL URL (with its schema).
    let location: String

    /// Opens a fresh database, runs `body`, and removes the database.
    static func with<T: Sendable>(_ kind: AccountStoreKind, _ body: (AccountStoreFixture) async throws -> T)
        async throws -> T
    {
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

    static func make(_ kind: AccountStoreKind) async throws -> AccountStoreFixture {
        switch kind {
        case .memory:
            return AccountStoreFixture(kind: kind, store: InMemoryAccountStore(), location: "memory")
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "yusuan-accounts-\(UUID().uuidString)"
            )
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("test.sqlite").path
            return AccountStoreFixture(kind: kind, store: try SQLiteAccountStore(path: path), location: path)
        case .postgres:
            let base = try #require(
                AccountStoreKind.postgresURL,
                Comment(rawValue: AccountStoreKind.postgresSkipMessage)
            )
            let schema =
                "yusuan_accounts_test_"
                + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
            let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
            return AccountStoreFixture(
                kind: kind,
                store: try await PostgresAccountStore(url: url, maximumConnections: 4),
                location: url
            )
        }
    }

    /// A second, independent instance on the same database (the in-memory store has none).
    func openAnother() async throws -> (any AccountStore)? {
        switch kind {
        case .memory: return nil
        case .sqlite: return try SQLiteAccountStore(path: location)
        case .postgres: return try await PostgresAccountStore(url: location, maximumConnections: 2)
        }
    }

    func tearDown() async throws {
        switch kind {
        case .memory: break
        case .sqlite:
            try await store.close()
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: location).deletingLastPathComponent())
        case .postgres:
            if let postgres = store as? PostgresAccountStore { try await postgres.dropSchema() }
            try await store.close()
        }
    }
}
