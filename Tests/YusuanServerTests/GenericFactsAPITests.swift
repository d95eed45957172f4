import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanStorage
import YusuanStorageSQLite

@testable import YusuanServer

/// `/api/v1/facts?table=final-expenditure`: the amounts of a stored 决算's generic tables, by the table's identifier,
/// with no table number and the table's printed title as its name.
@Suite("facts API: generic tables")
struct GenericFactsAPITests {
    @Test func aGenericTableByItsIdentifier() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-generic-api-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = PublishedTextRenderer.render(DisclosureGenerator.finalAccount(seed: 2, index: 1))
        let document = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
        let expenditure = try #require(document.tables.additionalTables?.first { $0.identifier == "final-expenditure" })
        let printed = expenditure.rows.flatMap { $0.amounts.compactMap { $0 } }.map(\.plainText)
        #expect(!printed.isEmpty)

        let store = try SQLiteDisclosureStore(path: directory.appendingPathComponent("store.sqlite").path)
        _ = try await store.importDocument(try PreparedDocument(document))
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let services = ServerServices(store: store, logger: logger)
        let app = Application(router: PortalRouter.make(services: services), logger: logger)
        try await app.test(.router) { client in
            let items = try await FactsAPITests.allPages(client, "/api/v1/facts?table=final-expenditure&limit=7")
            #expect(items.map { $0["amount"] as? String ?? "" }.sorted() == printed.sorted())
            #expect(
                items.allSatisfy {
                    $0["table"] == nil && $0["tableId"] as? String == "final-expenditure"
                        && $0["tableName"] as? String == expenditure.header.title && $0["kind"] as? String == "决算"
                }
            )
            // Every amount of the document: the typed table's and the generic tables'.
            let all = try await FactsAPITests.allPages(client, "/api/v1/facts?limit=1000")
            let generic = FactExtractor.genericFacts(of: document)
            #expect(all.count == FactExtractor.facts(of: document).count + generic.count)
            #expect(all.filter { $0["table"] == nil }.count == generic.count)
            // A typed table's filter leaves the generic tables out; a malformed identifier is a 400.
            let typed = try await FactsAPITests.allPages(client, "/api/v1/facts?table=2")
            #expect(!typed.isEmpty && typed.allSatisfy { $0["table"] as? Int == 2 })
            try await client.execute(uri: "/api/v1/facts?table=Final%20expenditure", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("table"))
            }
        }
        try await store.close()
    }
}
