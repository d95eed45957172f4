import Testing
import YusuanAccounts
import YusuanStorage

@testable import YusuanServer

@Suite("Demo editor account")
struct DemoEditorTests {
    @Test("serve --demo's editor signs in with its printed password and may publish only for the demo departments")
    func account() async throws {
        let accounts = AccountService(store: InMemoryAccountStore(), hasher: PasswordHasher(cost: 4))
        let password = try await DemoEditor.create(in: accounts)
        #expect(password.count == 23)
        let account = try #require(try await accounts.authenticate(username: DemoEditor.username, password: password))
        #expect(!account.isAdmin)
        #expect(try await accounts.authenticate(username: DemoEditor.username, password: password + "x") == nil)
        for code in ["202", "236"] {
            #expect(try await accounts.mayPublish(account, for: DepartmentKey(region: DemoData.region, code: code)))
        }
        #expect(!(try await accounts.mayPublish(account, for: DepartmentKey(region: DemoData.region, code: "999"))))
        #expect(!(try await accounts.mayPublish(account, for: DepartmentKey(region: "重庆市渝中区", code: "202"))))
    }

    @Test("the password is new each time")
    func randomPasswords() {
        var generator = SystemRandomNumberGenerator()
        let passwords = Set((0..<50).map { _ in DemoEditor.randomPassword(using: &generator) })
        #expect(passwords.count == 50)
        #expect(passwords.allSatisfy { $0.split(separator: "-").map(\.count) == [5, 5, 5, 5] })
    }
}
