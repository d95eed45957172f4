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
}
