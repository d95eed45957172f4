import Foundation
import YusuanStorage

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json` byte for byte as the resource
/// `Resources/openapi.json` holds it. Written by hand to match ``APIRoutes``; `OpenAPITests` checks that every API
/// route of the router is documented and every documented path is routed, and that sample responses have the
/// documented members.
enum OpenAPIDocument {
    static let version = "1.0.0"

    /// The document's bytes, from the module's resource bundle.
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            preconditionFailure("the OpenAPI document (Resources/openapi.json) is missing from the YusuanServer bundle")
        }
        return data
    }()

    /// The document as text.
    static var text: String { String(decoding: data, as: UTF8.self) }

    /// The documented paths, sorted (`/api/v1/disclosures/{disclosure}`).
    static let paths: [String] = {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let paths = object["paths"] as? [String: Any]
        else { return [] }
        return paths.keys.sorted()
    }()

    /// The document as served, with its entity tag.
    static let body = TaggedBody(
        data: data,
        etag: "\"\(SHA256.hexDigest(of: data))\"",
        contentType: TaggedResponse.jsonType
    )
}
