import Foundation
import YusuanStorage

/// Where accounts, rights, sessions, drafts and the audit log are kept.
///
/// Three implementations pass the same test suite: ``InMemoryAccountStore`` (tests), ``SQLiteAccountStore``
/// and ``PostgresAccountStore``. The audit log is append-only: the protocol has no way to change or remove an
/// entry, and the database stores refuse it with a trigger. Failed sign-ins are counted in the store too
/// (``LoginFailureLog``), so instances sharing a database share the login throttle.
public protocol AccountStore: LoginFailureLog {
    // MARK: Accounts

    /// Stores a new account and returns it with its identifier.
    /// - Throws: ``AccountError`` `duplicate` when the name is taken.
    func createAccount(_ account: Account) async throws -> Account

    /// The account with this login name, or `nil`.
    func account(named username: String) async throws -> Account?

    /// The account with this identifier, or `nil`.
    func account(id: Int64) async throws -> Account?

    /// Every account, by name.
    func accounts() async throws -> [Account]

    /// Disables or enables an account; disabling ends its sessions.
    /// - Throws: ``AccountError`` `notFound`.
    func setDisabled(_ disabled: Bool, username: String) async throws

    /// Replaces an account's password hash.
    /// - Throws: ``AccountError`` `notFound`.
    func setPasswordHash(_ hash: String, username: String) async throws

    // MARK: Rights

    /// Gives an account the right on a department; returns `false` when it had it already.
    /// - Throws: ``AccountError`` `notFound` for an unknown account.
    func grant(_ right: DepartmentRight, to username: String) async throws -> Bool

    /// Takes a right away; returns `false` when the account did not have it.
    /// - Throws: ``AccountError`` `notFound` for an unknown account.
    func revoke(_ right: DepartmentRight, from username: String) async throws -> Bool

    /// An account's rights, sorted.
    func rights(of accountID: Int64) async throws -> [DepartmentRight]

    // MARK: Sessions

    /// Stores a new session.
    func createSession(_ session: Session) async throws

    /// The session whose token has this hash, or `nil` (expired sessions are returned too; callers check).
    func session(tokenHash: String) async throws -> Session?

    /// Ends a session.
    func deleteSession(tokenHash: String) async throws

    /// Removes the sessions that ended before `date`; returns how many.
    func deleteSessions(expiredBefore date: Date) async throws -> Int

    // MARK: Drafts

    /// Stores an uploaded draft and returns it with its identifier.
    func saveDraft(_ draft: UploadDraft) async throws -> UploadDraft

    /// The draft with this identifier, or `nil`.
    func draft(id: Int64) async throws -> UploadDraft?

    /// The drafts, newest first: those uploaded by `uploaderID` when given, at most `limit`.
    func drafts(uploaderID: Int64?, limit: Int) async throws -> [UploadDraft]

    /// Marks a pending draft as published as `revision`. Returns `false` (and changes nothing) when the draft
    /// was not pending, so that one draft is published once even when two requests race.
    func markPublished(draftID: Int64, revision: Int, at date: Date) async throws -> Bool

    // MARK: Audit log

    /// Appends an entry and returns it with its identifier.
    func appendAudit(_ entry: AuditEntry) async throws -> AuditEntry

    /// The newest entries first, at most `limit`, skipping `offset`.
    func auditEntries(limit: Int, offset: Int) async throws -> [AuditEntry]

    /// Releases the database. The store must not be used afterwards.
    func close() async throws
}

/// Timestamps as stored: integer milliseconds since 1970 in UTC.
enum StoredTime {
    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
    /// The date as it reads back from a store (whole milliseconds).
    static func rounded(_ date: Date) -> Date { self.date(milliseconds(date)) }
}
