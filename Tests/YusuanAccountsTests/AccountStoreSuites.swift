import Testing
import YusuanAccounts

@Suite("In-memory account store")
struct InMemoryAccountStoreTests {
    @Test(arguments: AccountStoreContract.cases)
    func contract(_ contractCase: AccountStoreContract.Case) async throws {
        try await AccountStoreFixture.with(.memory) { try await contractCase.run($0) }
    }
}

@Suite("SQLite account store")
struct SQLiteAccountStoreTests {
    @Test(arguments: AccountStoreContract.cases)
    func contract(_ contractCase: AccountStoreContract.Case) async throws {
        try await AccountStoreFixture.with(.sqlite) { try await contractCase.run($0) }
    }

    @Test func migrationsAreNamedAndRunOnce() async throws {
        try await AccountStoreFixture.with(.sqlite) { fixture in
            let store = try #require(fixture.store as? SQLiteAccountStore)
            #expect(try await store.appliedMigrations() == SQLiteAccountStore.migrationNames)
            let reopened = try SQLiteAccountStore(path: fixture.location)
            #expect(try await reopened.appliedMigrations() == SQLiteAccountStore.migrationNames)
            try await reopened.close()
        }
    }
}

@Suite(
    "PostgreSQL account store",
    .enabled(if: AccountStoreKind.postgresURL != nil, Comment(rawValue: AccountStoreKind.postgresSkipMessage))
)
struct PostgresAccountStoreTests {
    @Test(arguments: AccountStoreContract.cases)
    func contract(_ contractCase: AccountStoreContract.Case) async throws {
        try await AccountStoreFixture.with(.postgres) { try await contractCase.run($0) }
    }

    @Test func migrationsAreNamedAndRunOnceUnderALock() async throws {
        try await AccountStoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresAccountStore)
            #expect(try await store.appliedMigrations() == PostgresAccountStore.migrationNames)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        let another = try #require(try await fixture.openAnother())
                        try await another.close()
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.appliedMigrations() == PostgresAccountStore.migrationNames)
        }
    }
}
