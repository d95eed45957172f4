import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanCore
import YusuanStorage

@testable import YusuanServer

/// The OpenAPI document matches the router: every API route is documented and every documented path routed;
/// sample responses have the members and types the schemas promise (a small checker for the subset of JSON
/// Schema the document uses: type, required, properties, items, enum, oneOf, $ref, pattern).
@Suite("OpenAPI document")
struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
    }

    /// `/api/v1/disclosures/:disclosure` → `/api/v1/disclosures/{disclosure}`.
    static func openAPIPath(_ routerPath: String) -> String {
        "/"
            + routerPath.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    @Test("every GET route under /api/v1 is documented, and every documented path is a route")
    func routesMatchDocument() throws {
        let services = ServerServices(store: InMemoryDisclosureStore())
        let router = PortalRouter.make(services: services)
        let routes = Set(
            router.routes.filter { $0.path.description.hasPrefix("/api/v1") || $0.path.description.hasPrefix("api/v1") }
                .map { Self.openAPIPath($0.path.description) }
        )
        let nonGet = router.routes.filter {
            $0.path.description.contains("api/v1") && $0.method != .get && $0.method != .head
        }
        #expect(nonGet.isEmpty, "API routes other than GET: \(nonGet.map(\.path.description))")
        let documented = Set(try #require(try Self.document()["paths"] as? [String: Any]).keys)
        #expect(!routes.isEmpty)
        #expect(
            routes.subtracting(documented).isEmpty,
            "routes missing from the document: \(routes.subtracting(documented).sorted())"
        )
        #expect(
            documented.subtracting(routes).isEmpty,
            "documented paths without a route: \(documented.subtracting(routes).sorted())"
        )
        #expect(OpenAPIDocument.paths == documented.sorted())
    }

    @Test("the document is OpenAPI 3.1 and every $ref resolves")
    func wellFormed() throws {
        let document = try Self.document()
        #expect(document["openapi"] as? String == "3.1.0")
        var unresolved: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String, (try? Self.resolve(ref, in: document)) == nil {
                    unresolved.append(ref)
                }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document)
        #expect(unresolved.isEmpty, "\(unresolved)")
    }

    static func resolve(_ ref: String, in document: [String: Any]) throws -> [String: Any] {
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") {
            node = try #require((node as? [String: Any])?[String(part)])
        }
        return try #require(node as? [String: Any])
    }

    /// The problems of `value` against `schema` (empty when it conforms).
    static func problems(_ value: Any, _ schema: [String: Any], _ document: [String: Any], at path: String) -> [String]
    {
        if let ref = schema["$ref"] as? String {
            guard let target = try? resolve(ref, in: document) else { return ["\(path): unresolved \(ref)"] }
            return problems(value, target, document, at: path)
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { problems(value, $0, document, at: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of oneOf"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { "\($0)" == "\(value)" }) {
            return ["\(path): \(value) not in \(allowed)"]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): expected an object"] }
            var found: [String] = []
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing \(name)")
            }
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for (name, member) in object {
                if let property = properties[name] {
                    found += problems(member, property, document, at: "\(path).\(name)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(member, additional, document, at: "\(path).\(name)")
                } else if !properties.isEmpty {
                    found.append("\(path): undocumented member \(name)")
                }
            }
            return found
        case "array":
            guard let array = value as? [Any] else { return ["\(path): expected an array"] }
            guard let items = schema["items"] as? [String: Any] else { return [] }
            return array.enumerated().flatMap { problems($0.element, items, document, at: "\(path)[\($0.offset)]") }
        case "string":
            guard let string = value as? String else { return ["\(path): expected a string, found \(value)"] }
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil
            {
                return ["\(path): '\(string)' does not match \(pattern)"]
            }
            return []
        case "integer":
            // Foundation on Linux hands 0 and 1 back as Bool, so only "some integer" is checked.
            return (value as? Int) != nil ? [] : ["\(path): expected an integer"]
        case "boolean":
            return value is Bool ? [] : ["\(path): expected a boolean"]
        case "null":
            return value is NSNull ? [] : ["\(path): expected null"]
        default:
            return []
        }
    }

    @Test("sample responses conform to the documented schemas")
    func responsesConform() async throws {
        let templates = Set(try #require(try Self.document()["paths"] as? [String: Any]).keys)
        let office = PortalIdentifiers.pathSegment(PortalFixture.office2025)
        let department = PortalIdentifiers.pathSegment("重庆市南岸区-202")
        let region = PortalIdentifiers.queryValue("南岸区")
        let samples: [(template: String, uri: String)] = [
            ("/api/v1", "/api/v1"),
            ("/api/v1/departments", "/api/v1/departments?limit=1"),
            ("/api/v1/departments/{department}", "/api/v1/departments/\(department)"),
            (
                "/api/v1/departments/{department}/disclosures/{year}",
                "/api/v1/departments/\(department)/disclosures/2025"
            ),
            ("/api/v1/disclosures", "/api/v1/disclosures"),
            ("/api/v1/disclosures/{disclosure}", "/api/v1/disclosures/\(office)"),
            ("/api/v1/disclosures/{disclosure}/tables", "/api/v1/disclosures/\(office)/tables"),
            ("/api/v1/disclosures/{disclosure}/tables/{table}", "/api/v1/disclosures/\(office)/tables/4"),
            ("/api/v1/disclosures/{disclosure}/findings", "/api/v1/disclosures/\(office)/findings"),
            ("/api/v1/compare/years", "/api/v1/compare/years?department=\(department)&year=2025&lines=true"),
            ("/api/v1/compare/departments", "/api/v1/compare/departments?region=\(region)&year=2025"),
            ("/api/v1/rollup", "/api/v1/rollup?region=\(region)&year=2025&by=economic"),
            ("/api/v1/search", "/api/v1/search?q=%E5%8A%9E"),
            ("/api/v1/facts", "/api/v1/facts?region=\(region)&year=2025&table=8&limit=3"),
            ("/api/v1/execution", "/api/v1/execution?region=\(region)&limit=1"),
        ]
        #expect(Set(samples.map(\.template)).union(["/api/v1/openapi.json"]) == templates, "a sample per path")
        try await PortalFixture.withClient { client in
            let document = try Self.document()
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for sample in samples {
                let operation = try #require(paths[sample.template]?["get"] as? [String: Any])
                let responses = try #require(operation["responses"] as? [String: Any])
                let ok = try #require(responses["200"] as? [String: Any])
                let content = try #require((ok["content"] as? [String: Any])?["application/json"] as? [String: Any])
                let schema = try #require(content["schema"] as? [String: Any])
                try await client.execute(uri: sample.uri, method: .get) { response in
                    #expect(response.status == .ok, "\(sample.uri)")
                    let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    let found = Self.problems(value, schema, document, at: sample.template)
                    #expect(found.isEmpty, "\(found.prefix(5))")
                }
                // The error responses follow the Error schema.
                try await client.execute(
                    uri: sample.uri.contains("?") ? sample.uri + "&limit=0" : sample.uri + "?limit=0",
                    method: .get
                ) {
                    response in
                    guard response.status == .badRequest else { return }
                    let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    let errorSchema = try Self.resolve("#/components/schemas/Error", in: document)
                    #expect(Self.problems(value, errorSchema, document, at: "error").isEmpty)
                }
            }
        }
    }
}
