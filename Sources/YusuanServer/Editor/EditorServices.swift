import Foundation
import YusuanAccounts

/// What the editor routes share: the account service (accounts, sessions, drafts, audit log), the login
/// throttle and the security settings.
public struct EditorServices: Sendable {
    /// Accounts, passwords, sessions and the store behind them.
    public var accounts: AccountService
    /// Failed sign-ins per address and per name (5 in 15 minutes by default).
    public var throttle: LoginThrottle
    /// Whether the session cookie carries `Secure` (set it when the portal is served over HTTPS).
    public var secureCookies: Bool
    /// The largest upload accepted, in bytes (10 MB by default); larger ones get 413.
    public var maxUploadBytes: Int
    /// Origins (`https://budget.example.gov.cn`) whose forms are accepted besides the request's own host, for a
    /// portal behind a proxy that rewrites `Host`.
    public var trustedOrigins: [String]

    /// Creates the editor services. The throttle counts failed sign-ins in the account store unless given.
    public init(
        accounts: AccountService,
        throttle: LoginThrottle? = nil,
        secureCookies: Bool = false,
        maxUploadBytes: Int = 10 * 1024 * 1024,
        trustedOrigins: [String] = []
    ) {
        self.accounts = accounts
        self.throttle = throttle ?? LoginThrottle(log: accounts.store)
        self.secureCookies = secureCookies
        self.maxUploadBytes = maxUploadBytes
        self.trustedOrigins = trustedOrigins
    }

    /// The account store beside the disclosures of a configuration: the same SQLite file or PostgreSQL URL (its
    /// own tables and migrations), or an empty in-memory store for the demo.
    ///
    /// Settings come from the environment: `YUSUAN_SECURE_COOKIES=1` (behind HTTPS), `YUSUAN_TRUSTED_ORIGINS`
    /// (comma-separated origins such as `https://budget.example.gov.cn`), `YUSUAN_MAX_UPLOAD_MB` (10 by default).
    public static func open(
        database: ServerConfiguration.Database,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> EditorServices {
        let store: any AccountStore =
            switch database {
            case .sqlite(let path): try SQLiteAccountStore(path: path)
            case .postgres(let url): try await PostgresAccountStore(url: url)
            case .demo: InMemoryAccountStore()
            }
        let secure = ["1", "true", "yes"].contains(environment["YUSUAN_SECURE_COOKIES"]?.lowercased() ?? "")
        let origins = (environment["YUSUAN_TRUSTED_ORIGINS"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let megabytes = environment["YUSUAN_MAX_UPLOAD_MB"].flatMap { Int($0) }.map { min(max($0, 1), 1024) } ?? 10
        return EditorServices(
            accounts: AccountService(store: store),
            secureCookies: secure,
            maxUploadBytes: megabytes * 1024 * 1024,
            trustedOrigins: origins
        )
    }
}
