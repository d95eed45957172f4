import Foundation
import Testing
import YusuanAccounts
import YusuanCore
import YusuanStorage

/// The behaviour every ``AccountStore`` must have; the same cases run against the in-memory store, SQLite and
/// PostgreSQL.
enum AccountStoreContract {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let run: @Sendable (AccountStoreFixture) async throws -> Void
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "accounts are created, read back, listed and unique by name", run: accounts),
        Case(name: "accounts can be disabled, which ends their sessions", run: disabling),
        Case(name: "rights are granted once, revoked, and cover their departments", run: rights),
        Case(name: "sessions are stored by token hash and removed when expired", run: sessions),
        Case(name: "drafts keep their document and findings and are published once", run: drafts),
        Case(name: "the audit log is newest first and paged", run: audit),
        Case(name: "a second instance sees what the first wrote", run: secondInstance),
        Case(name: "failed sign-ins are counted per key, forgotten when old, and cleared", run: loginFailures),
        Case(name: "a second instance shares the login throttle's counts", run: sharedThrottle),
    ]

    static let instant = Date(timeIntervalSince1970: 1_764_000_000.123)

    static func makeAccount(_ store: any AccountStore, _ name: String, admin: Bool = false) async throws -> Account {
        try await store.createAccount(
            Account(
                username: name,
                displayName: "编辑\(name)",
                passwordHash: "$2b$04$notarealhashnotarealhashnotarealhashnotarealhashnot",
                isAdmin: admin,
                createdAt: instant
            )
        )
    }

    static func accounts(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let zhang = try await makeAccount(store, "zhang")
        let admin = try await makeAccount(store, "admin", admin: true)
        #expect(zhang.id != admin.id)
        #expect(zhang.id > 0)
        #expect(try await store.account(named: "zhang") == zhang)
        #expect(try await store.account(id: admin.id) == admin)
        #expect(try await store.account(named: "nobody") == nil)
        #expect(try await store.account(id: 999_999) == nil)
        #expect(try await store.accounts().map(\.username) == ["admin", "zhang"])
        #expect(zhang.createdAt == instant)
        #expect(admin.isAdmin && !zhang.isAdmin)
        await #expect {
            _ = try await makeAccount(store, "zhang")
        } throws: { error in
            (error as? AccountError)?.code == .duplicate
        }
        try await store.setPasswordHash("$2b$04$another", username: "zhang")
        #expect(try await store.account(named: "zhang")?.passwordHash == "$2b$04$another")
        await #expect {
            try await store.setPasswordHash("x", username: "nobody")
        } throws: { error in
            (error as? AccountError)?.code == .notFound
        }
    }

    static func disabling(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let zhang = try await makeAccount(store, "zhang")
        let session = Session(
            tokenHash: SecureToken.hash("token-1"),
            accountID: zhang.id,
            csrfToken: "csrf",
            createdAt: instant,
            expiresAt: instant.addingTimeInterval(3600)
        )
        try await store.createSession(session)
        try await store.setDisabled(true, username: "zhang")
        #expect(try await store.account(named: "zhang")?.isDisabled == true)
        #expect(try await store.session(tokenHash: session.tokenHash) == nil)
        try await store.setDisabled(false, username: "zhang")
        #expect(try await store.account(named: "zhang")?.isDisabled == false)
        await #expect {
            try await store.setDisabled(true, username: "nobody")
        } throws: { error in
            (error as? AccountError)?.code == .notFound
        }
    }

    static func rights(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let zhang = try await makeAccount(store, "zhang")
        let office = DepartmentRight(region: "重庆市南岸区", code: "202")
        let anywhere = DepartmentRight(region: nil, code: "236")
        #expect(try await store.grant(office, to: "zhang"))
        #expect(try await !store.grant(office, to: "zhang"))
        #expect(try await store.grant(anywhere, to: "zhang"))
        #expect(try await store.rights(of: zhang.id) == [anywhere, office].sorted())
        #expect(try await store.rights(of: zhang.id).contains(anywhere))
        #expect(office.covers(DepartmentKey(region: "重庆市南岸区", code: "202")))
        #expect(!office.covers(DepartmentKey(region: "重庆市渝中区", code: "202")))
        #expect(!office.covers(DepartmentKey(region: "重庆市南岸区", code: "236")))
        #expect(anywhere.covers(DepartmentKey(region: "重庆市渝中区", code: "236")))
        #expect(try await store.revoke(office, from: "zhang"))
        #expect(try await !store.revoke(office, from: "zhang"))
        #expect(try await store.rights(of: zhang.id) == [anywhere])
        await #expect {
            _ = try await store.grant(office, to: "nobody")
        } throws: { error in
            (error as? AccountError)?.code == .notFound
        }
    }

    static func sessions(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let zhang = try await makeAccount(store, "zhang")
        let live = Session(
            tokenHash: SecureToken.hash("live"),
            accountID: zhang.id,
            csrfToken: "csrf-live",
            createdAt: instant,
            expiresAt: instant.addingTimeInterval(3600),
            remoteAddress: "192.0.2.1"
        )
        let old = Session(
            tokenHash: SecureToken.hash("old"),
            accountID: zhang.id,
            csrfToken: "csrf-old",
            createdAt: instant.addingTimeInterval(-7200),
            expiresAt: instant.addingTimeInterval(-3600)
        )
        try await store.createSession(live)
        try await store.createSession(old)
        #expect(try await store.session(tokenHash: live.tokenHash) == live)
        #expect(try await store.session(tokenHash: SecureToken.hash("unknown")) == nil)
        #expect(try await store.deleteSessions(expiredBefore: instant) == 1)
        #expect(try await store.session(tokenHash: old.tokenHash) == nil)
        try await store.deleteSession(tokenHash: live.tokenHash)
        #expect(try await store.session(tokenHash: live.tokenHash) == nil)
    }

    static func drafts(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let zhang = try await makeAccount(store, "zhang")
        let li = try await makeAccount(store, "li")
        let key = DisclosureKey(department: DepartmentKey(region: "重庆市南岸区", code: "202"), year: 2025)
        let findings = [
            StoredFinding(
                ruleID: "A1",
                severity: "error",
                message: "合计 ≠ 各项之和 <b>",
                table: .financialSummary,
                row: "合计",
                column: "预算数",
                line: 42,
                expected: Amount(minorUnits: 282_973, scale: 2),
                actual: Amount(minorUnits: 282_974, scale: 2)
            ),
            StoredFinding(ruleID: "S2", severity: "warning", message: "用词"),
        ]
        let json = Data(#"{"disclosure":{"名称":"重庆市南岸区人民政府办公室"}}"#.utf8)
        let first = try await store.saveDraft(
            UploadDraft(
                uploaderID: zhang.id,
                uploader: "zhang",
                uploadedAt: instant,
                fileName: "2025-202.txt",
                format: "text",
                key: key,
                departmentName: "重庆市南岸区人民政府办公室",
                canonicalJSON: json,
                findings: findings
            )
        )
        let second = try await store.saveDraft(
            UploadDraft(
                uploaderID: li.id,
                uploader: "li",
                uploadedAt: instant.addingTimeInterval(1),
                fileName: "b.json",
                format: "json",
                key: DisclosureKey(department: key.department, year: 2024, kind: .finalAccount),
                departmentName: "x",
                canonicalJSON: Data("{}".utf8),
                findings: []
            )
        )
        #expect(first.id > 0 && second.id > first.id)
        let read = try #require(try await store.draft(id: first.id))
        #expect(read == first)
        #expect(read.canonicalJSON == json)
        #expect(read.findings == findings)
        #expect(read.errorCount == 1 && read.warningCount == 1)
        #expect(read.status == .pending && read.publishedRevision == nil)
        #expect(read.uploader == "zhang")
        #expect(try await store.draft(id: second.id)?.key.kind == .finalAccount)
        #expect(try await store.drafts(uploaderID: nil, limit: 10).map(\.id) == [second.id, first.id])
        #expect(try await store.drafts(uploaderID: zhang.id, limit: 10).map(\.id) == [first.id])
        #expect(try await store.drafts(uploaderID: nil, limit: 1).map(\.id) == [second.id])
        #expect(try await store.draft(id: 999_999) == nil)

        let publishedAt = instant.addingTimeInterval(60)
        #expect(try await store.markPublished(draftID: first.id, revision: 3, at: publishedAt))
        #expect(try await !store.markPublished(draftID: first.id, revision: 4, at: publishedAt))
        let published = try #require(try await store.draft(id: first.id))
        #expect(published.status == .published)
        #expect(published.publishedRevision == 3)
        #expect(published.publishedAt == publishedAt)
    }

    static func audit(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        var appended: [AuditEntry] = []
        for index in 0..<5 {
            appended.append(
                try await store.appendAudit(
                    AuditEntry(
                        at: instant.addingTimeInterval(Double(index)),
                        actor: "zhang",
                        action: index == 4 ? .publish : .upload,
                        target: "重庆市南岸区/202 2025 预算 r\(index)",
                        detail: index == 0 ? nil : "第 \(index) 次",
                        remoteAddress: index.isMultiple(of: 2) ? "192.0.2.7" : nil
                    )
                )
            )
        }
        #expect(Set(appended.map(\.id)).count == 5)
        #expect(appended.map(\.id) == appended.map(\.id).sorted())
        let newest = try await store.auditEntries(limit: 2, offset: 0)
        #expect(newest == Array(appended.reversed().prefix(2)))
        #expect(newest.first?.action == .publish)
        let page = try await store.auditEntries(limit: 10, offset: 3)
        #expect(page == Array(appended.reversed().dropFirst(3)))
        #expect(page.last?.detail == nil && page.last?.remoteAddress == "192.0.2.7")
    }

    static func secondInstance(_ fixture: AccountStoreFixture) async throws {
        guard let another = try await fixture.openAnother() else { return }
        let zhang = try await makeAccount(fixture.store, "zhang")
        _ = try await fixture.store.grant(DepartmentRight(region: nil, code: "202"), to: "zhang")
        #expect(try await another.account(named: "zhang") == zhang)
        #expect(try await another.rights(of: zhang.id) == [DepartmentRight(region: nil, code: "202")])
        let entry = try await another.appendAudit(AuditEntry(at: instant, actor: "cli", action: .userAdd))
        #expect(try await fixture.store.auditEntries(limit: 1, offset: 0) == [entry])
        try await another.close()
    }

    static func loginFailures(_ fixture: AccountStoreFixture) async throws {
        let store = fixture.store
        let keys = ["ip:192.0.2.1", "user:zhang"]
        for second in 0..<3 {
            try await store.recordLoginFailure(
                keys: keys,
                at: instant.addingTimeInterval(Double(second)),
                forgetBefore: instant.addingTimeInterval(-900)
            )
        }
        try await store.recordLoginFailure(
            keys: ["ip:192.0.2.9"],
            at: instant.addingTimeInterval(5),
            forgetBefore: instant.addingTimeInterval(-900)
        )
        let found = try await store.loginFailures(keys: keys + ["user:li"], since: instant.addingTimeInterval(1))
        #expect(Set(found.keys) == Set(keys))
        #expect(found["user:zhang"] == [1, 2].map { StoredDates.rounded(instant.addingTimeInterval(Double($0))) })
        #expect(found["user:li"] == nil)

        // A failure 20 minutes later forgets those before its window.
        try await store.recordLoginFailure(
            keys: ["user:zhang"],
            at: instant.addingTimeInterval(1_200),
            forgetBefore: instant.addingTimeInterval(300)
        )
        let later = try await store.loginFailures(keys: keys + ["ip:192.0.2.9"], since: .distantPast)
        #expect(later["user:zhang"] == [StoredDates.rounded(instant.addingTimeInterval(1_200))])
        #expect(later["ip:192.0.2.1"] == nil)
        #expect(later["ip:192.0.2.9"] == nil)

        try await store.clearLoginFailures(key: "user:zhang")
        #expect(try await store.loginFailures(keys: keys, since: .distantPast).isEmpty)
    }

    static func sharedThrottle(_ fixture: AccountStoreFixture) async throws {
        guard let another = try await fixture.openAnother() else { return }
        let first = LoginThrottle(limit: 5, window: 900, log: fixture.store)
        let second = LoginThrottle(limit: 5, window: 900, log: another)
        let keys = ["ip:192.0.2.1", "user:zhang"]
        for attempt in 0..<5 {
            let throttle = attempt.isMultiple(of: 2) ? first : second
            #expect(try await throttle.retryAfter(keys, now: instant.addingTimeInterval(Double(attempt))) == nil)
            try await throttle.recordFailure(keys, now: instant.addingTimeInterval(Double(attempt)))
        }
        // Five failures spread over two instances block the name on both.
        let wait = try await second.retryAfter(["user:zhang"], now: instant.addingTimeInterval(10))
        #expect(wait.map { abs($0 - 890) < 0.01 } == true)
        #expect(try await first.retryAfter(["user:zhang"], now: instant.addingTimeInterval(10)) != nil)
        try await first.reset("user:zhang")
        #expect(try await second.retryAfter(["user:zhang"], now: instant.addingTimeInterval(10)) == nil)
        try await another.close()
    }
}

/// Dates as the stores give them back (whole milliseconds).
enum StoredDates {
    static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}
