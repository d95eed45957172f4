import Foundation
import Testing
import YusuanAccounts
import YusuanTestSupport

/// The account stores the same contract runs against.
enum AccountStoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? { TemporaryDatabase.postgresURL }
    static var postgresSkipMessage: String { TemporaryDatabase.postgresSkipMessage }
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
        try await TemporaryDatabase.with(make: { try await make(kind) }, tearDown: { try await $0.tearDown() }, body)
    }

    static func make(_ kind: AccountStoreKind) async throws -> AccountStoreFixture {
        switch kind {
        case .memory:
            return AccountStoreFixture(kind: kind, store: InMemoryAccountStore(), location: "memory")
        case .sqlite:
            let path = try TemporaryDatabase.sqlitePath(prefix: "yusuan-accounts")
            return AccountStoreFixture(kind: kind, store: try SQLiteAccountStore(path: path), location: path)
        case .postgres:
            let base = try #require(
                AccountStoreKind.postgresURL,
                Comment(rawValue: AccountStoreKind.postgresSkipMessage)
            )
            let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_accounts_test_")
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
            TemporaryDatabase.removeSQLite(at: location)
        case .postgres:
            if let postgres = store as? PostgresAccountStore { try await postgres.dropSchema() }
            try await store.close()
        }
    }
}
