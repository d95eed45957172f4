import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// The embedded ``AccountStore``: SQLite through a GRDB `DatabasePool` (WAL). It may use the same file as the
/// SQLite disclosure store (`yusuan.sqlite`); its tables and migrations have their own names.
public final class SQLiteAccountStore: AccountStore {
    let pool: DatabasePool

    /// The migrations, by name, in order.
    public static let migrationNames = SQLiteAccountSchema.migrator.migrations

    /// Opens (creating when missing) the database at `path` and runs the pending account migrations.
    /// - Throws: ``AccountError`` `unavailable` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: Double = 60) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteAccountSchema.migrator.migrate(pool)
        } catch {
            throw AccountError(.unavailable, "cannot open the SQLite database \(path)", cause: error)
        }
    }

    /// The names of the account migrations applied to the database.
    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in try SQLiteAccountSchema.migrator.appliedMigrations(db) }
    }

    // MARK: Accounts

    private static let accountColumns =
        "id, username, display_name, password_hash, is_admin, is_disabled, created_at"

    private static func account(_ row: Row) -> Account {
        Account(
            id: row[0],
            username: row[1],
            displayName: row[2],
            passwordHash: row[3],
            isAdmin: row[4],
            isDisabled: row[5],
            createdAt: StoredTime.date(row[6])
        )
    }

    public func createAccount(_ account: Account) async throws -> Account {
        try await pool.write { db in
            if try Bool.fetchOne(
                db,
                sql: "SELECT 1 FROM account_user WHERE username = ?",
                arguments: [account.username]
            )
                ?? false
            {
                throw AccountError(.duplicate, "用户名“\(account.username)”已存在")
            }
            try db.execute(
                sql: """
                    INSERT INTO account_user (username, display_name, password_hash, is_admin, is_disabled, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    account.username, account.displayName, account.passwordHash, account.isAdmin, account.isDisabled,
                    StoredTime.milliseconds(account.createdAt),
                ]
            )
            var stored = account
            stored.id = db.lastInsertedRowID
            stored.createdAt = StoredTime.date(StoredTime.milliseconds(account.createdAt))
            return stored
        }
    }

    public func account(named username: String) async throws -> Account? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(Self.accountColumns) FROM account_user WHERE username = ?",
                arguments: [username]
            ).map(Self.account)
        }
    }

    public func account(id: Int64) async throws -> Account? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account_user WHERE id = ?", arguments: [id])
                .map(Self.account)
        }
    }

    public func accounts() async throws -> [Account] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.accountColumns) FROM account_user ORDER BY username")
                .map(Self.account)
        }
    }

    private static func existingID(_ username: String, db: Database) throws -> Int64 {
        guard
            let id = try Int64.fetchOne(
                db,
                sql: "SELECT id FROM account_user WHERE username = ?",
                arguments: [username]
            )
        else { throw AccountError(.notFound, "没有用户“\(username)”") }
        return id
    }

    public func setDisabled(_ disabled: Bool, username: String) async throws {
        try await pool.write { db in
            let id = try Self.existingID(username, db: db)
            try db.execute(sql: "UPDATE account_user SET is_disabled = ? WHERE id = ?", arguments: [disabled, id])
            if disabled { try db.execute(sql: "DELETE FROM account_session WHERE account_id = ?", arguments: [id]) }
        }
    }

    public func setPasswordHash(_ hash: String, username: String) async throws {
        try await pool.write { db in
            let id = try Self.existingID(username, db: db)
            try db.execute(sql: "UPDATE account_user SET password_hash = ? WHERE id = ?", arguments: [hash, id])
        }
    }

    // MARK: Rights

    public func grant(_ right: DepartmentRight, to username: String) async throws -> Bool {
        try await pool.write { db in
            let id = try Self.existingID(username, db: db)
            try db.execute(
                sql: "INSERT OR IGNORE INTO account_right (account_id, region, code) VALUES (?, ?, ?)",
                arguments: [id, right.storedRegion, right.code]
            )
            return db.changesCount > 0
        }
    }

    public func revoke(_ right: DepartmentRight, from username: String) async throws -> Bool {
        try await pool.write { db in
            let id = try Self.existingID(username, db: db)
            try db.execute(
                sql: "DELETE FROM account_right WHERE account_id = ? AND region = ? AND code = ?",
                arguments: [id, right.storedRegion, right.code]
            )
            return db.changesCount > 0
        }
    }

    public func rights(of accountID: Int64) async throws -> [DepartmentRight] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT region, code FROM account_right WHERE account_id = ?",
                arguments: [accountID]
            ).map { DepartmentRight(storedRegion: $0[0], code: $0[1]) }.sorted()
        }
    }

    // MARK: Sessions

    public func createSession(_ session: Session) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO account_session (token_hash, account_id, csrf_token, created_at, expires_at, remote_address)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.tokenHash, session.accountID, session.csrfToken, StoredTime.milliseconds(session.createdAt),
                    StoredTime.milliseconds(session.expiresAt), session.remoteAddress,
                ]
            )
        }
    }

    public func session(tokenHash: String) async throws -> Session? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT token_hash, account_id, csrf_token, created_at, expires_at, remote_address
                    FROM account_session WHERE token_hash = ?
                    """,
                arguments: [tokenHash]
            ).map { row in
                Session(
                    tokenHash: row[0],
                    accountID: row[1],
                    csrfToken: row[2],
                    createdAt: StoredTime.date(row[3]),
                    expiresAt: StoredTime.date(row[4]),
                    remoteAddress: row[5]
                )
            }
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM account_session WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    public func deleteSessions(expiredBefore date: Date) async throws -> Int {
        try await pool.write { db in
            try db.execute(
                sql: "DELETE FROM account_session WHERE expires_at < ?",
                arguments: [StoredTime.milliseconds(date)]
            )
            return db.changesCount
        }
    }

    // MARK: Drafts

    private static let draftColumns = """
        d.id, d.uploader_id, u.username, d.uploaded_at, d.file_name, d.format, d.region, d.code, d.year, d.kind,
        d.department_name, d.document, d.findings, d.status, d.published_revision, d.published_at
        """

    private static func draft(_ row: Row) throws -> UploadDraft {
        let kindText: String = row[9]
        let statusText: String = row[13]
        guard let kind = DocumentKind(rawValue: kindText), let status = UploadDraft.Status(rawValue: statusText) else {
            throw AccountError(.corrupt, "draft \(row[0] as Int64) has kind '\(kindText)', status '\(statusText)'")
        }
        let publishedAt: Int64? = row[15]
        return UploadDraft(
            id: row[0],
            uploaderID: row[1],
            uploader: row[2],
            uploadedAt: StoredTime.date(row[3]),
            fileName: row[4],
            format: row[5],
            key: DisclosureKey(department: DepartmentKey(region: row[6], code: row[7]), year: row[8], kind: kind),
            departmentName: row[10],
            canonicalJSON: row[11],
            findings: try DraftFindingsCoding.decode(row[12]),
            status: status,
            publishedRevision: row[14],
            publishedAt: publishedAt.map(StoredTime.date)
        )
    }

    public func saveDraft(_ draft: UploadDraft) async throws -> UploadDraft {
        let findings = try DraftFindingsCoding.encode(draft.findings)
        return try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO account_draft (uploader_id, uploaded_at, file_name, format, region, code, year, kind,
                        department_name, document, findings, status, published_revision, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    draft.uploaderID, StoredTime.milliseconds(draft.uploadedAt), draft.fileName, draft.format,
                    draft.key.department.region, draft.key.department.code, draft.key.year, draft.key.kind.rawValue,
                    draft.departmentName, draft.canonicalJSON, findings, draft.status.rawValue,
                    draft.publishedRevision, draft.publishedAt.map(StoredTime.milliseconds),
                ]
            )
            let id = db.lastInsertedRowID
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT \(Self.draftColumns) FROM account_draft d JOIN account_user u ON u.id = d.uploader_id WHERE d.id = ?",
                    arguments: [id]
                )
            else { throw AccountError(.corrupt, "draft \(id) vanished after its insert") }
            return try Self.draft(row)
        }
    }

    public func draft(id: Int64) async throws -> UploadDraft? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql:
                    "SELECT \(Self.draftColumns) FROM account_draft d JOIN account_user u ON u.id = d.uploader_id WHERE d.id = ?",
                arguments: [id]
            ).map(Self.draft)
        }
    }

    public func drafts(uploaderID: Int64?, limit: Int) async throws -> [UploadDraft] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.draftColumns) FROM account_draft d JOIN account_user u ON u.id = d.uploader_id
                    WHERE ? IS NULL OR d.uploader_id = ? ORDER BY d.id DESC LIMIT ?
                    """,
                arguments: [uploaderID, uploaderID, max(0, limit)]
            ).map(Self.draft)
        }
    }

    public func markPublished(draftID: Int64, revision: Int, at date: Date) async throws -> Bool {
        try await pool.write { db in
            try db.execute(
                sql: """
                    UPDATE account_draft SET status = 'published', published_revision = ?, published_at = ?
                    WHERE id = ? AND status = 'pending'
                    """,
                arguments: [revision, StoredTime.milliseconds(date), draftID]
            )
            return db.changesCount > 0
        }
    }

    // MARK: Audit log

    public func appendAudit(_ entry: AuditEntry) async throws -> AuditEntry {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO audit_log (at, actor, action, target, detail, remote_address) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    StoredTime.milliseconds(entry.at), entry.actor, entry.action.rawValue, entry.target, entry.detail,
                    entry.remoteAddress,
                ]
            )
            var stored = entry
            stored.id = db.lastInsertedRowID
            stored.at = StoredTime.date(StoredTime.milliseconds(entry.at))
            return stored
        }
    }

    public func auditEntries(limit: Int, offset: Int) async throws -> [AuditEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, at, actor, action, target, detail, remote_address FROM audit_log
                    ORDER BY id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [max(0, limit), max(0, offset)]
            ).map { row in
                AuditEntry(
                    id: row[0],
                    at: StoredTime.date(row[1]),
                    actor: row[2],
                    action: AuditAction(rawValue: row[3]),
                    target: row[4],
                    detail: row[5],
                    remoteAddress: row[6]
                )
            }
        }
    }

    public func close() async throws {
        try pool.close()
    }

    // MARK: Login failures

    public func recordLoginFailure(keys: [String], at date: Date, forgetBefore: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "DELETE FROM account_login_failure WHERE at < ?",
                arguments: [StoredTime.milliseconds(forgetBefore)]
            )
            for key in keys {
                try db.execute(
                    sql: "INSERT INTO account_login_failure (key, at) VALUES (?, ?)",
                    arguments: [key, StoredTime.milliseconds(date)]
                )
            }
        }
    }

    public func loginFailures(keys: [String], since: Date) async throws -> [String: [Date]] {
        try await pool.read { db in
            var found: [String: [Date]] = [:]
            for key in Set(keys) {
                let times = try Int64.fetchAll(
                    db,
                    sql: "SELECT at FROM account_login_failure WHERE key = ? AND at >= ? ORDER BY at",
                    arguments: [key, StoredTime.milliseconds(since)]
                )
                if !times.isEmpty { found[key] = times.map(StoredTime.date) }
            }
            return found
        }
    }

    public func clearLoginFailures(key: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM account_login_failure WHERE key = ?", arguments: [key])
        }
    }
}
