import Foundation
import YusuanStorage

/// Accounts, passwords and sessions on top of an ``AccountStore``: what the command line and the portal use.
///
/// Passwords are only ever handled as bcrypt hashes; nothing here logs or stores a password.
public struct AccountService: Sendable {
    public let store: any AccountStore
    public var hasher: PasswordHasher
    /// How long a session lasts after sign-in.
    public var sessionLifetime: TimeInterval
    /// The current time (tests move it forward to expire sessions).
    public var now: @Sendable () -> Date
    private let dummyHash: DummyHash

    /// Creates the service.
    /// - Parameters:
    ///   - store: where accounts live.
    ///   - hasher: bcrypt with its cost (12 by default).
    ///   - sessionLifetime: 8 hours by default.
    ///   - now: the clock.
    public init(
        store: any AccountStore,
        hasher: PasswordHasher = PasswordHasher(),
        sessionLifetime: TimeInterval = 8 * 3600,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.hasher = hasher
        self.sessionLifetime = sessionLifetime
        self.now = now
        self.dummyHash = DummyHash()
    }

    // MARK: Accounts

    /// Creates an account with a new password.
    /// - Throws: ``AccountError`` `invalidArgument` for a bad name or weak password, `duplicate` for a taken name.
    @discardableResult
    public func addAccount(username: String, displayName: String?, password: String, isAdmin: Bool) async throws
        -> Account
    {
        let name = try Username.normalized(username)
        try PasswordHasher.checkStrength(password)
        let display = displayName?.trimmingCharacters(in: .whitespacesAndNewlines)
        let hash = await hasher.hash(password)
        return try await store.createAccount(
            Account(
                username: name,
                displayName: display.flatMap { $0.isEmpty ? nil : $0 } ?? name,
                passwordHash: hash,
                isAdmin: isAdmin,
                createdAt: now()
            )
        )
    }

    /// Replaces an account's password.
    public func setPassword(username: String, password: String) async throws {
        try PasswordHasher.checkStrength(password)
        try await store.setPasswordHash(await hasher.hash(password), username: try Username.normalized(username))
    }

    /// The account when the name and password match and the account is enabled, else `nil`.
    ///
    /// An unknown name costs the same bcrypt work as a wrong password, so the time taken does not say whether
    /// the name exists.
    public func authenticate(username: String, password: String) async throws -> Account? {
        guard let name = try? Username.normalized(username),
            password.utf8.count <= PasswordHasher.maximumBytes,
            let account = try await store.account(named: name)
        else {
            _ = await hasher.verify(password, hash: await dummyHash.value(cost: hasher.cost))
            return nil
        }
        let matches = await hasher.verify(password, hash: account.passwordHash)
        return matches && !account.isDisabled ? account : nil
    }

    // MARK: Sessions

    /// Starts a session for an account: returns the cookie's token (kept only hashed) and the session. Expired
    /// sessions of every account are removed first.
    public func startSession(for account: Account, remoteAddress: String?) async throws -> (
        token: String, session: Session
    ) {
        let token = SecureToken.make()
        let start = now()
        // Sessions that were never presented again are removed here (a presented one is removed when it expires).
        _ = try await store.deleteSessions(expiredBefore: start)
        let session = Session(
            tokenHash: SecureToken.hash(token),
            accountID: account.id,
            csrfToken: SecureToken.make(),
            createdAt: start,
            expiresAt: start.addingTimeInterval(sessionLifetime),
            remoteAddress: remoteAddress
        )
        try await store.createSession(session)
        return (token, session)
    }

    /// The live session of a cookie's token and its account, or `nil` when the token is unknown, the session
    /// has expired (it is then removed) or the account is disabled.
    public func session(token: String) async throws -> (session: Session, account: Account)? {
        guard !token.isEmpty, token.utf8.count <= 128 else { return nil }
        let hash = SecureToken.hash(token)
        guard let session = try await store.session(tokenHash: hash) else { return nil }
        if session.isExpired(at: now()) {
            try await store.deleteSession(tokenHash: hash)
            return nil
        }
        guard let account = try await store.account(id: session.accountID), !account.isDisabled else { return nil }
        return (session, account)
    }

    /// Ends the session of a cookie's token.
    public func endSession(token: String) async throws {
        try await store.deleteSession(tokenHash: SecureToken.hash(token))
    }

    // MARK: Rights

    /// Whether the account may publish the department's disclosures: an administrator always, an editor with a
    /// right covering it.
    public func mayPublish(_ account: Account, for department: DepartmentKey) async throws -> Bool {
        if account.isAdmin { return true }
        return try await store.rights(of: account.id).contains { $0.covers(department) }
    }

    // MARK: Audit

    /// Appends an entry to the audit log, at the service's current time.
    @discardableResult
    public func audit(
        _ action: AuditAction,
        actor: String,
        target: String? = nil,
        detail: String? = nil,
        remoteAddress: String? = nil
    ) async throws -> AuditEntry {
        try await store.appendAudit(
            AuditEntry(
                at: now(),
                actor: actor,
                action: action,
                target: target,
                detail: detail,
                remoteAddress: remoteAddress
            )
        )
    }
}

/// A bcrypt hash of a random secret, computed once per cost, verified against when a name is unknown.
private actor DummyHash {
    private var hashes: [UInt8: String] = [:]

    func value(cost: UInt8) async -> String {
        if let hash = hashes[cost] { return hash }
        let hash = await PasswordHasher(cost: cost).hash(SecureToken.make())
        hashes[cost] = hash
        return hash
    }
}
