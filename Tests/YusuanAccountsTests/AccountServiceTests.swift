import Foundation
import Synchronization
import Testing
import YusuanAccounts
import YusuanStorage

/// A clock the tests move forward.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_764_000_000))
    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

@Suite("Account service: passwords, sessions, rights")
struct AccountServiceTests {
    let clock = TestClock()

    func makeService(_ store: any AccountStore = InMemoryAccountStore()) -> AccountService {
        let clock = self.clock
        return AccountService(
            store: store,
            hasher: PasswordHasher(cost: 4),
            sessionLifetime: 3600,
            now: { clock.now }
        )
    }

    @Test func bcryptHashesNeverEqualThePasswordAndAreSalted() async throws {
        let service = makeService()
        let password = "correct horse 电池"
        let account = try await service.addAccount(
            username: "Zhang",
            displayName: "张编辑",
            password: password,
            isAdmin: false
        )
        #expect(account.username == "zhang")
        #expect(account.passwordHash != password)
        #expect(!account.passwordHash.contains(password))
        #expect(account.passwordHash.hasPrefix("$2b$04$"))
        #expect(!account.description.contains(account.passwordHash))
        let again = await PasswordHasher(cost: 4).hash(password)
        #expect(again != account.passwordHash)
        #expect(await PasswordHasher(cost: 4).verify(password, hash: account.passwordHash))
        #expect(await PasswordHasher(cost: 4).verify(password, hash: again))
    }

    @Test func authenticationAcceptsOnlyTheRightPasswordOfAnEnabledAccount() async throws {
        let store = InMemoryAccountStore()
        let service = makeService(store)
        try await service.addAccount(username: "zhang", displayName: nil, password: "s3cret-password", isAdmin: false)
        #expect(try await service.authenticate(username: "zhang", password: "s3cret-password")?.username == "zhang")
        #expect(try await service.authenticate(username: " ZHANG ", password: "s3cret-password") != nil)
        #expect(try await service.authenticate(username: "zhang", password: "s3cret-passwore") == nil)
        #expect(try await service.authenticate(username: "nobody", password: "s3cret-password") == nil)
        #expect(try await service.authenticate(username: "<script>", password: "x") == nil)
        try await store.setDisabled(true, username: "zhang")
        #expect(try await service.authenticate(username: "zhang", password: "s3cret-password") == nil)
    }

    @Test func weakPasswordsAndBadNamesAreRefused() async throws {
        let service = makeService()
        for password in ["short", String(repeating: "长", count: 30), "ten chars\nwith newline"] {
            await #expect {
                try await service.addAccount(username: "zhang", displayName: nil, password: password, isAdmin: false)
            } throws: { error in
                (error as? AccountError)?.code == .invalidArgument
            }
        }
        for name in ["a", "张三", "has space", String(repeating: "x", count: 33)] {
            await #expect {
                try await service.addAccount(
                    username: name,
                    displayName: nil,
                    password: "long enough pw",
                    isAdmin: false
                )
            } throws: { error in
                (error as? AccountError)?.code == .invalidArgument
            }
        }
        try await service.addAccount(username: "zhang", displayName: nil, password: "long enough pw", isAdmin: false)
        await #expect {
            try await service.addAccount(
                username: "ZHANG",
                displayName: nil,
                password: "long enough pw",
                isAdmin: false
            )
        } throws: { error in
            (error as? AccountError)?.code == .duplicate
        }
    }

    @Test func sessionsAreStoredHashedAndExpire() async throws {
        let store = InMemoryAccountStore()
        let service = makeService(store)
        let account = try await service.addAccount(
            username: "zhang",
            displayName: nil,
            password: "s3cret-password",
            isAdmin: false
        )
        let (token, session) = try await service.startSession(for: account, remoteAddress: "192.0.2.1")
        #expect(token.count == 43)
        #expect(session.tokenHash == SecureToken.hash(token))
        #expect(session.tokenHash != token)
        #expect(session.csrfToken.count == 43 && session.csrfToken != token)
        #expect(try await store.session(tokenHash: token) == nil)
        #expect(try await service.session(token: token)?.account.id == account.id)
        #expect(try await service.session(token: "forged") == nil)
        clock.advance(3599)
        #expect(try await service.session(token: token) != nil)
        clock.advance(1)
        #expect(try await service.session(token: token) == nil)
        #expect(try await store.session(tokenHash: session.tokenHash) == nil)

        // A session never presented again is removed at the next sign-in after it expired.
        let (_, forgotten) = try await service.startSession(for: account, remoteAddress: nil)
        clock.advance(3601)
        #expect(try await store.session(tokenHash: forgotten.tokenHash) != nil)
        _ = try await service.startSession(for: account, remoteAddress: nil)
        #expect(try await store.session(tokenHash: forgotten.tokenHash) == nil)
    }

    @Test func sessionsEndAtLogoutAndWhenTheAccountIsDisabled() async throws {
        let store = InMemoryAccountStore()
        let service = makeService(store)
        let account = try await service.addAccount(
            username: "zhang",
            displayName: nil,
            password: "s3cret-password",
            isAdmin: false
        )
        let first = try await service.startSession(for: account, remoteAddress: nil)
        let second = try await service.startSession(for: account, remoteAddress: nil)
        try await service.endSession(token: first.token)
        #expect(try await service.session(token: first.token) == nil)
        #expect(try await service.session(token: second.token) != nil)
        try await store.setDisabled(true, username: "zhang")
        #expect(try await service.session(token: second.token) == nil)
    }

    @Test func tokensAreRandomAndCompareByContent() {
        let tokens = Set((0..<200).map { _ in SecureToken.make() })
        #expect(tokens.count == 200)
        #expect(tokens.allSatisfy { $0.count == 43 && !$0.contains("+") && !$0.contains("/") && !$0.contains("=") })
        #expect(SecureToken.equal("abc", "abc"))
        #expect(!SecureToken.equal("abc", "abd"))
        #expect(!SecureToken.equal("abc", "abcd"))
        #expect(SecureToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func rightsDecideWhoMayPublish() async throws {
        let store = InMemoryAccountStore()
        let service = makeService(store)
        let editor = try await service.addAccount(
            username: "editor-a",
            displayName: nil,
            password: "s3cret-password",
            isAdmin: false
        )
        let admin = try await service.addAccount(
            username: "root",
            displayName: nil,
            password: "s3cret-password",
            isAdmin: true
        )
        let office = DepartmentKey(region: "重庆市南岸区", code: "202")
        let services = DepartmentKey(region: "重庆市南岸区", code: "236")
        _ = try await store.grant(DepartmentRight(office), to: "editor-a")
        #expect(try await service.mayPublish(editor, for: office))
        #expect(try await !service.mayPublish(editor, for: services))
        #expect(try await service.mayPublish(admin, for: services))
    }

    @Test func theThrottleBlocksAfterFiveFailuresInTheWindow() async throws {
        let throttle = LoginThrottle(limit: 5, window: 900)
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        for second in 0..<4 {
            try await throttle.recordFailure(
                ["ip:192.0.2.1", "user:zhang"],
                now: start.addingTimeInterval(Double(second))
            )
        }
        #expect(try await throttle.retryAfter(["ip:192.0.2.1"], now: start.addingTimeInterval(5)) == nil)
        try await throttle.recordFailure(["ip:192.0.2.1", "user:zhang"], now: start.addingTimeInterval(4))
        let wait = try await throttle.retryAfter(["ip:192.0.2.9", "user:zhang"], now: start.addingTimeInterval(10))
        #expect(wait == 890)
        #expect(try await throttle.retryAfter(["ip:192.0.2.9", "user:li"], now: start.addingTimeInterval(10)) == nil)
        #expect(try await throttle.retryAfter(["user:zhang"], now: start.addingTimeInterval(900)) == nil)
        try await throttle.reset("user:zhang")
        #expect(try await throttle.retryAfter(["user:zhang"], now: start.addingTimeInterval(10)) == nil)
        #expect(try await throttle.retryAfter(["ip:192.0.2.1"], now: start.addingTimeInterval(10)) != nil)
    }

    @Test func theAuditLogRecordsAtTheServiceTime() async throws {
        let store = InMemoryAccountStore()
        let service = makeService(store)
        clock.advance(42)
        let entry = try await service.audit(.login, actor: "zhang", remoteAddress: "192.0.2.1")
        #expect(entry.at == clock.now)
        #expect(try await store.auditEntries(limit: 5, offset: 0) == [entry])
    }
}
