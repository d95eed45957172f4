import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStorage

@testable import YusuanServer

@Suite("Portal pages")
struct PortalPageTests {
    @Test("home lists the departments, their years and the search form")
    func home() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains("重庆市南岸区人民政府办公室"))
                #expect(html.contains("重庆市南岸区政务服务管理办公室"))
                #expect(html.contains("2025 年预算"))
                #expect(html.contains("action=\"/search\""))
                #expect(html.contains("<html lang=\"zh-CN\">"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test("search finds departments by name and by code")
    func search() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: "/search?q=%E6%94%BF%E5%8A%A1", method: .get) { response in  // 政务
                #expect(response.status == .ok)
                #expect(response.text.contains("找到 1 个部门"))
                #expect(response.text.contains("政务服务管理办公室"))
            }
            try await client.execute(uri: "/search?q=202", method: .get) { response in
                #expect(response.text.contains("找到 1 个部门"))
                #expect(response.text.contains("人民政府办公室"))
            }
            try await client.execute(uri: "/search?q=nothing-matches", method: .get) { response in
                #expect(response.text.contains("找到 0 个部门"))
            }
        }
    }

    @Test("department page lists disclosures and charts 三公 over the years following lineage")
    func department() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: PortalFixture.path("/departments", "重庆市南岸区-202"), method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<h1>重庆市南岸区人民政府办公室</h1>"))
                #expect(html.contains("“三公”经费历年变化"))
                #expect(html.contains("<svg"))
                #expect(html.contains("2024 年"))  // 236's 2024, a predecessor by the merge
                #expect(html.contains("2025 年"))
            }
        }
    }

    @Test("disclosure page: narrative, every table, findings with locations, downloads, charts")
    func disclosure() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: PortalFixture.path("/disclosures", PortalFixture.office2025), method: .get) {
                response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("财政拨款收支总表"))
                #expect(html.contains("部门支出总表"))
                #expect(html.contains("id=\"table-11\"") || html.contains("id=\"table-10\""))
                #expect(html.contains("校验结果"))
                for format in DownloadFormat.allCases where format != .pdf {
                    #expect(html.contains("/download/\(format.rawValue)"), "download link \(format)")
                }
                #expect(!html.contains("/download/pdf"))  // no Chromium configured
                #expect(html.contains("支出按功能分类"))
                #expect(html.contains("基本支出与项目支出"))
                #expect(html.contains("2,829.73") || html.contains("2829.73"))
                #expect(response.headers[.eTag] != nil)
            }
        }
    }

    @Test("disclosure page shows stored findings with their location")
    func findingsOnPage() async throws {
        let services = try await PortalFixture.services()
        let key = try #require(PortalIdentifiers.disclosure(PortalFixture.office2025))
        let revision = try #require(try await services.store.latestRevision(of: key))
        let findings = try await services.store.findings(revision.key)
        let app = Application(router: PortalRouter.make(services: services), logger: services.logger)
        try await app.test(.router) { client in
            try await client.execute(uri: PortalFixture.path("/disclosures", PortalFixture.office2025), method: .get) {
                response in
                let html = response.text
                if findings.isEmpty {
                    #expect(html.contains("未发现问题"))
                } else {
                    for finding in findings {
                        #expect(html.contains(PageLayout.escape(finding.message)))
                        if let table = finding.table { #expect(html.contains(table.caption)) }
                    }
                }
            }
        }
    }

    @Test("downloads in every format with their content types")
    func downloads() async throws {
        try await PortalFixture.withClient { client in
            for format in DownloadFormat.allCases where format != .pdf {
                let uri = PortalFixture.path("/disclosures", PortalFixture.office2025, "/download/\(format.rawValue)")
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(format)")
                    #expect(response.headers[.contentType] == format.contentType)
                    #expect(response.body.readableBytes > 1000, "\(format)")
                    if format == .xlsx || format == .csv {
                        #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])  // PK
                    }
                }
            }
            let pdf = PortalFixture.path("/disclosures", PortalFixture.office2025, "/download/pdf")
            try await client.execute(uri: pdf, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("不支持的下载格式"))
            }
        }
    }

    @Test("CSV data package ZIP holds datapackage.json and the eleven tables, readable by unzip")
    func csvZip() async throws {
        let data = StoredZip.archive(["a.csv": Data("x,y\r\n1,2\r\n".utf8), "datapackage.json": Data("{}".utf8)])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("p.zip")
        try data.write(to: file)
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
        guard let unzip = ["/usr/bin/unzip", "/bin/unzip"].first(where: FileManager.default.isExecutableFile(atPath:))
        else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-t", file.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("compare page: two years of one department following the merge")
    func compareYears() async throws {
        try await PortalFixture.withClient { client in
            let uri = "/compare?mode=years&department=\(PortalIdentifiers.queryValue("重庆市南岸区-202"))&year=2025"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("2025 年与 2024 年"))
                #expect(html.contains("支出合计"))
                #expect(html.contains("2,829.73"))
                #expect(html.contains("2,632.53"))  // 1664.80 implied + 967.73 stored
                #expect(html.contains("合并"))
            }
        }
    }

    @Test("compare page: departments side by side")
    func compareDepartments() async throws {
        try await PortalFixture.withClient { client in
            let uri = "/compare?mode=departments&region=\(PortalIdentifiers.queryValue("南岸区"))&year=2024"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("重庆市南岸区 2024 年各部门"))
                #expect(response.text.contains("政务服务管理办公室"))
            }
        }
    }

    @Test("rollup page sums a region's year by function class")
    func rollup() async throws {
        try await PortalFixture.withClient { client in
            let uri = "/rollup?region=\(PortalIdentifiers.queryValue("南岸区"))&year=2025"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("汇总 1 份公开文件"))
                #expect(response.text.contains("201"))
            }
            try await client.execute(uri: "/rollup", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<form"))
            }
        }
    }

    @Test("404s and bad parameters get located Chinese messages")
    func errors() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: PortalFixture.path("/disclosures", "重庆市南岸区-202-2019-budget"), method: .get) {
                response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("未找到公开文件 重庆市南岸区-202-2019-budget"))
            }
            try await client.execute(uri: "/disclosures/garbage", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("参数 disclosure"))
            }
            try await client.execute(uri: PortalFixture.path("/departments", "重庆市南岸区-777"), method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("未找到部门"))
            }
            try await client.execute(uri: "/compare?mode=years&department=x-1&year=20x5", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("参数 year：应为四位年份"))
            }
            try await client.execute(uri: "/rollup?region=%E5%8D%97%E5%B2%B8%E5%8C%BA&year=2025&level=x", method: .get)
            {
                response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("参数 level"))
            }
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("页面不存在"))
            }
        }
    }

    @Test("public pages are read-only: POST gets 405")
    func readOnly() async throws {
        try await PortalFixture.withClient { client in
            for uri in ["/", "/search?q=1", PortalFixture.path("/disclosures", PortalFixture.office2025)] {
                try await client.execute(uri: uri, method: .post) { response in
                    #expect(response.status == .methodNotAllowed, "\(uri)")
                    #expect(response.headers[.allow] == "GET, HEAD, OPTIONS")
                }
            }
        }
    }

    @Test("health and stylesheet")
    func health() async throws {
        try await PortalFixture.withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "ok\n")
            }
            try await client.execute(uri: "/static/site.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    @Test("a department name and an indicator holding <script> render as text on every page")
    func xssPages() async throws {
        try await PortalFixture.withClient(withXSS: true) { client in
            let pages = [
                "/", "/search?q=999", PortalFixture.path("/departments", "重庆市南岸区-999"),
                PortalFixture.path("/disclosures", PortalFixture.xssDisclosure),
                "/compare?mode=departments&region=\(PortalIdentifiers.queryValue("南岸区"))&year=2024",
                "/compare?mode=years&department=\(PortalIdentifiers.queryValue("重庆市南岸区-999"))&year=2024",
            ]
            for uri in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains(PortalFixture.xss), "raw script on \(uri)")
                    #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped on \(uri)")
                }
            }
            try await client.execute(uri: PortalFixture.path("/disclosures", PortalFixture.xssDisclosure), method: .get)
            {
                response in
                #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;指标"))
            }
            try await client.execute(uri: "/search?q=%3Cscript%3E", method: .get) { response in
                #expect(!response.text.contains("<script>"))
            }
        }
    }
}
