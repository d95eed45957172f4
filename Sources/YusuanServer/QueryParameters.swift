import Foundation
import Hummingbird
import YusuanCore
import YusuanStorage

/// Reads a request's query parameters with located, Chinese errors (`参数 year：应为四位年份，如 2025，收到“abc”`).
struct QueryParameters {
    let request: Request

    init(_ request: Request) {
        self.request = request
    }

    /// A parameter's value, trimmed; `nil` when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    func required(_ name: String, _ what: String) throws -> String {
        guard let value = string(name) else { throw PortalError.badParameter(name, "缺少\(what)") }
        return value
    }

    /// An integer within a range, or the default when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int? = nil) throws -> Int? {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw PortalError.badParameter(name, "应为 \(range.lowerBound)–\(range.upperBound) 之间的整数，收到“\(text)”")
        }
        return value
    }

    /// A budget year (1000–9999).
    func year(_ name: String = "year") throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), (1000...9999).contains(value) else {
            throw PortalError.badParameter(name, "应为四位年份，如 2025，收到“\(text)”")
        }
        return value
    }

    func requiredYear(_ name: String = "year") throws -> Int {
        guard let year = try year(name) else { throw PortalError.badParameter(name, "缺少年份，如 2025") }
        return year
    }

    /// `budget` (预算, the default) or `final` (决算).
    func kind() throws -> DocumentKind {
        guard let text = string("kind") else { return .budget }
        guard let kind = PortalIdentifiers.kind(slug: text) else {
            throw PortalError.badParameter("kind", "应为 budget（预算）或 final（决算），收到“\(text)”")
        }
        return kind
    }

    /// A boolean (`true`/`false`/`1`/`0`), or the default.
    func flag(_ name: String, default fallback: Bool) throws -> Bool {
        guard let text = string(name) else { return fallback }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw PortalError.badParameter(name, "应为 true 或 false，收到“\(text)”")
        }
    }

    /// A department identifier (`重庆市南岸区-202`).
    func department(_ name: String = "department") throws -> DepartmentKey? {
        guard let text = string(name) else { return nil }
        guard let key = PortalIdentifiers.department(text) else {
            throw PortalError.badParameter(name, "应为部门标识“地区-编码”，如 重庆市南岸区-202，收到“\(text)”")
        }
        return key
    }

    /// `limit` (1–500, default 50) and `offset` (≥ 0, default 0).
    func page() throws -> (limit: Int, offset: Int) {
        let limit = try integer("limit", in: 1...500, default: 50) ?? 50
        let offset = try integer("offset", in: 0...1_000_000_000, default: 0) ?? 0
        return (limit, offset)
    }
}

/// Parses path parameters with the same located errors.
enum PathParameters {
    static func disclosure(_ context: AppRequestContext, _ name: String = "disclosure") throws -> DisclosureKey {
        let text = context.parameters.get(name) ?? ""
        guard let key = PortalIdentifiers.disclosure(text) else {
            let decoded = text.removingPercentEncoding ?? text
            throw PortalError.badParameter(
                name,
                "应为公开文件标识“地区-编码-年份-budget|final”，如 重庆市南岸区-202-2025-budget，收到“\(decoded)”"
            )
        }
        return key
    }

    static func department(_ context: AppRequestContext, _ name: String = "department") throws -> DepartmentKey {
        let text = context.parameters.get(name) ?? ""
        guard let key = PortalIdentifiers.department(text) else {
            let decoded = text.removingPercentEncoding ?? text
            throw PortalError.badParameter(name, "应为部门标识“地区-编码”，如 重庆市南岸区-202，收到“\(decoded)”")
        }
        return key
    }
}
