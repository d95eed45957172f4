import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStorage

@testable import YusuanServer

/// `/api/v1/facts`: every stored amount of the latest revisions, filtered by region, year, table and row, a page at a
/// time; following `next` visits each amount once.
@Suite("facts API")
struct FactsAPITests {
    @Test("following next visits every amount of a region and year once, in pages")
    func pagesVisitEveryAmount() async throws {
        try await PortalFixture.withClient { client in
            var all: [[String: Any]] = []
            try await client.execute(uri: "/api/v1/facts?region=%E5%8D%97%E5%B2%B8&year=2025&limit=1000", method: .get)
            {
                response in
                #expect(response.status == .ok)
                let json = try response.json()
                all = try #require(json["items"] as? [[String: Any]])
                #expect(json["next"] == nil)
            }
            #expect(all.count > 100)
            #expect(all.allSatisfy { $0["year"] as? Int == 2025 && $0["region"] as? String == "重庆市南岸区" })
            var paged: [[String: Any]] = []
            var uri: String? = "/api/v1/facts?year=2025&region=%E5%8D%97%E5%B2%B8&limit=37"
            var pages = 0
            while let next = uri {
                try await client.execute(uri: next, method: .get) { response in
                    #expect(response.status == .ok, "\(next)")
                    let json = try response.json()
                    let items = try #require(json["items"] as? [[String: Any]])
                    #expect(items.count <= 37)
                    paged += items
                    uri = json["next"] as? String
                    if let link = uri {
                        #expect(response.headers[HTTPField.Name("Link")!] == "<\(link)>; rel=\"next\"")
                        #expect(link.contains("after="))
                    }
                }
                pages += 1
            }
            #expect(pages == (all.count + 36) / 37)
            let key: ([String: Any]) -> String = { item in
                ["disclosure", "table", "row", "column", "amount"].map { "\(item[$0] ?? "")" }.joined(separator: "|")
            }
            #expect(paged.map(key) == all.map(key))
        }
    }

    @Test("table and code filters; bad parameters are 400 with the parameter named")
    func filters() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(
                uri: "/api/v1/facts?table=department-expenditure&code=%E5%90%88%E8%AE%A1",
                method: .get
            ) {
                response in
                let items = try #require(try response.json()["items"] as? [[String: Any]])
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { $0["table"] as? Int == 8 && $0["row"] as? String == "合计" })
                let office = items.first {
                    $0["disclosure"] as? String == PortalFixture.office2025 && $0["column"] as? String == "总计"
                }
                #expect(office?["amount"] as? String == "2829.73")
                #expect(office?["unit"] as? String == "万元")
            }
            for (query, parameter) in [
                ("table=12", "table"), ("after=x", "after"), ("limit=0", "limit"), ("year=20", "year"),
            ] {
                try await client.execute(uri: "/api/v1/facts?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.text.contains(parameter), "\(query): \(response.text)")
                }
            }
        }
    }

    /// Every page of a query, following `next` from `uri`.
    static func allPages(_ client: any TestClientProtocol, _ uri: String) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var next: String? = uri
        while let current = next {
            next = nil
            try await client.execute(uri: current, method: .get) { response in
                #expect(response.status == .ok, "\(current): \(response.text)")
                let json = try response.json()
                items += try #require(json["items"] as? [[String: Any]])
                next = json["next"] as? String
            }
        }
        return items
    }

    @Test("the pages hold every latest amount of the store once, as written; a table by number or by identifier")
    func pagesAgreeWithTheStore() async throws {
        let services = try await PortalFixture.services()
        func storeRows(_ filter: FactFilter) async throws -> [String] {
            var rows: [String] = []
            var position: RowPosition?
            repeat {
                let page = try await services.store.factRows(filter, after: position, limit: 500)
                rows += page.rows.map { row in
                    let key = row.revision.disclosure
                    return [
                        key.department.region, key.department.code, String(key.year),
                        row.table.number.map(String.init) ?? "",
                        row.row, row.column, row.amount.plainText, row.unit.rawValue,
                    ].joined(separator: "|")
                }
                position = page.next
            } while position != nil
            return rows
        }
        @Sendable func apiRow(_ item: [String: Any]) -> String {
            ["region", "departmentCode", "year", "table", "row", "column", "amount", "unit"].map { "\(item[$0] ?? "")" }
                .joined(separator: "|")
        }
        let everything = try await storeRows(FactFilter())
        let expenditure2025 = try await storeRows(FactFilter(year: 2025, table: .departmentExpenditure))
        #expect(!expenditure2025.isEmpty && expenditure2025.count < everything.count)
        let app = Application(router: PortalRouter.make(services: services), logger: services.logger)
        try await app.test(.router) { client in
            let all = try await Self.allPages(client, "/api/v1/facts?limit=1000")
            #expect(all.map(apiRow) == everything)
            #expect(all.allSatisfy { $0["isLatest"] as? Bool == true })
            let byNumber = try await Self.allPages(client, "/api/v1/facts?year=2025&table=8&limit=13")
            let byName = try await Self.allPages(client, "/api/v1/facts?table=department-expenditure&year=2025")
            #expect(byNumber.map(apiRow) == expenditure2025)
            #expect(byName.map(apiRow) == expenditure2025)
            // A region the store does not hold: 404, the parameter named.
            try await client.execute(uri: "/api/v1/facts?region=%E4%B8%8D%E5%AD%98%E5%9C%A8", method: .get) {
                response in
                #expect(response.status == .notFound, "\(response.text)")
                #expect(response.text.contains("region"), "\(response.text)")
            }
        }
    }
}
