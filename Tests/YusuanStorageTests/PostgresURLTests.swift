import Testing
import YusuanPostgresSupport
import YusuanStorage

@Suite struct PostgresURLTests {
    @Test func readsTheParts() throws {
        let url = try PostgresURL("postgres://yusuan:s%40cret@db.example:6543/budgets?schema=nanan")
        #expect(url.host == "db.example")
        #expect(url.port == 6543)
        #expect(url.user == "yusuan")
        #expect(url.password == "s@cret")
        #expect(url.database == "budgets")
        #expect(url.schema == "nanan")
        #expect(!url.redacted.contains("cret"))
    }

    @Test func defaults() throws {
        let url = try PostgresURL("postgresql://localhost")
        #expect(url.port == 5432)
        #expect(url.user == "postgres")
        #expect(url.database == nil)
        #expect(url.schema == "public")
    }

    /// Regression: the error for a wrong scheme used to repeat the whole URL, password included.
    @Test func errorsNeverShowThePassword() {
        for text in [
            "mysql://admin:hunter2@db.example/budgets", "postgres://admin:hunter2@db.example/b?sslmode=require",
        ] {
            #expect {
                _ = try PostgresURL(text)
            } throws: { error in
                guard let error = error as? StorageError else { return false }
                return error.code == .invalidArgument && !error.message.contains("hunter2")
            }
        }
    }
}
