import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanAccounts
import YusuanCore
import YusuanServer
import YusuanStorage

@Suite("Security: CSRF, origin, escaping, read-only public routes")
struct SecurityTests {
    @Test func aPostWithoutOrWithAWrongCSRFTokenIsRefusedWith403() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let other = try await client.login("zhang")
            #expect(other.csrfToken != browser.csrfToken)
            // Upload: no token, a wrong one, another session's.
            for token in [String?.none, "forged-token", other.csrfToken] {
                let response = try await client.upload(
                    text,
                    fileName: "a.txt",
                    browser: browser,
                    csrfToken: .some(token)
                )
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("CSRF"))
            }
            #expect(try await harness.accounts.drafts(uploaderID: nil, limit: 10).isEmpty)

            let id = try await client.uploadDraft(text, fileName: "a.txt", browser: browser)
            // Publish: no token, a wrong one.
            let missing = try await client.postForm(
                "/editor/drafts/\(id)/publish",
                fields: [],
                cookie: browser.cookieHeader
            )
            #expect(missing.status == .forbidden)
            #expect(try await client.publish(id, browser: browser, csrfToken: "x").status == .forbidden)
            // Logout without the token keeps the session.
            let logout = try await client.postForm("/logout", fields: [], cookie: browser.cookieHeader)
            #expect(logout.status == .forbidden)
            #expect(try await client.get("/editor", browser: browser).status == .ok)
        }
        #expect(try await harness.disclosures.disclosures(region: nil, year: nil).isEmpty)
    }

    @Test func aPostFromAnotherOriginIsRefused() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            for origin in ["http://evil.example", "null", "https://localhost.evil.example", nil] {
                let response = try await client.upload(text, fileName: "a.txt", browser: browser, origin: origin)
                #expect(response.status == .forbidden, "\(origin ?? "no origin")")
            }
            // A Referer from the portal itself is accepted when Origin is missing.
            let referred = try await client.client.execute(
                uri: "/logout",
                method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader,
                    .referer: "http://localhost/editor",
                ],
                body: ByteBuffer(string: "csrf_token=\(browser.csrfToken)")
            )
            #expect(referred.status == .seeOther)
            // The login form checks the origin too.
            let token = try await client.loginFormToken()
            let login = try await client.postForm(
                "/login",
                fields: [("csrf_token", token), ("username", "zhang"), ("password", EditorHarness.password)],
                cookie: "yusuan_login=\(token)",
                origin: "http://evil.example"
            )
            #expect(login.status == .forbidden)
        }
    }

    @Test func aTrustedOriginIsAccepted() async throws {
        let harness = EditorHarness(trustedOrigins: ["https://budget.example.gov.cn"])
        try await harness.addEditor("zhang", codes: ["202"])
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let trusted = try await client.upload(
                text,
                fileName: "a.txt",
                browser: browser,
                origin: "https://budget.example.gov.cn"
            )
            #expect(trusted.status == .seeOther)
            let other = try await client.upload(
                text,
                fileName: "a.txt",
                browser: browser,
                origin: "https://example.gov.cn"
            )
            #expect(other.status == .forbidden)
        }
    }

    @Test func theLoginFormNeedsItsToken() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        try await harness.test { client in
            let fields = [("username", "zhang"), ("password", EditorHarness.password)]
            #expect(try await client.postForm("/login", fields: fields).status == .forbidden)
            let token = try await client.loginFormToken()
            #expect(
                try await client.postForm("/login", fields: fields + [("csrf_token", token)]).status == .forbidden
            )
            #expect(
                try await client.postForm(
                    "/login",
                    fields: fields + [("csrf_token", "other")],
                    cookie: "yusuan_login=\(token)"
                ).status == .forbidden
            )
        }
    }

    @Test func markupInADepartmentNameAndAnIndicatorStaysText() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("root", admin: true)
        var document = try EditorFixtures.disclosure(EditorFixtures.office2025)
        let nameScript = "<script>alert('name')</script>"
        let indicatorScript = "<img src=x onerror=alert(\"indicator\")>"
        document.identity.departmentName = "重庆市南岸区人民政府办公室\(nameScript)"
        let project = try #require(document.tables.projectPerformance.first)
        #expect(!project.indicators.isEmpty)
        document.tables.projectPerformance[0].indicators[0].name = "满意度\(indicatorScript)"
        let json = try EditorFixtures.json(document)
        try await harness.test { client in
            let browser = try await client.login("root")
            let id = try await client.uploadDraft(json, fileName: "<b>x<b>.json", browser: browser)
            for uri in ["/editor/drafts/\(id)", "/editor", "/editor/audit"] {
                let html = String(buffer: try await client.get(uri, browser: browser).body)
                #expect(!html.contains(nameScript), "\(uri)")
                #expect(!html.contains("<script"), "\(uri)")
                #expect(!html.contains("<b>x<b>"), "\(uri)")
                #expect(html.contains("&lt;b&gt;x&lt;b&gt;.json"), "\(uri)")
            }
            let draft = String(buffer: try await client.get("/editor/drafts/\(id)", browser: browser).body)
            #expect(draft.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
            #expect(!draft.contains(indicatorScript))
            #expect(!draft.contains("<img"))
            #expect(draft.contains("满意度&lt;img src=x onerror=alert(&quot;indicator&quot;)&gt;"))
        }
    }

    @Test func editorPagesAreNeitherCachedNorFramed() async throws {
        let harness = EditorHarness()
        try await harness.test { client in
            let response = try await client.get("/login")
            #expect(response.headers[.cacheControl] == "no-store")
            let policy = try #require(response.headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(policy.contains("script-src 'none'"))
            let cookie = try #require(EditorClient.setCookieHeader("yusuan_login", in: response))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
        }
    }

    @Test func publicRoutesAreReadOnly() async throws {
        let harness = EditorHarness()
        let document = try EditorFixtures.disclosure(EditorFixtures.office2025)
        _ = try await harness.disclosures.importDocument(PreparedDocument(document))
        try await harness.test { client in
            for uri in [
                "/", "/healthz", "/search?q=202", "/api/v1/departments", "/api/v1/openapi.json", "/static/site.css",
            ] {
                for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                    let response = try await client.client.execute(
                        uri: uri,
                        method: method,
                        headers: [.origin: EditorHarness.origin, .contentType: "application/json"],
                        body: ByteBuffer(string: "{}")
                    )
                    #expect(
                        [.notFound, .methodNotAllowed].contains(response.status),
                        "\(method) \(uri) answered \(response.status)"
                    )
                }
            }
        }
        #expect(try await harness.disclosures.disclosures(region: nil, year: nil).count == 1)
    }

    @Test func withoutAnAccountStoreTheEditorRoutesAnswer503() async throws {
        let services = ServerServices(store: InMemoryDisclosureStore())
        let app = Application(router: PortalRouter.make(services: services))
        try await app.test(.router) { client in
            let login = try await client.execute(uri: "/login", method: .get)
            #expect(login.status == .serviceUnavailable)
            let editor = try await client.execute(uri: "/editor", method: .get)
            #expect(editor.status == .serviceUnavailable)
        }
    }
}
