import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanAccounts
import YusuanCore
import YusuanServer
import YusuanStorage

@Suite("Editor: upload, draft, publish")
struct EditorPublishTests {
    static let office = DisclosureKey(department: DepartmentKey(region: "重庆市南岸区", code: "202"), year: 2025)

    /// The office's 2025 budget as published (text) and a correction of it (canonical JSON, its title changed).
    static func officeAndCorrection() throws -> (text: Data, corrected: Data) {
        var changed = try EditorFixtures.disclosure(EditorFixtures.office2025)
        changed.narrative.title += "（更正）"
        return (try EditorFixtures.data(EditorFixtures.office2025), try EditorFixtures.json(changed))
    }

    @Test func anUploadBecomesADraftWithItsFindings() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let id = try await client.uploadDraft(text, fileName: EditorFixtures.office2025, browser: browser)
            let page = try await client.get("/editor/drafts/\(id)", browser: browser)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("重庆市南岸区人民政府办公室"))
            #expect(html.contains("错误 0 项"))
            #expect(html.contains("P6"))
            #expect(html.contains("发布为新版本"))
            #expect(html.contains("action=\"/editor/drafts/\(id)/publish\""))
            #expect(html.contains("<section class=\"narrative\">"))
            let home = String(buffer: try await client.get("/editor", browser: browser).body)
            #expect(home.contains("/editor/drafts/\(id)"))
        }
        let draft = try #require(try await harness.accounts.draft(id: 1))
        #expect(draft.key == Self.office)
        #expect(draft.format == "text")
        #expect(draft.status == .pending)
        #expect(draft.errorCount == 0 && draft.warningCount == 2)
        #expect(try await harness.disclosures.revisions(of: Self.office).isEmpty)
        #expect(try await harness.accounts.auditEntries(limit: 1, offset: 0).first?.action == .upload)
    }

    @Test func publishStoresANewRevisionAndAudits() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let (text, json) = try Self.officeAndCorrection()
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let first = try await client.uploadDraft(text, fileName: "office.txt", browser: browser)
            let published = try await client.publish(first, browser: browser)
            #expect(published.status == .seeOther)
            #expect(published.headers[.location] == "/editor/drafts/\(first)")
            let page = String(buffer: try await client.get("/editor/drafts/\(first)", browser: browser).body)
            #expect(page.contains("已发布为第 1 版"))
            #expect(!page.contains("发布为新版本"))
            // Publishing the same draft again is refused.
            #expect(try await client.publish(first, browser: browser).status == .conflict)

            let second = try await client.uploadDraft(json, fileName: "office-corrected.json", browser: browser)
            #expect(try await client.publish(second, browser: browser).status == .seeOther)
        }
        let revisions = try await harness.disclosures.revisions(of: Self.office)
        #expect(revisions.map(\.key.number) == [1, 2])
        #expect(revisions.map(\.source) == ["upload:office.txt", "upload:office-corrected.json"])
        // The first revision is unchanged by the second (immutable).
        let firstDocument = try await harness.disclosures.document(revisions[0].key)
        #expect(!firstDocument.narrative.title.hasSuffix("（更正）"))
        #expect(try await harness.disclosures.document(revisions[1].key).narrative.title.hasSuffix("（更正）"))
        #expect(try await harness.disclosures.findings(revisions[0].key).count > 0)

        let publishes = try await harness.accounts.auditEntries(limit: 50, offset: 0).filter { $0.action == .publish }
        #expect(publishes.count == 2)
        #expect(publishes.allSatisfy { $0.actor == "zhang" })
        #expect(publishes.first?.target == "重庆市南岸区/202 2025 年预算 第 2 版")
        #expect(try await harness.accounts.draft(id: 1)?.publishedRevision == 1)
        #expect(try await harness.accounts.draft(id: 2)?.publishedRevision == 2)
    }

    /// A correction taken back by uploading the first file again: its content is revision 1's while the public sees
    /// revision 2. The store writes nothing, so the publish is refused and says which revision the public sees (it
    /// used to be recorded as published "as revision 1", which changed nothing).
    @Test func anEarlierRevisionsContentIsNotPublishedOverALaterOne() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let (text, json) = try Self.officeAndCorrection()
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let first = try await client.uploadDraft(text, fileName: "office.txt", browser: browser)
            #expect(try await client.publish(first, browser: browser).status == .seeOther)
            let second = try await client.uploadDraft(json, fileName: "office-corrected.json", browser: browser)
            #expect(try await client.publish(second, browser: browser).status == .seeOther)

            let again = try await client.uploadDraft(text, fileName: "office-again.txt", browser: browser)
            let response = try await client.publish(again, browser: browser)
            #expect(response.status == .conflict)
            let page = String(buffer: response.body)
            #expect(page.contains("内容与已发布的第 1 版相同，而公开的是内容不同的第 2 版"), "\(page)")
            #expect(try await harness.accounts.draft(id: again)?.status == .pending)

            // The content the public sees, uploaded again, is published as before: it matches the latest revision.
            let latest = try await client.uploadDraft(json, fileName: "office-corrected-again.json", browser: browser)
            #expect(try await client.publish(latest, browser: browser).status == .seeOther)
            #expect(try await harness.accounts.draft(id: latest)?.publishedRevision == 2)
        }
        #expect(try await harness.disclosures.revisions(of: Self.office).map(\.key.number) == [1, 2])
        let refusals = try await harness.accounts.auditEntries(limit: 50, offset: 0).filter {
            $0.action == .publishRefused
        }
        #expect(refusals.count == 1)
        #expect(refusals.first?.detail == "内容与第 1 版相同，公开的是第 2 版")
    }

    @Test func aDocumentWithAnErrorCannotBePublished() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang", codes: ["202"])
        let broken = try EditorFixtures.json(EditorFixtures.withError(EditorFixtures.office2025))
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let id = try await client.uploadDraft(broken, fileName: "broken.json", browser: browser)
            let page = String(buffer: try await client.get("/editor/drafts/\(id)", browser: browser).body)
            #expect(page.contains("class=\"badge error\""))
            #expect(!page.contains("发布为新版本"))
            // A hand-made POST is refused too.
            let response = try await client.publish(id, browser: browser)
            #expect(response.status == .unprocessableContent)
            #expect(String(buffer: response.body).contains("不能发布"))
        }
        let draft = try #require(try await harness.accounts.draft(id: 1))
        #expect(draft.errorCount > 0)
        #expect(draft.status == .pending)
        #expect(try await harness.disclosures.revisions(of: Self.office).isEmpty)
        let last = try #require(try await harness.accounts.auditEntries(limit: 1, offset: 0).first)
        #expect(last.action == .publishRefused)
        #expect(last.detail?.contains("错误") == true)
    }

    @Test func anEditorOfDepartmentACannotPublishForDepartmentB() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("editor-a", codes: ["202"])
        let services = try EditorFixtures.data(EditorFixtures.services2024)
        try await harness.test { client in
            let browser = try await client.login("editor-a")
            let id = try await client.uploadDraft(services, fileName: "236.txt", browser: browser)
            let page = String(buffer: try await client.get("/editor/drafts/\(id)", browser: browser).body)
            #expect(page.contains("您没有发布该部门"))
            let response = try await client.publish(id, browser: browser)
            #expect(response.status == .forbidden)
            #expect(String(buffer: response.body).contains("没有发布权限"))
        }
        let key = DisclosureKey(department: DepartmentKey(region: "重庆市南岸区", code: "236"), year: 2024)
        #expect(try await harness.disclosures.revisions(of: key).isEmpty)
        let last = try #require(try await harness.accounts.auditEntries(limit: 1, offset: 0).first)
        #expect(last.action == .publishRefused)
        #expect(last.actor == "editor-a")
    }

    @Test func aRightInAnotherRegionDoesNotCover() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("yuzhong")
        _ = try await harness.accounts.grant(DepartmentRight(region: "重庆市渝中区", code: "202"), to: "yuzhong")
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        try await harness.test { client in
            let browser = try await client.login("yuzhong")
            let id = try await client.uploadDraft(text, fileName: "202.txt", browser: browser)
            #expect(try await client.publish(id, browser: browser).status == .forbidden)
        }
    }

    @Test func anAdministratorMayPublishForEveryDepartmentAndReadTheAuditLog() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("root", admin: true)
        try await harness.addEditor("zhang", codes: ["202"])
        let services = try EditorFixtures.data(EditorFixtures.services2024)
        try await harness.test { client in
            let admin = try await client.login("root")
            let id = try await client.uploadDraft(services, fileName: "236.txt", browser: admin)
            #expect(try await client.publish(id, browser: admin).status == .seeOther)
            let audit = try await client.get("/editor/audit", browser: admin)
            #expect(audit.status == .ok)
            let html = String(buffer: audit.body)
            #expect(html.contains("审计日志"))
            #expect(html.contains("发布"))
            #expect(html.contains("重庆市南岸区/236 2024 年预算 第 1 版"))

            let editor = try await client.login("zhang")
            #expect(try await client.get("/editor/audit", browser: editor).status == .forbidden)
            // Another editor's draft is not visible.
            #expect(try await client.get("/editor/drafts/\(id)", browser: editor).status == .notFound)
        }
    }

    @Test func theDraftPageNeedsASession() async throws {
        let harness = EditorHarness()
        try await harness.test { client in
            let response = try await client.get("/editor/drafts/1")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
        }
    }
}
