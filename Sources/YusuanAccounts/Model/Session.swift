import Foundation

/// A signed-in browser. The cookie holds a random token; the store keeps only its SHA-256 (``tokenHash``), so
/// a copy of the database does not let anyone sign in.
public struct Session: Sendable, Hashable {
    /// SHA-256 of the cookie's token, in hexadecimal.
    public var tokenHash: String
    /// The account signed in.
    public var accountID: Int64
    /// The token every form of this session carries in a hidden field (random, 256 bits).
    public var csrfToken: String
    /// When the session started.
    public var createdAt: Date
    /// When it ends.
    public var expiresAt: Date
    /// The address the session was started from.
    public var remoteAddress: String?

    /// Creates a session record.
    public init(
        tokenHash: String,
        accountID: Int64,
        csrfToken: String,
        createdAt: Date,
        expiresAt: Date,
        remoteAddress: String? = nil
    ) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.remoteAddress = remoteAddress
    }

    /// Whether the session has ended at `now`.
    public func isExpired(at now: Date) -> Bool { now >= expiresAt }
}
