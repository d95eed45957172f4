import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanPostgresSupport
import YusuanStorage

/// The shared ``AccountStore``: PostgreSQL through a postgres-nio `PostgresClient` (a connection pool). Given
/// the same URL as the PostgreSQL disclosure store, its tables live beside the disclosure tables (same schema);
/// several instances may use it at once.
public final class PostgresAccountStore: AccountStore {
    let pool: PostgresPool
    var client: PostgresClient { pool.client }
    var logger: Logger { pool.logger }
    /// The PostgreSQL schema the tables live in.
    public var schema: String { pool.schema }

    /// The migrations, by name, in order.
    public static let migrationNames = PostgresAccountSchema.migrations.names

    /// Connects to the database of a `postgres://user:password@host:port/database?schema=NAME` URL and runs the
    /// pending account migrations.
    /// - Throws: ``AccountError`` `invalidArgument` for a URL that cannot be used, `unavailable` when the
    ///   database cannot be reached or migrated.
    public init(url: String, maximumConnections: Int = 4, logger: Logger? = nil) async throws {
        let settings = try PostgresURL(url)
        do {
            pool = try await PostgresPool.open(
                settings,
                maximumConnections: maximumConnections,
                logger: logger,
                label: "yusuan.accounts.postgres",
                migrations: PostgresAccountSchema.migrations
            )
        } catch {
            throw AccountError(
                .unavailable,
                "cannot open the PostgreSQL account store at \(settings.redacted)",
                cause: error
            )
        }
    }

    /// The names of the account migrations applied to the database.
    public func appliedMigrations() async throws -> [String] {
        try await PostgresAccountSchema.migrations.applied(on: client, logger: logger)
    }

    /// Drops the store's schema with every table in it (for tests and throwaway stores).
    public func dropSchema() async throws { try await pool.dropSchema() }

    private static func first<Element>(_ rows: some AsyncSequence<Element, any Error>) async throws -> Element? {
        for try await row in rows { return row }
        return nil
    }

    /// Runs `body` in a transaction; an ``AccountError`` thrown inside comes out as itself (postgres-nio wraps
    /// it in a `PostgresTransactionError`).
    private func transaction<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let accountError = error.closureError as? AccountError { throw accountError }
            throw error
        }
    }

    // MARK: Accounts

    private typealias AccountRow = (Int64, String, String, String, Bool, Bool, Int64)
    private static let accountColumns = "id, username, display_name, password_hash, is_admin, is_disabled, created_at"

    private static func account(_ row: AccountRow) -> Account {
        Account(
            id: row.0,
            username: row.1,
            displayName: row.2,
            passwordHash: row.3,
            isAdmin: row.4,
            isDisabled: row.5,
            createdAt: StoredTime.date(row.6)
        )
    }

    public func createAccount(_ account: Account) async throws -> Account {
        let created = StoredTime.milliseconds(account.createdAt)
        let rows = try await client.query(
            """
            INSERT INTO account_user (username, display_name, password_hash, is_admin, is_disabled, created_at)
            VALUES (\(account.username), \(account.displayName), \(account.passwordHash), \(account.isAdmin),
                \(account.isDisabled), \(created))
            ON CONFLICT (username) DO NOTHING RETURNING id
            """,
            logger: logger
        )
        guard let id = try await Self.first(rows.decode(Int64.self)) else {
            throw AccountError(.duplicate, "用户名“\(account.username)”已存在")
        }
        var stored = account
        stored.id = id
        stored.createdAt = StoredTime.date(created)
        return stored
    }

    private func fetchAccount(_ query: PostgresQuery) async throws -> Account? {
        let rows = try await client.query(query, logger: logger)
        return try await Self.first(rows.decode(AccountRow.self)).map(Self.account)
    }

    public func account(named username: String) async throws -> Account? {
        try await fetchAccount(
            "SELECT id, username, display_name, password_hash, is_admin, is_disabled, created_at FROM account_user WHERE username = \(username)"
        )
    }

    public func account(id: Int64) async throws -> Account? {
        try await fetchAccount(
            "SELECT id, username, display_name, password_hash, is_admin, is_disabled, created_at FROM account_user WHERE id = \(id)"
        )
    }

    public func accounts() async throws -> [Account] {
        let rows = try await client.query(
            "SELECT id, username, display_name, password_hash, is_admin, is_disabled, created_at FROM account_user ORDER BY username",
            logger: logger
        )
        var result: [Account] = []
        for try await row in rows.decode(AccountRow.self) { result.append(Self.account(row)) }
        return result
    }

    private static func existingID(_ username: String, connection: PostgresConnection, logger: Logger) async throws
        -> Int64
    {
        let rows = try await connection.query(
            "SELECT id FROM account_user WHERE username = \(username)",
            logger: logger
        )
        guard let id = try await first(rows.decode(Int64.self)) else {
            throw AccountError(.notFound, "没有用户“\(username)”")
        }
        return id
    }

    public func setDisabled(_ disabled: Bool, username: String) async throws {
        let logger = self.logger
        try await transaction { connection in
            let id = try await Self.existingID(username, connection: connection, logger: logger)
            try await connection.query(
                "UPDATE account_user SET is_disabled = \(disabled) WHERE id = \(id)",
                logger: logger
            )
            if disabled {
                try await connection.query("DELETE FROM account_session WHERE account_id = \(id)", logger: logger)
            }
        }
    }

    public func setPasswordHash(_ hash: String, username: String) async throws {
        let logger = self.logger
        try await client.withConnection { connection in
            let id = try await Self.existingID(username, connection: connection, logger: logger)
            try await connection.query(
                "UPDATE account_user SET password_hash = \(hash) WHERE id = \(id)",
                logger: logger
            )
        }
    }

    // MARK: Rights

    public func grant(_ right: DepartmentRight, to username: String) async throws -> Bool {
        let logger = self.logger
        return try await client.withConnection { connection in
            let id = try await Self.existingID(username, connection: connection, logger: logger)
            let rows = try await connection.query(
                """
                INSERT INTO account_right (account_id, region, code) VALUES (\(id), \(right.storedRegion), \(right.code))
                ON CONFLICT DO NOTHING RETURNING account_id
                """,
                logger: logger
            )
            return try await Self.first(rows.decode(Int64.self)) != nil
        }
    }

    public func revoke(_ right: DepartmentRight, from username: String) async throws -> Bool {
        let logger = self.logger
        return try await client.withConnection { connection in
            let id = try await Self.existingID(username, connection: connection, logger: logger)
            let rows = try await connection.query(
                """
                DELETE FROM account_right WHERE account_id = \(id) AND region = \(right.storedRegion)
                    AND code = \(right.code) RETURNING account_id
                """,
                logger: logger
            )
            return try await Self.first(rows.decode(Int64.self)) != nil
        }
    }

    public func rights(of accountID: Int64) async throws -> [DepartmentRight] {
        let rows = try await client.query(
            "SELECT region, code FROM account_right WHERE account_id = \(accountID)",
            logger: logger
        )
        var result: [DepartmentRight] = []
        for try await (region, code) in rows.decode((String, String).self) {
            result.append(DepartmentRight(storedRegion: region, code: code))
        }
        return result.sorted()
    }

    // MARK: Sessions

    public func createSession(_ session: Session) async throws {
        try await client.query(
            """
            INSERT INTO account_session (token_hash, account_id, csrf_token, created_at, expires_at, remote_address)
            VALUES (\(session.tokenHash), \(session.accountID), \(session.csrfToken),
                \(StoredTime.milliseconds(session.createdAt)), \(StoredTime.milliseconds(session.expiresAt)),
                \(session.remoteAddress))
            """,
            logger: logger
        )
    }

    public func session(tokenHash: String) async throws -> Session? {
        let rows = try await client.query(
            """
            SELECT token_hash, account_id, csrf_token, created_at, expires_at, remote_address
            FROM account_session WHERE token_hash = \(tokenHash)
            """,
            logger: logger
        )
        return try await Self.first(rows.decode((String, Int64, String, Int64, Int64, String?).self)).map { row in
            Session(
                tokenHash: row.0,
                accountID: row.1,
                csrfToken: row.2,
                createdAt: StoredTime.date(row.3),
                expiresAt: StoredTime.date(row.4),
                remoteAddress: row.5
            )
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await client.query("DELETE FROM account_session WHERE token_hash = \(tokenHash)", logger: logger)
    }

    public func deleteSessions(expiredBefore date: Date) async throws -> Int {
        let rows = try await client.query(
            "DELETE FROM account_session WHERE expires_at < \(StoredTime.milliseconds(date)) RETURNING account_id",
            logger: logger
        )
        var count = 0
        for try await _ in rows.decode(Int64.self) { count += 1 }
        return count
    }

    // MARK: Drafts

    private typealias DraftRow = (
        Int64, Int64, String, Int64, String, String, String, String, Int, String, String, String, String, String,
        Int?, Int64?
    )

    private static func draft(_ row: DraftRow) throws -> UploadDraft {
        guard let kind = DocumentKind(rawValue: row.9), let status = UploadDraft.Status(rawValue: row.13) else {
            throw AccountError(.corrupt, "draft \(row.0) has kind '\(row.9)', status '\(row.13)'")
        }
        return UploadDraft(
            id: row.0,
            uploaderID: row.1,
            uploader: row.2,
            uploadedAt: StoredTime.date(row.3),
            fileName: row.4,
            format: row.5,
            key: DisclosureKey(department: DepartmentKey(region: row.6, code: row.7), year: row.8, kind: kind),
            departmentName: row.10,
            canonicalJSON: Data(row.11.utf8),
            findings: try DraftFindingsCoding.decode(row.12),
            status: status,
            publishedRevision: row.14,
            publishedAt: row.15.map(StoredTime.date)
        )
    }

    private func fetchDrafts(_ query: PostgresQuery) async throws -> [UploadDraft] {
        let rows = try await client.query(query, logger: logger)
        var result: [UploadDraft] = []
        for try await row in rows.decode(DraftRow.self) { result.append(try Self.draft(row)) }
        return result
    }

    public func saveDraft(_ draft: UploadDraft) async throws -> UploadDraft {
        let findings = try DraftFindingsCoding.encode(draft.findings)
        let document = String(decoding: draft.canonicalJSON, as: UTF8.self)
        let rows = try await client.query(
            """
            INSERT INTO account_draft (uploader_id, uploaded_at, file_name, format, region, code, year, kind,
                department_name, document, findings, status, published_revision, published_at)
            VALUES (\(draft.uploaderID), \(StoredTime.milliseconds(draft.uploadedAt)), \(draft.fileName),
                \(draft.format), \(draft.key.department.region), \(draft.key.department.code), \(draft.key.year),
                \(draft.key.kind.rawValue), \(draft.departmentName), \(document), \(findings), \(draft.status.rawValue),
                \(draft.publishedRevision), \(draft.publishedAt.map(StoredTime.milliseconds)))
            RETURNING id
            """,
            logger: logger
        )
        guard let id = try await Self.first(rows.decode(Int64.self)),
            let stored = try await self.draft(id: id)
        else { throw AccountError(.corrupt, "a draft vanished after its insert") }
        return stored
    }

    public func draft(id: Int64) async throws -> UploadDraft? {
        try await fetchDrafts(
            """
            SELECT d.id, d.uploader_id, u.username, d.uploaded_at, d.file_name, d.format, d.region, d.code, d.year,
                d.kind, d.department_name, d.document, d.findings, d.status, d.published_revision, d.published_at
            FROM account_draft d JOIN account_user u ON u.id = d.uploader_id WHERE d.id = \(id)
            """
        ).first
    }

    public func drafts(uploaderID: Int64?, limit: Int) async throws -> [UploadDraft] {
        try await fetchDrafts(
            """
            SELECT d.id, d.uploader_id, u.username, d.uploaded_at, d.file_name, d.format, d.region, d.code, d.year,
                d.kind, d.department_name, d.document, d.findings, d.status, d.published_revision, d.published_at
            FROM account_draft d JOIN account_user u ON u.id = d.uploader_id
            WHERE \(uploaderID)::bigint IS NULL OR d.uploader_id = \(uploaderID)
            ORDER BY d.id DESC LIMIT \(max(0, limit))
            """
        )
    }

    public func markPublished(draftID: Int64, revision: Int, at date: Date) async throws -> Bool {
        let rows = try await client.query(
            """
            UPDATE account_draft SET status = 'published', published_revision = \(revision),
                published_at = \(StoredTime.milliseconds(date))
            WHERE id = \(draftID) AND status = 'pending' RETURNING id
            """,
            logger: logger
        )
        return try await Self.first(rows.decode(Int64.self)) != nil
    }

    // MARK: Audit log

    public func appendAudit(_ entry: AuditEntry) async throws -> AuditEntry {
        let at = StoredTime.milliseconds(entry.at)
        let rows = try await client.query(
            """
            INSERT INTO audit_log (at, actor, action, target, detail, remote_address)
            VALUES (\(at), \(entry.actor), \(entry.action.rawValue), \(entry.target), \(entry.detail), \(entry.remoteAddress))
            RETURNING id
            """,
            logger: logger
        )
        guard let id = try await Self.first(rows.decode(Int64.self)) else {
            throw AccountError(.corrupt, "the audit insert returned no identifier")
        }
        var stored = entry
        stored.id = id
        stored.at = StoredTime.date(at)
        return stored
    }

    public func auditEntries(limit: Int, offset: Int) async throws -> [AuditEntry] {
        let rows = try await client.query(
            """
            SELECT id, at, actor, action, target, detail, remote_address FROM audit_log
            ORDER BY id DESC LIMIT \(max(0, limit)) OFFSET \(max(0, offset))
            """,
            logger: logger
        )
        var result: [AuditEntry] = []
        for try await (id, at, actor, action, target, detail, address) in rows.decode(
            (Int64, Int64, String, String, String?, String?, String?).self
        ) {
            result.append(
                AuditEntry(
                    id: id,
                    at: StoredTime.date(at),
                    actor: actor,
                    action: AuditAction(rawValue: action),
                    target: target,
                    detail: detail,
                    remoteAddress: address
                )
            )
        }
        return result
    }

    public func close() async throws { await pool.close() }

    // MARK: Login failures

    public func recordLoginFailure(keys: [String], at date: Date, forgetBefore: Date) async throws {
        let at = StoredTime.milliseconds(date)
        try await client.query(
            """
            WITH forgotten AS (DELETE FROM account_login_failure WHERE at < \(StoredTime.milliseconds(forgetBefore)))
            INSERT INTO account_login_failure (key, at) SELECT k, \(at) FROM unnest(\(keys)::text[]) AS k
            """,
            logger: logger
        )
    }

    public func loginFailures(keys: [String], since: Date) async throws -> [String: [Date]] {
        let rows = try await client.query(
            """
            SELECT key, at FROM account_login_failure
            WHERE key = ANY(\(Array(Set(keys)))::text[]) AND at >= \(StoredTime.milliseconds(since))
            ORDER BY key, at
            """,
            logger: logger
        )
        var found: [String: [Date]] = [:]
        for try await (key, at) in rows.decode((String, Int64).self) {
            found[key, default: []].append(StoredTime.date(at))
        }
        return found
    }

    public func clearLoginFailures(key: String) async throws {
        try await client.query("DELETE FROM account_login_failure WHERE key = \(key)", logger: logger)
    }
}
