import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanAccounts
import YusuanServer

@Suite("Editor: login, sessions, rate limit")
struct EditorLoginTests {
    @Test func loginSucceedsWithTheRightPasswordAndSetsAHardenedCookie() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        try await harness.test { client in
            let response = try await client.attemptLogin("zhang", EditorHarness.password)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/editor")
            let header = try #require(EditorClient.setCookieHeader("yusuan_session", in: response))
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Lax"))
            #expect(!header.contains("Secure"))
            #expect(header.contains("Path=/"))
            let token = try #require(EditorClient.setCookie("yusuan_session", in: response))
            #expect(token.count == 43)
            let home = try await client.get("/editor", headers: [.cookie: "yusuan_session=\(token)"])
            #expect(home.status == .ok)
            let html = String(buffer: home.body)
            #expect(html.contains("编辑工作台"))
            #expect(html.contains("编辑 zhang"))
            #expect(html.contains("<td>202</td>"))
            #expect(home.headers[.cacheControl] == "no-store")
        }
        let entries = try await harness.accounts.auditEntries(limit: 10, offset: 0)
        #expect(entries.map(\.action) == [.login])
        #expect(entries.first?.actor == "zhang")
    }

    @Test func theSecureFlagIsConfigurable() async throws {
        let harness = EditorHarness(secureCookies: true)
        try await harness.addEditor("zhang")
        try await harness.test { client in
            let response = try await client.attemptLogin("zhang", EditorHarness.password)
            let header = try #require(EditorClient.setCookieHeader("yusuan_session", in: response))
            #expect(header.contains("Secure"))
        }
    }

    @Test func wrongPasswordsAndUnknownNamesAreRefusedWith401() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            for (name, password) in [("zhang", "wrong-password-1"), ("nobody", EditorHarness.password), ("", "")] {
                let response = try await client.attemptLogin(name, password)
                #expect(response.status == .unauthorized)
                #expect(EditorClient.setCookie("yusuan_session", in: response) == nil)
                #expect(String(buffer: response.body).contains("用户名或密码错误"))
            }
            #expect(try await client.get("/editor").status == .seeOther)
        }
        let entries = try await harness.accounts.auditEntries(limit: 10, offset: 0)
        #expect(entries.count == 3 && entries.allSatisfy { $0.action == .loginFailed })
    }

    @Test func aDisabledAccountCannotSignIn() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.accounts.setDisabled(true, username: "zhang")
        try await harness.test { client in
            let response = try await client.attemptLogin("zhang", EditorHarness.password)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func fiveFailuresForOneNameGive429UntilTheWindowPasses() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            for _ in 0..<5 {
                #expect(try await client.attemptLogin("zhang", "wrong-password-x").status == .unauthorized)
            }
            // Blocked even with the right password.
            let blocked = try await client.attemptLogin("zhang", EditorHarness.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(String(buffer: blocked.body).contains("登录失败次数过多"))
            #expect(Int(blocked.headers[.retryAfter] ?? "") == 900)
            harness.clock.advance(600)
            #expect(try await client.attemptLogin("zhang", EditorHarness.password).status == .tooManyRequests)
            harness.clock.advance(301)
            #expect(try await client.attemptLogin("zhang", EditorHarness.password).status == .seeOther)
        }
    }

    @Test func failuresFromOneAddressAcrossNamesAreLimitedToo() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            for index in 0..<5 {
                let response = try await client.attemptLogin("guess\(index)", "wrong-password-x")
                #expect(response.status == .unauthorized)
            }
            // The router test client has no peer address: all requests share the `unknown` address key.
            let blocked = try await client.attemptLogin("zhang", EditorHarness.password)
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test func sessionsExpire() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            let browser = try await client.login("zhang")
            harness.clock.advance(3599)
            #expect(try await client.get("/editor", browser: browser).status == .ok)
            harness.clock.advance(2)
            let expired = try await client.get("/editor", browser: browser)
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/login")
            // A POST with the expired session is refused.
            let upload = try await client.upload(Data("x".utf8), fileName: "a.txt", browser: browser)
            #expect(upload.status == .forbidden)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let response = try await client.postForm(
                "/logout",
                fields: [("csrf_token", browser.csrfToken)],
                cookie: browser.cookieHeader
            )
            #expect(response.status == .seeOther)
            #expect(EditorClient.setCookieHeader("yusuan_session", in: response)?.contains("Max-Age=0") == true)
            #expect(try await client.get("/editor", browser: browser).status == .seeOther)
        }
        #expect(try await harness.accounts.auditEntries(limit: 1, offset: 0).first?.action == .logout)
    }

    @Test func passwordsNeverReachTheLogs() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            _ = try await client.login("zhang")
            _ = try await client.attemptLogin("zhang", "Wrong-Secret-Password-77")
        }
        let lines = harness.logs.all
        #expect(!lines.isEmpty, "the request logger wrote nothing: the check below would prove nothing")
        for line in lines {
            #expect(!line.contains(EditorHarness.password))
            #expect(!line.contains(EditorClient.encode(EditorHarness.password)))
            #expect(!line.contains("Wrong-Secret-Password-77"))
        }
        for entry in try await harness.accounts.auditEntries(limit: 100, offset: 0) {
            #expect(!"\(entry)".contains(EditorHarness.password))
            #expect(!"\(entry)".contains("Wrong-Secret-Password-77"))
        }
    }
}
