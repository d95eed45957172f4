import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import YusuanAccounts
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanServer
import YusuanStorage

/// Every log line the application writes, to check that no password ever reaches a log.
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    func logger(label: String = "yusuan.test") -> Logger {
        Logger(label: label) { _ in RecordingLogHandler(recorder: self) }
    }
}

struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        recorder.append("\(event.level) \(event.message) \(merged)")
    }
}

/// A clock the tests move forward (sessions expire, rate-limit windows pass).
final class EditorTestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_764_000_000))
    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// The sample disclosures (the bundled samples, `samples/`).
enum EditorFixtures {
    static let office2025 = "2025-202-nanan-district-government-office.txt"
    static let services2024 = "2024-236-nanan-government-services-office.txt"

    static func data(_ name: String) throws -> Data {
        let url = try BundledSamples.url(named: name)
        return try Data(contentsOf: url)
    }

    static func disclosure(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: data(name), fileName: name)
    }

    /// The document as canonical JSON (an upload the importer recognises as JSON).
    static func json(_ disclosure: Disclosure) throws -> Data { try CanonicalJSON.encode(disclosure) }

    /// 表四's 合计 changed by 1.00: an arithmetic error the validator reports.
    static func withError(_ name: String) throws -> Disclosure {
        var document = try disclosure(name)
        let total = try #require(document.tables.threePublicExpenditure?.amounts.total)
        document.tables.threePublicExpenditure?.amounts.total = total + Amount(minorUnits: 100, scale: 2)
        return document
    }
}

/// A portal with the editor half on in-memory stores, a bcrypt cost of 4 and a test clock.
struct EditorHarness: Sendable {
    static let password = "Zhèng-que-mi-ma-2025"
    static let origin = "http://localhost"

    let disclosures: InMemoryDisclosureStore
    let accounts: InMemoryAccountStore
    let service: AccountService
    let editor: EditorServices
    let services: ServerServices
    let clock: EditorTestClock
    let logs: LogRecorder

    init(maxUploadBytes: Int = 10 * 1024 * 1024, secureCookies: Bool = false, trustedOrigins: [String] = []) {
        let clock = EditorTestClock()
        let logs = LogRecorder()
        disclosures = InMemoryDisclosureStore()
        accounts = InMemoryAccountStore()
        service = AccountService(
            store: accounts,
            hasher: PasswordHasher(cost: 4),
            sessionLifetime: 3600,
            now: { clock.now }
        )
        editor = EditorServices(
            accounts: service,
            secureCookies: secureCookies,
            maxUploadBytes: maxUploadBytes,
            trustedOrigins: trustedOrigins
        )
        var services = ServerServices(store: disclosures, logger: logs.logger(label: "yusuan.server"))
        services.editor = editor
        self.services = services
        self.clock = clock
        self.logs = logs
    }

    /// An editor with rights on the given departments (region 重庆市南岸区).
    @discardableResult
    func addEditor(_ username: String, codes: [String] = [], admin: Bool = false) async throws -> Account {
        let account = try await service.addAccount(
            username: username,
            displayName: "编辑 \(username)",
            password: Self.password,
            isAdmin: admin
        )
        for code in codes { _ = try await accounts.grant(DepartmentRight(region: "重庆市南岸区", code: code), to: username) }
        return account
    }

    func application() -> some ApplicationProtocol {
        Application(router: PortalRouter.make(services: services), logger: logs.logger(label: "yusuan.app"))
    }

    /// Runs `body` with a client of the router.
    func test<T: Sendable>(_ body: @escaping @Sendable (EditorClient) async throws -> T) async throws -> T {
        try await application().test(.router) { client in try await body(EditorClient(client: client)) }
    }
}

/// A signed-in browser: the session cookie and the session's CSRF token (read from a page's hidden field).
struct EditorBrowser: Sendable {
    var sessionCookie: String
    var csrfToken: String

    var cookieHeader: String { "yusuan_session=\(sessionCookie)" }
}

/// Requests as a browser sends them, on top of the test client.
struct EditorClient: Sendable {
    let client: any TestClientProtocol

    @discardableResult
    func get(_ uri: String, browser: EditorBrowser? = nil, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        if let browser { headers[.cookie] = browser.cookieHeader }
        return try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    }

    /// A url-encoded POST with `Origin: http://localhost` unless `origin` says otherwise.
    @discardableResult
    func postForm(
        _ uri: String,
        fields: [(String, String)],
        cookie: String? = nil,
        origin: String? = EditorHarness.origin,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        if let cookie { headers[.cookie] = cookie }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The login form's token cookie and hidden field, from `GET /login`.
    func loginFormToken() async throws -> String {
        let response = try await get("/login")
        #expect(response.status == .ok)
        let cookie = try #require(Self.setCookie("yusuan_login", in: response))
        let field = try #require(Self.hiddenField("csrf_token", in: String(buffer: response.body)))
        #expect(cookie == field)
        return cookie
    }

    /// `POST /login` with a fresh form token.
    @discardableResult
    func attemptLogin(_ username: String, _ password: String) async throws -> TestResponse {
        let token = try await loginFormToken()
        return try await postForm(
            "/login",
            fields: [("csrf_token", token), ("username", username), ("password", password)],
            cookie: "yusuan_login=\(token)"
        )
    }

    /// Signs in and reads the session's CSRF token from the editor's home page.
    func login(_ username: String, password: String = EditorHarness.password) async throws -> EditorBrowser {
        let response = try await attemptLogin(username, password)
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/editor")
        let session = try #require(Self.setCookie("yusuan_session", in: response))
        let home = try await get("/editor", headers: [.cookie: "yusuan_session=\(session)"])
        #expect(home.status == .ok)
        let csrf = try #require(Self.hiddenField("csrf_token", in: String(buffer: home.body)))
        return EditorBrowser(sessionCookie: session, csrfToken: csrf)
    }

    /// `POST /editor/upload` with a multipart body: the file and the CSRF token (`nil` leaves it out).
    @discardableResult
    func upload(
        _ data: Data,
        fileName: String,
        browser: EditorBrowser,
        csrfToken: String?? = .none,
        origin: String? = EditorHarness.origin
    ) async throws -> TestResponse {
        let boundary = "----yusuan-test-\(UUID().uuidString)"
        var body = Data()
        let token: String? = csrfToken ?? browser.csrfToken
        if let token {
            body.append(
                Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(token)\r\n".utf8)
            )
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8
            )
        )
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers: HTTPFields = [
            .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: browser.cookieHeader,
        ]
        if let origin { headers[.origin] = origin }
        return try await client.execute(
            uri: "/editor/upload",
            method: .post,
            headers: headers,
            body: ByteBuffer(bytes: [UInt8](body))
        )
    }

    /// Uploads and returns the new draft's identifier (from the redirect).
    func uploadDraft(_ data: Data, fileName: String, browser: EditorBrowser) async throws -> Int64 {
        let response = try await upload(data, fileName: fileName, browser: browser)
        #expect(response.status == .seeOther, "\(String(buffer: response.body))")
        let location = try #require(response.headers[.location])
        return try #require(Int64(location.replacingOccurrences(of: "/editor/drafts/", with: "")))
    }

    @discardableResult
    func publish(_ draftID: Int64, browser: EditorBrowser, csrfToken: String? = nil) async throws -> TestResponse {
        try await postForm(
            "/editor/drafts/\(draftID)/publish",
            fields: [("csrf_token", csrfToken ?? browser.csrfToken)],
            cookie: browser.cookieHeader
        )
    }

    /// The value of a cookie set by the response.
    static func setCookie(_ name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] {
            let first = header.split(separator: ";").first.map(String.init) ?? ""
            if first.hasPrefix("\(name)=") { return String(first.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// The full `Set-Cookie` header for a cookie.
    static func setCookieHeader(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
    }

    /// The value of a hidden field in a page.
    static func hiddenField(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
