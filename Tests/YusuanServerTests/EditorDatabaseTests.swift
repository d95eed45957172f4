import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanAccounts
import YusuanServer
import YusuanStorage
import YusuanStorageSQLite

@Suite("Editor: accounts beside the disclosures in one SQLite file")
struct EditorDatabaseTests {
    @Test func settingsComeFromTheEnvironment() async throws {
        let defaults = try await EditorServices.open(database: .demo, environment: [:])
        #expect(!defaults.secureCookies)
        #expect(defaults.maxUploadBytes == 10 * 1024 * 1024)
        #expect(defaults.trustedOrigins.isEmpty)
        let set = try await EditorServices.open(
            database: .demo,
            environment: [
                "YUSUAN_SECURE_COOKIES": "1", "YUSUAN_MAX_UPLOAD_MB": "25",
                "YUSUAN_TRUSTED_ORIGINS": "https://budget.example.gov.cn, https://b.example",
            ]
        )
        #expect(set.secureCookies)
        #expect(set.maxUploadBytes == 25 * 1024 * 1024)
        #expect(set.trustedOrigins == ["https://budget.example.gov.cn", "https://b.example"])
    }

    @Test func bothStoresShareOneFileAndAPublishLandsInIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-editor-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("portal.sqlite").path

        let disclosures = try SQLiteDisclosureStore(path: path)
        var editor = try await EditorServices.open(database: .sqlite(path: path))
        let accounts = AccountService(store: editor.accounts.store, hasher: PasswordHasher(cost: 4))
        editor.accounts = accounts
        try await accounts.addAccount(
            username: "zhang",
            displayName: nil,
            password: EditorHarness.password,
            isAdmin: false
        )
        _ = try await accounts.store.grant(DepartmentRight(region: "重庆市南岸区", code: "202"), to: "zhang")
        var services = ServerServices(store: disclosures)
        services.editor = editor

        let text = try EditorFixtures.data(EditorFixtures.office2025)
        let app = Application(router: PortalRouter.make(services: services))
        try await app.test(.router) { client in
            let editorClient = EditorClient(client: client)
            let browser = try await editorClient.login("zhang")
            let id = try await editorClient.uploadDraft(text, fileName: "202.txt", browser: browser)
            #expect(try await editorClient.publish(id, browser: browser).status == .seeOther)
        }
        try await disclosures.close()
        try await editor.accounts.store.close()

        // Reopened: both migrators found their migrations applied, and the data is there.
        let reopened = try SQLiteDisclosureStore(path: path)
        let accountStore = try SQLiteAccountStore(path: path)
        #expect(try await accountStore.appliedMigrations() == SQLiteAccountStore.migrationNames)
        #expect(try await reopened.appliedMigrations() == SQLiteDisclosureStore.migrationNames)
        #expect(try await reopened.disclosures(region: nil, year: 2025).count == 1)
        #expect(try await accountStore.auditEntries(limit: 10, offset: 0).contains { $0.action == .publish })
        try await reopened.close()
        try await accountStore.close()
    }
}
