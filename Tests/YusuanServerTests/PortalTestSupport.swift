import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage

@testable import YusuanServer

/// Builds a portal over an in-memory store loaded with the demo data (and, when asked, a disclosure whose names
/// carry a script tag), and runs requests against its router without a network.
enum PortalFixture {
    static let xss = "<script>alert(1)</script>"
    static let xssDisclosure = "重庆市南岸区-999-2024-budget"
    static let office2025 = "重庆市南岸区-202-2025-budget"
    static let services2024 = "重庆市南岸区-236-2024-budget"

    static func services(withXSS: Bool = false) async throws -> ServerServices {
        let store = InMemoryDisclosureStore()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        try await DemoData.load(into: store, logger: logger)
        if withXSS {
            var document = try sample("2024-236-nanan-government-services-office.txt")
            document.identity.departmentName = "重庆市南岸区\(xss)服务中心"
            document.identity.departmentCode = "999"
            document.tables.overallPerformance?.indicators[0].name = "\(xss)指标"
            _ = try await store.importDocument(try DemoData.prepare(document, store: store, source: "xss"))
        }
        return ServerServices(store: store, logger: logger)
    }

    static func sample(_ name: String) throws -> Disclosure {
        let url = try BundledSamples.url(named: name)
        return try DocumentImporter.importDocument(data: try Data(contentsOf: url), fileName: name)
    }

    /// Runs `body` with a test client of the portal's router.
    static func withClient<Value: Sendable>(
        withXSS: Bool = false,
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let services = try await services(withXSS: withXSS)
        let app = Application(router: PortalRouter.make(services: services), logger: services.logger)
        return try await app.test(.router, body)
    }

    /// `/api/v1/disclosures/ID` with the identifier percent-encoded.
    static func path(_ prefix: String, _ id: String, _ suffix: String = "") -> String {
        "\(prefix)/\(PortalIdentifiers.pathSegment(id))\(suffix)"
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }
}
