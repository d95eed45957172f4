import Testing
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

@Suite("In-memory store")
struct InMemoryStoreTests {
    @Test(arguments: StoreContract.cases)
    func contract(_ contractCase: StoreContract.Case) async throws {
        try await StoreFixture.with(.memory) { try await contractCase.run($0) }
    }
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test(arguments: StoreContract.cases)
    func contract(_ contractCase: StoreContract.Case) async throws {
        try await StoreFixture.with(.sqlite) { try await contractCase.run($0) }
    }

    @Test func migrationsAreNamedAndRunOnce() async throws {
        try await StoreFixture.with(.sqlite) { fixture in
            let store = try #require(fixture.store as? SQLiteDisclosureStore)
            #expect(try await store.appliedMigrations() == SQLiteDisclosureStore.migrationNames)
            let reopened = try SQLiteDisclosureStore(path: fixture.location)
            #expect(try await reopened.appliedMigrations() == SQLiteDisclosureStore.migrationNames)
            try await reopened.close()
        }
    }
}

@Suite(
    "PostgreSQL store",
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresStoreTests {
    @Test(arguments: StoreContract.cases)
    func contract(_ contractCase: StoreContract.Case) async throws {
        try await StoreFixture.with(.postgres) { try await contractCase.run($0) }
    }

    @Test func migrationsAreNamedAndRunOnce() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresDisclosureStore)
            #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
            // Several instances opening at once take turns on the migrations.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        let another = try await fixture.openAnother()
                        try await another.close()
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
        }
    }
}
