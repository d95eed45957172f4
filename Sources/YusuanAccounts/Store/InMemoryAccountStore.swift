import Foundation
import YusuanStorage

/// An ``AccountStore`` in memory, for tests.
public actor InMemoryAccountStore: AccountStore {
    private var accountsByID: [Int64: Account] = [:]
    private var rightsByAccount: [Int64: Set<DepartmentRight>] = [:]
    private var sessions: [String: Session] = [:]
    private var draftsByID: [Int64: UploadDraft] = [:]
    private var audit: [AuditEntry] = []
    private var nextAccountID: Int64 = 1
    private var nextDraftID: Int64 = 1
    private var loginFailureTable = LoginFailureTable()

    /// Creates an empty store.
    public init() {}

    public func createAccount(_ account: Account) async throws -> Account {
        guard !accountsByID.values.contains(where: { $0.username == account.username }) else {
            throw AccountError(.duplicate, "用户名“\(account.username)”已存在")
        }
        var stored = account
        stored.id = nextAccountID
        stored.createdAt = StoredTime.rounded(account.createdAt)
        nextAccountID += 1
        accountsByID[stored.id] = stored
        return stored
    }

    public func account(named username: String) async throws -> Account? {
        accountsByID.values.first { $0.username == username }
    }

    public func account(id: Int64) async throws -> Account? { accountsByID[id] }

    public func accounts() async throws -> [Account] { accountsByID.values.sorted { $0.username < $1.username } }

    private func existingID(_ username: String) throws -> Int64 {
        guard let account = accountsByID.values.first(where: { $0.username == username }) else {
            throw AccountError(.notFound, "没有用户“\(username)”")
        }
        return account.id
    }

    public func setDisabled(_ disabled: Bool, username: String) async throws {
        let id = try existingID(username)
        accountsByID[id]?.isDisabled = disabled
        if disabled { sessions = sessions.filter { $0.value.accountID != id } }
    }

    public func setPasswordHash(_ hash: String, username: String) async throws {
        accountsByID[try existingID(username)]?.passwordHash = hash
    }

    public func grant(_ right: DepartmentRight, to username: String) async throws -> Bool {
        rightsByAccount[try existingID(username), default: []].insert(right).inserted
    }

    public func revoke(_ right: DepartmentRight, from username: String) async throws -> Bool {
        rightsByAccount[try existingID(username), default: []].remove(right) != nil
    }

    public func rights(of accountID: Int64) async throws -> [DepartmentRight] {
        (rightsByAccount[accountID] ?? []).sorted()
    }

    public func createSession(_ session: Session) async throws {
        var stored = session
        stored.createdAt = StoredTime.rounded(session.createdAt)
        stored.expiresAt = StoredTime.rounded(session.expiresAt)
        sessions[session.tokenHash] = stored
    }

    public func session(tokenHash: String) async throws -> Session? { sessions[tokenHash] }

    public func deleteSession(tokenHash: String) async throws { sessions[tokenHash] = nil }

    public func deleteSessions(expiredBefore date: Date) async throws -> Int {
        let before = sessions.count
        sessions = sessions.filter { $0.value.expiresAt >= date }
        return before - sessions.count
    }

    public func saveDraft(_ draft: UploadDraft) async throws -> UploadDraft {
        var stored = draft
        stored.id = nextDraftID
        stored.uploadedAt = StoredTime.rounded(draft.uploadedAt)
        stored.publishedAt = draft.publishedAt.map(StoredTime.rounded)
        stored.uploader = accountsByID[draft.uploaderID]?.username ?? draft.uploader
        nextDraftID += 1
        draftsByID[stored.id] = stored
        return stored
    }

    public func draft(id: Int64) async throws -> UploadDraft? { draftsByID[id] }

    public func drafts(uploaderID: Int64?, limit: Int) async throws -> [UploadDraft] {
        Array(
            draftsByID.values.filter { uploaderID == nil || $0.uploaderID == uploaderID }.sorted { $0.id > $1.id }
                .prefix(max(0, limit))
        )
    }

    public func markPublished(draftID: Int64, revision: Int, at date: Date) async throws -> Bool {
        guard var draft = draftsByID[draftID], draft.status == .pending else { return false }
        draft.status = .published
        draft.publishedRevision = revision
        draft.publishedAt = StoredTime.rounded(date)
        draftsByID[draftID] = draft
        return true
    }

    public func appendAudit(_ entry: AuditEntry) async throws -> AuditEntry {
        var stored = entry
        stored.id = Int64(audit.count + 1)
        stored.at = StoredTime.rounded(entry.at)
        audit.append(stored)
        return stored
    }

    public func auditEntries(limit: Int, offset: Int) async throws -> [AuditEntry] {
        Array(audit.reversed().dropFirst(max(0, offset)).prefix(max(0, limit)))
    }

    public func close() async throws {}

    // MARK: Login failures

    public func recordLoginFailure(keys: [String], at date: Date, forgetBefore: Date) async throws {
        loginFailureTable.record(keys: keys, at: date, forgetBefore: forgetBefore)
    }

    public func loginFailures(keys: [String], since: Date) async throws -> [String: [Date]] {
        loginFailureTable.failures(keys: keys, since: since)
    }

    public func clearLoginFailures(key: String) async throws { loginFailureTable.clear(key) }
}
