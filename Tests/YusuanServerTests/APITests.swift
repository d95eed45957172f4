import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStorage

@testable import YusuanServer

@Suite("JSON API")
struct APITests {
    static let office = PortalFixture.path("/api/v1/disclosures", PortalFixture.office2025)

    @Test("departments: list, one department, pagination with next and Link")
    func departments() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: "/api/v1/departments", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json = try response.json()
                #expect(json["total"] as? Int == 2)
                let items = try #require(json["items"] as? [[String: Any]])
                #expect(items.map { $0["code"] as? String } == ["202", "236"])
                #expect(json["next"] == nil)
            }
            try await client.execute(uri: "/api/v1/departments?limit=1", method: .get) { response in
                let json = try response.json()
                #expect((json["items"] as? [Any])?.count == 1)
                let next = try #require(json["next"] as? String)
                #expect(next == "/api/v1/departments?limit=1&offset=1")
                #expect(response.headers[HTTPField.Name("Link")!] == "<\(next)>; rel=\"next\"")
                try await client.execute(uri: next, method: .get) { second in
                    let page = try second.json()
                    let items = try #require(page["items"] as? [[String: Any]])
                    #expect(items.first?["code"] as? String == "236")
                    #expect(page["next"] == nil)
                    #expect(page["offset"] as? Int == 1)
                }
            }
            try await client.execute(uri: PortalFixture.path("/api/v1/departments", "重庆市南岸区-202"), method: .get) {
                response in
                let json = try response.json()
                #expect(json["name"] as? String == "重庆市南岸区人民政府办公室")
                let disclosures = try #require(json["disclosures"] as? [[String: Any]])
                #expect(disclosures.first?["id"] as? String == PortalFixture.office2025)
            }
            try await client.execute(
                uri: "/api/v1/departments?q=%E6%94%BF%E5%8A%A1&region=%E5%8D%97%E5%B2%B8",
                method: .get
            ) {
                response in
                let json = try response.json()
                #expect(json["total"] as? Int == 1)
            }
        }
    }

    @Test("HEAD answers every GET route with the same status and headers and no body (it used to be 404)")
    func head() async throws {
        try await PortalFixture.withClient { client in
            var getLength = ""
            var getTag = ""
            try await client.execute(uri: Self.office, method: .get) { response in
                #expect(response.status == .ok)
                getLength = response.headers[.contentLength] ?? ""
                getTag = response.headers[.eTag] ?? ""
                #expect(response.body.readableBytes > 0)
            }
            try await client.execute(uri: Self.office, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == getTag)
                #expect(response.headers[.contentLength] == getLength)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.body.readableBytes == 0)
            }
            for path in ["/", "/healthz", PortalFixture.path("/disclosures", PortalFixture.office2025)] {
                try await client.execute(uri: path, method: .head) { response in
                    #expect(response.status == .ok, "HEAD \(path)")
                    #expect(response.body.readableBytes == 0, "HEAD \(path)")
                }
            }
            let missing = PortalFixture.path("/api/v1/disclosures", "重庆市南岸区-999-2025-budget")
            try await client.execute(uri: missing, method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test("a disclosure by id and by department and year: metadata, links and the canonical document")
    func disclosure() async throws {
        try await PortalFixture.withClient { client in
            var etag = ""
            try await client.execute(uri: Self.office, method: .get) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                #expect(json["id"] as? String == PortalFixture.office2025)
                #expect(json["year"] as? Int == 2025)
                #expect(json["kind"] as? String == "预算")
                let document = try #require(json["document"] as? [String: Any])
                #expect(document["format"] != nil)
                let disclosure = try #require(document["disclosure"] as? [String: Any])
                #expect(disclosure["tables"] != nil)
                let revision = try #require(json["revision"] as? [String: Any])
                let hash = try #require(revision["contentHash"] as? String)
                etag = try #require(response.headers[.eTag])
                #expect(etag.hasPrefix("\"\(hash)"))
                let links = try #require(json["links"] as? [String: String])
                #expect(links["download.xlsx"] != nil)
            }
            let byYear = PortalFixture.path("/api/v1/departments", "重庆市南岸区-202", "/disclosures/2025")
            try await client.execute(uri: byYear, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == etag)
            }
            try await client.execute(uri: Self.office + "?revision=1", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: Self.office + "?revision=9", method: .get) { response in
                #expect(response.status == .notFound)
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["parameter"] as? String == "revision")
                #expect((error["message"] as? String)?.contains("没有第 9 版") == true)
            }
        }
    }

    @Test("ETag: If-None-Match gets 304 without a body; another tag gets 200")
    func etags() async throws {
        try await PortalFixture.withClient { client in
            for uri in [Self.office, "/api/v1/departments", Self.office + "/findings", "/api/v1/openapi.json"] {
                let etag = try await client.execute(uri: uri, method: .get) { try #require($0.headers[.eTag]) }
                #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""), "strong tag \(etag)")
                try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag]) { response in
                    #expect(response.status == .notModified, "\(uri)")
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.eTag] == etag)
                }
                try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"]) {
                    response in
                    #expect(response.status == .notModified, "list with a weak form of the tag")
                }
                try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                    #expect(response.status == .ok)
                }
            }
        }
    }

    @Test("CORS: every API response allows any origin; OPTIONS is a preflight")
    func cors() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: Self.office, method: .get, headers: [.origin: "https://example.org"]) {
                response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlExposeHeaders]?.contains("ETag") == true)
            }
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
            let headers: HTTPFields = [
                .origin: "https://example.org", .accessControlRequestMethod: "GET",
                .accessControlRequestHeaders: "If-None-Match",
            ]
            try await client.execute(uri: Self.office, method: .options, headers: headers) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
                #expect(response.headers[.accessControlAllowHeaders] == "If-None-Match")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.headers[.accessControlAllowOrigin] == nil)  // pages are not cross-origin resources
            }
        }
    }

    @Test("read-only: POST, PUT, DELETE, PATCH get 405 with a JSON error and Allow")
    func readOnly() async throws {
        try await PortalFixture.withClient { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                try await client.execute(uri: Self.office, method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD, OPTIONS")
                    let error = try #require(try response.json()["error"] as? [String: Any])
                    #expect(error["code"] as? String == "method_not_allowed")
                    #expect(error["status"] as? Int == 405)
                }
            }
        }
    }

    @Test("bad parameters: 400 with the parameter and a Chinese message")
    func badParameters() async throws {
        try await PortalFixture.withClient { client in
            let cases: [(String, String, String)] = [
                ("/api/v1/departments?limit=0", "limit", "应为 1–500 之间的整数"),
                ("/api/v1/departments?offset=-1", "offset", "之间的整数"),
                ("/api/v1/disclosures?year=20x5", "year", "应为四位年份"),
                ("/api/v1/disclosures?kind=annual", "kind", "budget"),
                ("/api/v1/disclosures/garbage", "disclosure", "公开文件标识"),
                ("/api/v1/compare/years?year=2025", "department", "缺少部门标识"),
                (
                    "/api/v1/compare/years?department=%E9%87%8D%E5%BA%86%E5%B8%82%E5%8D%97%E5%B2%B8%E5%8C%BA-202",
                    "year", "缺少年份"
                ),
                ("/api/v1/rollup?region=%E5%8D%97%E5%B2%B8&year=2025&by=colour", "by", "function"),
                ("/api/v1/rollup?region=%E5%8D%97%E5%B2%B8&year=2025&by=economic&level=3", "level", "经济分类"),
                ("/api/v1/search", "q", "缺少搜索词"),
                (Self.office + "/tables/12", "table", "表号 1–11"),
                (Self.office + "/findings?severity=fatal", "severity", "error"),
            ]
            for (uri, parameter, text) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try #require(try response.json()["error"] as? [String: Any], "\(uri)")
                    #expect(error["code"] as? String == "bad_parameter")
                    #expect(error["parameter"] as? String == parameter, "\(uri)")
                    let message = error["message"] as? String ?? ""
                    #expect(message.hasPrefix("参数 \(parameter)："), "\(uri): \(message)")
                    #expect(message.contains(text), "\(uri): \(message)")
                }
            }
        }
    }

    @Test("404s: unknown disclosure, department, region, year")
    func notFound() async throws {
        try await PortalFixture.withClient { client in
            for uri in [
                PortalFixture.path("/api/v1/disclosures", "重庆市南岸区-202-2019-budget"),
                PortalFixture.path("/api/v1/departments", "重庆市南岸区-777"),
                "/api/v1/rollup?region=%E5%8C%97%E4%BA%AC&year=2025",
                "/api/v1/compare/years?department=\(PortalIdentifiers.queryValue("重庆市南岸区-236"))&year=2025",
                "/api/v1/no/such/thing",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let error = try #require(try response.json()["error"] as? [String: Any], "\(uri)")
                    #expect(error["code"] as? String == "not_found")
                }
            }
        }
    }

    @Test("tables and findings of a disclosure")
    func tablesAndFindings() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: Self.office + "/tables", method: .get) { response in
                let tables = try #require(try response.json()["tables"] as? [[String: Any]])
                #expect(tables.count == 11)
                #expect(tables.first?["caption"] as? String == "表一")
            }
            try await client.execute(uri: Self.office + "/tables/8", method: .get) { response in
                let json = try response.json()
                #expect(json["name"] as? String == "部门支出总表")
                let facts = try #require(json["facts"] as? [[String: Any]])
                let total = facts.first { $0["row"] as? String == "合计" && $0["column"] as? String == "总计" }
                #expect(total?["amount"] as? String == "2829.73")  // a decimal string, exact
            }
            try await client.execute(uri: Self.office + "/tables/department-expenditure", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: Self.office + "/findings", method: .get) { response in
                let json = try response.json()
                let findings = try #require(json["findings"] as? [[String: Any]])
                let counts = try #require(json["counts"] as? [String: Int])
                #expect((counts["error"] ?? 0) + (counts["warning"] ?? 0) + (counts["info"] ?? 0) == findings.count)
            }
        }
    }

    @Test("compare years follows the merge; compare departments; rollup; search")
    func comparisons() async throws {
        try await PortalFixture.withClient { client in
            let years =
                "/api/v1/compare/years?department=\(PortalIdentifiers.queryValue("重庆市南岸区-202"))&year=2025&lines=true"
            try await client.execute(uri: years, method: .get) { response in
                let json = try response.json()
                #expect(json["prior"] as? [String] == ["重庆市南岸区-202", "重庆市南岸区-236"])
                let measures = try #require(json["measures"] as? [[String: Any]])
                let spending = try #require(measures.first { $0["name"] as? String == "支出合计" })
                #expect(spending["current"] as? String == "2829.73")
                #expect(spending["prior"] as? String == "2632.53")
                #expect(spending["basis"] as? String == "mixed")
                #expect((json["lines"] as? [Any])?.isEmpty == false)
            }
            let noLineage = years + "&lineage=false"
            try await client.execute(uri: noLineage, method: .get) { response in
                let json = try response.json()
                #expect(json["prior"] as? [String] == ["重庆市南岸区-202"])
            }
            let departments = "/api/v1/compare/departments?region=%E5%8D%97%E5%B2%B8%E5%8C%BA&year=2024"
            try await client.execute(uri: departments, method: .get) { response in
                let columns = try #require(try response.json()["columns"] as? [[String: Any]])
                #expect(columns.map { $0["department"] as? String } == ["重庆市南岸区-236"])
            }
            try await client.execute(uri: departments + "&departments=x", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let rollup = "/api/v1/rollup?region=%E5%8D%97%E5%B2%B8%E5%8C%BA&year=2025&level=2"
            try await client.execute(uri: rollup, method: .get) { response in
                let json = try response.json()
                #expect(json["level"] as? String == "款")
                #expect(json["disclosureCount"] as? Int == 1)
                #expect(json["region"] as? String == "重庆市南岸区")
            }
            try await client.execute(uri: "/api/v1/search?q=236", method: .get) { response in
                let items = try #require(try response.json()["items"] as? [[String: Any]])
                #expect(items.map { $0["code"] as? String } == ["236"])
            }
        }
    }

    @Test("a <script> in a department name and an indicator stays a JSON string")
    func xss() async throws {
        try await PortalFixture.withClient(withXSS: true) { client in
            try await client.execute(
                uri: PortalFixture.path("/api/v1/disclosures", PortalFixture.xssDisclosure),
                method: .get
            ) {
                response in
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json = try response.json()
                #expect(json["departmentName"] as? String == "重庆市南岸区\(PortalFixture.xss)服务中心")
                let document = try #require(json["document"] as? [String: Any])
                let disclosure = try #require(document["disclosure"] as? [String: Any])
                let tables = try #require(disclosure["tables"] as? [String: Any])
                let overall = try #require(tables["overallPerformance"] as? [String: Any])
                let indicators = try #require(overall["indicators"] as? [[String: Any]])
                #expect(indicators.first?["name"] as? String == "\(PortalFixture.xss)指标")
            }
            try await client.execute(uri: "/api/v1/search?q=999", method: .get) { response in
                let items = try #require(try response.json()["items"] as? [[String: Any]])
                #expect(items.first?["name"] as? String == "重庆市南岸区\(PortalFixture.xss)服务中心")
            }
        }
    }
}
