import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import YusuanCore
import YusuanStorage
import YusuanStorageSQLite

@testable import YusuanServer

/// The demo's generated district: every department of a generated district, budgets and 决算 of several years,
/// in a region of its own beside the real samples, each of its pages marked 生成样例.
@Suite("Demo generated district")
struct DemoGeneratedDistrictTests {
    /// The demo data (samples and generated district) in an in-memory store, loaded once for the suite.
    static let demo = Task<ServerServices, any Error> {
        let store = InMemoryDisclosureStore()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        try await DemoData.load(into: store, logger: logger)
        try await DemoData.loadGeneratedDistrict(into: store, logger: logger)
        var services = ServerServices(store: store, logger: logger, isDemo: true)
        services.generatedRegions = [DemoData.generatedRegion]
        return services
    }

    static func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let services = try await demo.value
        let app = Application(router: PortalRouter.make(services: services), logger: services.logger)
        try await app.test(.router, body)
    }

    static let generatedQuery = PortalIdentifiers.queryValue(DemoData.generatedRegion)

    @Test("the demo store holds every generated department with a budget and a 决算 for each year, without errors")
    func storeHoldsTheDistrict() async throws {
        let store = try await Self.demo.value.store
        let departments = try await store.departments(region: DemoData.generatedRegion)
        #expect(DemoData.generatedDepartments.count >= 30)
        #expect(departments.count == DemoData.generatedDepartments.count)
        #expect(departments.contains { $0.name.hasSuffix("街道办事处") })
        #expect(departments.contains { $0.name.hasSuffix("镇人民政府") })
        #expect(departments.allSatisfy { $0.name.hasPrefix(DemoData.generatedPlace) })
        let disclosures = try await store.disclosures(region: DemoData.generatedRegion, year: nil)
        #expect(disclosures.count == departments.count * DemoData.generatedYears.count * 2)
        for department in departments {
            let held = Set(
                disclosures.filter { $0.key.department == department.key }.map { "\($0.key.year)-\($0.key.kind)" }
            )
            let expected = Set(
                DemoData.generatedYears.flatMap { year in
                    [DocumentKind.budget, .finalAccount].map { "\(year)-\($0)" }
                }
            )
            #expect(held == expected, "\(department.key)")
        }
        // Validated when stored: the generator's documents have no error, the prior year included.
        var errors: [String] = []
        for listing in disclosures {
            let revision = try #require(try await store.latestRevision(of: listing.key))
            for finding in try await store.findings(revision.key) where finding.severity == "error" {
                errors.append("\(listing.key): \(finding.ruleID) \(finding.message)")
            }
        }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        // Each 决算 ends with its projects' self-evaluations, checked against its budget: P8 passes (no warning).
        for listing in disclosures where listing.key.kind == .finalAccount && listing.key.year == 2025 {
            let revision = try #require(try await store.latestRevision(of: listing.key))
            let document = try await store.document(revision.key)
            #expect(!(document.tables.projectSelfEvaluations ?? []).isEmpty, "\(listing.key)")
            let p8 = try await store.findings(revision.key).filter { $0.ruleID == "P8" && $0.severity != "info" }
            #expect(p8.isEmpty, "\(listing.key): \(p8.map(\.message))")
        }
        // The real samples keep their own region; no generated document is in it.
        let real = try await store.departments(region: DemoData.region)
        #expect(real.map(\.code).sorted() == ["202", "236"])
    }

    @Test("serve --demo's SQLite store holds the samples and the generated district")
    func sqliteDemoStore() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let (store, directory) = try await DemoData.makeStore(logger: logger)
        defer { try? FileManager.default.removeItem(at: directory) }
        let regions = Set(try await store.departments(region: nil).map(\.region))
        #expect(regions == [DemoData.region, DemoData.generatedRegion])
        let finals = try await store.disclosures(region: DemoData.generatedRegion, year: 2024)
            .filter { $0.key.kind == .finalAccount }
        #expect(finals.count == DemoData.generatedDepartments.count)
    }

    @Test("the home page lists both regions with their rollup and compare links")
    func homeListsBothRegions() async throws {
        try await Self.withClient { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<h2>重庆市南岸区</h2>"))
                #expect(html.contains("<h2>示例市生成区（生成样例）</h2>"))
                #expect(html.contains("/rollup?region=\(Self.generatedQuery)"))
                #expect(html.contains("示例市生成区财政局"))
            }
        }
    }

    @Test("the generated region's rollup sums every department's budget")
    func rollupHasContent() async throws {
        try await Self.withClient { client in
            let uri = "/rollup?region=\(Self.generatedQuery)&year=2025"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("示例市生成区（生成样例） 2025 年"))
                #expect(html.contains("汇总 \(DemoData.generatedDepartments.count) 份公开文件"))
                #expect(html.contains("一般公共服务支出"))
            }
        }
    }

    @Test("the generated region's departments compare side by side and year against year")
    func compareHasContent() async throws {
        let services = try await Self.demo.value
        let department = try #require(try await services.store.departments(region: DemoData.generatedRegion).first)
        try await Self.withClient { client in
            let uri = "/compare?mode=departments&region=\(Self.generatedQuery)&year=2025"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("示例市生成区（生成样例） 2025 年各部门"))
                #expect(html.contains("示例市生成区财政局"))
                #expect(html.contains("支出合计"))
            }
            let id = PortalIdentifiers.queryValue(PortalIdentifiers.id(department.key))
            try await client.execute(uri: "/compare?mode=years&department=\(id)&year=2025", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("2025 年与 2024 年"))
                #expect(response.text.contains("支出合计"))
            }
        }
    }

    @Test("a generated document's and department's pages are marked 生成样例, a real sample's are not")
    func generatedPagesAreMarked() async throws {
        let services = try await Self.demo.value
        let department = try #require(try await services.store.departments(region: DemoData.generatedRegion).first)
        let marking = "class=\"generated-mark\""
        try await Self.withClient { client in
            for kind in [DocumentKind.budget, .finalAccount] {
                let key = DisclosureKey(department: department.key, year: 2024, kind: kind)
                try await client.execute(uri: PortalIdentifiers.disclosurePath(key), method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains(marking), "\(key)")
                    #expect(response.text.contains("<strong>生成样例</strong>"))
                }
            }
            try await client.execute(uri: PortalIdentifiers.departmentPath(department.key), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(marking))
            }
            let real = DisclosureKey(
                department: DepartmentKey(region: DemoData.region, code: "202"),
                year: 2025,
                kind: .budget
            )
            try await client.execute(uri: PortalIdentifiers.disclosurePath(real), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("重庆市南岸区人民政府办公室"))
                #expect(!response.text.contains(marking))
            }
            try await client.execute(uri: PortalIdentifiers.departmentPath(real.department), method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains(marking))
            }
        }
    }

    @Test("the generated region's rollup, compare and execution pages have content and are marked 生成样例")
    func regionPagesAreMarked() async throws {
        let services = try await Self.demo.value
        let department = try #require(try await services.store.departments(region: DemoData.generatedRegion).first)
        let id = PortalIdentifiers.queryValue(PortalIdentifiers.id(department.key))
        let marking = "class=\"generated-mark\""
        try await Self.withClient { client in
            let pages = [
                "/rollup?region=\(Self.generatedQuery)&year=2025",
                "/compare?mode=departments&region=\(Self.generatedQuery)&year=2025",
                "/compare?mode=years&department=\(id)&year=2025",
                "/execution?region=\(Self.generatedQuery)&year=2025",
                PortalIdentifiers.departmentPath(department.key) + "/execution?year=2025",
            ]
            for uri in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.text.contains(marking), "\(uri)")
                }
            }
            // Budget against actual for every generated department of the year: its rows carry rates.
            try await client.execute(uri: "/execution?region=\(Self.generatedQuery)&year=2025", method: .get) {
                response in
                #expect(response.text.contains("\(DemoData.generatedDepartments.count) 个部门"))
                #expect(response.text.contains("%"))
            }
            try await client.execute(
                uri: "/rollup?region=\(PortalIdentifiers.queryValue(DemoData.region))&year=2025",
                method: .get
            ) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains(marking))
            }
        }
    }
}
