import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanStorage

@testable import YusuanServer

/// The OpenAPI document lives in a resource file (`Sources/YusuanServer/Resources/openapi.json`) and is served from
/// it byte for byte.
@Suite("OpenAPI resource")
struct OpenAPIResourceTests {
    /// The committed file, read from the source tree.
    static func committedFile() throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("Sources/YusuanServer/Resources/openapi.json"))
    }

    @Test("/api/v1/openapi.json serves the committed resource file byte for byte, its SHA-256 as the ETag")
    func servedAsCommitted() async throws {
        let committed = try Self.committedFile()
        #expect(!committed.isEmpty)
        let services = ServerServices(store: InMemoryDisclosureStore())
        let app = Application(router: PortalRouter.make(services: services))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let served = Data(response.body.readableBytesView)
            #expect(served == committed)
            #expect(response.headers[.eTag] == "\"\(SHA256.hexDigest(of: committed))\"")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }
}
