import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import YusuanCore
import YusuanStorage
import YusuanTestSupport

@testable import YusuanServer

/// The execution pages and API (docs/EXECUTION.md) over a store with the 预算 and 决算 of two departments of
/// 重庆市南岸区 2024 (ExecutionFixtures; the second one three times the first) and a 预算 without its 决算.
@Suite("Execution pages and API")
struct ExecutionPortalTests {
    static let region = PortalIdentifiers.queryValue("重庆市南岸区")
    static let first = PortalIdentifiers.pathSegment("重庆市南岸区-901")

    static func withClient<Value: Sendable>(
        adding extra: [Disclosure] = [],
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let store = InMemoryDisclosureStore()
        let documents =
            [
                ExecutionFixtures.budget(), ExecutionFixtures.final(),
                ExecutionFixtures.budget(name: "重庆市南岸区第二局", code: "902", factor: 3),
                ExecutionFixtures.final(name: "重庆市南岸区第二局", code: "902", factor: 3),
                ExecutionFixtures.budget(name: "重庆市南岸区第三局", code: "903"),
            ] + extra
        for document in documents { _ = try await store.importDocument(PreparedDocument(document)) }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let services = ServerServices(store: store, logger: logger)
        let app = Application(router: PortalRouter.make(services: services), logger: logger)
        return try await app.test(.router, body)
    }

    @Test("the department page: every line with its figures, rate and —, a chart, linked from the department")
    func departmentPage() async throws {
        try await Self.withClient { client in
            let response = try await client.execute(uri: "/departments/\(Self.first)/execution?year=2024", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("重庆市南岸区执行测试局：2024 年预算执行"))
            for figure in [
                "1,000.00", "962.37", "96.24%", "98.59%", "90.75%", "201 一般公共服务支出", "97.05%", "86.42%", "90.63%",
            ] {
                #expect(html.contains(figure), "\(figure)")
            }
            #expect(html.contains("<svg") && html.contains("年初预算数") && html.contains("决算数"))
            // 因公出国（境）费: 0.00 budgeted, nothing printed as spent — no rate, never 0.
            let abroad = try #require(html.components(separatedBy: "<tr>").first { $0.contains("因公出国（境）费") })
            #expect(abroad.contains("<td class=\"num\">0.00</td><td class=\"num muted\">—</td>"))
            #expect(html.contains("决算表所列预算数 12.50 万元与预算公开的年初预算数 12.00 万元不同"))
            let department = try await client.execute(uri: "/departments/\(Self.first)", method: .get)
            #expect(department.text.contains("/departments/\(Self.first)/execution?year=2024"))
            let missing = try await client.execute(
                uri: "/departments/\(PortalIdentifiers.pathSegment("重庆市南岸区-903"))/execution",
                method: .get
            )
            #expect(missing.status == .notFound)
        }
    }

    @Test("a 决算 stored without a budget code is linked from its 预算's department page")
    func departmentPairedByName() async throws {
        let extra = [
            ExecutionFixtures.budget(name: "重庆市南岸区第四局", code: "904"),
            ExecutionFixtures.final(name: "重庆市南岸区第四局", code: nil),
        ]
        try await Self.withClient(adding: extra) { client in
            let segment = PortalIdentifiers.pathSegment("重庆市南岸区-904")
            let department = try await client.execute(uri: "/departments/\(segment)", method: .get)
            #expect(department.text.contains("/departments/\(segment)/execution?year=2024"))
            let page = try await client.execute(uri: "/departments/\(segment)/execution?year=2024", method: .get)
            #expect(page.status == .ok && page.text.contains("962.37") && page.text.contains("96.24%"))
        }
    }

    @Test("the region page sorts on the server by ?sort=, with links in the headers, and sums the region")
    func regionPage() async throws {
        try await Self.withClient { client in
            let page = try await client.execute(uri: "/execution?region=\(Self.region)&year=2024", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("合计（2 个部门）") && html.contains("4,000.00") && html.contains("3,849.48"))
            #expect(
                html.contains("sort=-department") && html.contains("sort=budget") && html.contains("sort=three-public")
            )
            #expect(!html.contains("重庆市南岸区第三局"))
            func order(_ sort: String) async throws -> [String] {
                let text = try await client.execute(
                    uri: "/execution?region=\(Self.region)&year=2024&sort=\(sort)",
                    method: .get
                )
                .text
                return ["901 ", "902 "].sorted {
                    (text.range(of: $0)?.lowerBound ?? text.endIndex)
                        < (text.range(of: $1)?.lowerBound ?? text.endIndex)
                }
            }
            #expect(try await order("budget") == ["901 ", "902 "])
            #expect(try await order("-budget") == ["902 ", "901 "])
            #expect(try await order("-department") == ["902 ", "901 "])
            let bad = try await client.execute(uri: "/execution?region=\(Self.region)&sort=size", method: .get)
            #expect(bad.status == .badRequest)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.text.contains("/execution?region=\(Self.region)"))
        }
    }

    @Test("API: pages by limit and next until every department-year is seen; rollups; 400 on a bad parameter")
    func api() async throws {
        try await Self.withClient { client in
            var uri: String? = "/api/v1/execution?region=\(Self.region)&limit=1"
            var seen: [String] = []
            var rollups: [[String: Any]] = []
            while let next = uri {
                let response = try await client.execute(uri: next, method: .get)
                #expect(response.status == .ok)
                let page = try response.json()
                let items = try #require(page["items"] as? [[String: Any]])
                #expect(items.count <= 1)
                seen += items.compactMap { $0["code"] as? String }
                rollups = try #require(page["rollups"] as? [[String: Any]])
                uri = page["next"] as? String
                #expect((response.headers[HTTPField.Name("Link")!] != nil) == (uri != nil))
                if let item = items.first, item["code"] as? String == "902" {
                    let lines = try #require(item["lines"] as? [[String: Any]])
                    let total = try #require(
                        lines.first { $0["group"] as? String == "department" && $0["key"] as? String == "total" }
                    )
                    #expect(total["budget"] as? String == "3000.00" && total["actual"] as? String == "2887.11")
                    #expect(total["rate"] as? String == "96.24")
                    let abroad = try #require(lines.first { $0["key"] as? String == "abroad" })
                    #expect(abroad["actual"] == nil && abroad["rate"] == nil && abroad["budget"] as? String == "0.00")
                    #expect(item["final"] as? String == "重庆市南岸区-902-2024-final")
                }
            }
            #expect(seen == ["901", "902"])
            let rollup = try #require(rollups.first)
            let lines = try #require(rollup["lines"] as? [[String: Any]])
            let total = try #require(lines.first { $0["key"] as? String == "total" })
            #expect(total["budget"] as? String == "4000.00" && total["rate"] as? String == "96.24")
            #expect(total["departmentCount"] as? Int == 2)

            let one = try await client.execute(uri: "/api/v1/execution?department=\(Self.first)", method: .get).json()
            #expect((one["items"] as? [Any])?.count == 1 && (one["rollups"] as? [Any])?.isEmpty == true)

            for bad in ["year=abc", "limit=0", "limit=501", "department=nodash", "after=xyz", "after=-2024"] {
                let response = try await client.execute(uri: "/api/v1/execution?\(bad)", method: .get)
                #expect(response.status == .badRequest, "\(bad)")
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["parameter"] as? String == String(bad.prefix { $0 != "=" }))
            }
            let unknown = try await client.execute(
                uri: "/api/v1/execution?region=%E4%B8%8D%E5%AD%98%E5%9C%A8",
                method: .get
            )
            #expect(unknown.status == .notFound)
        }
    }

    @Test("the API's response with figures conforms to the OpenAPI document")
    func apiConforms() async throws {
        let body = try await Self.withClient { client in
            Data(try await client.execute(uri: "/api/v1/execution", method: .get).body.readableBytesView)
        }
        let document = try OpenAPITests.document()
        let schema = try OpenAPITests.resolve("#/components/schemas/ExecutionPage", in: document)
        let value = try JSONSerialization.jsonObject(with: body)
        let problems = OpenAPITests.problems(value, schema, document, at: "execution")
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(((value as? [String: Any])?["items"] as? [Any])?.count == 2)
    }
}
