import Foundation
import Hummingbird
import Logging

/// Keeps the public half read-only and answers cross-origin requests to the API.
///
/// - Under `/api/v1` every response carries `Access-Control-Allow-Origin: *`; an `OPTIONS` request is a CORS
///   preflight answered with 204 and the allowed methods and headers (GET, HEAD, OPTIONS).
/// - On the public paths (`/api/v1`, the pages, `/static`, `/healthz`) any method other than GET, HEAD and
///   OPTIONS gets 405 with `Allow: GET, HEAD, OPTIONS` — JSON under `/api/v1`, a page elsewhere.
/// - A `PortalError` thrown by a handler becomes its JSON body (API) or error page (pages).
public struct PortalMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext

    let services: ServerServices

    /// Creates the middleware.
    public init(services: ServerServices) {
        self.services = services
    }

    /// The path prefixes of the public, read-only half. `/` alone is the home page.
    static let publicPrefixes = [
        "/api/", "/departments", "/disclosures", "/compare", "/rollup", "/search", "/static/", "/healthz",
    ]

    static func isAPI(_ path: String) -> Bool { path == "/api/v1" || path.hasPrefix("/api/v1/") }

    static func isPublic(_ path: String) -> Bool {
        path == "/" || path == "/api" || publicPrefixes.contains { path.hasPrefix($0) }
    }

    static let allowedMethods = "GET, HEAD, OPTIONS"

    /// The policy of the public pages: own stylesheets and inline styles (the document renderer's), images and
    /// SVG from the page itself, no scripts, no framing.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    public func handle(
        _ request: Request,
        context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        let api = Self.isAPI(path)
        if Self.isPublic(path) {
            switch request.method {
            case .get, .head: break
            case .options:
                if api { return Self.preflight(request) }
                var response = Response(status: .noContent)
                response.headers[.allow] = Self.allowedMethods
                return response
            default:
                let error = PortalError(
                    .methodNotAllowed,
                    code: "method_not_allowed",
                    message: "公开接口只读：不支持 \(request.method.rawValue) 方法，请使用 GET"
                )
                var response = errorResponse(error, api: api)
                response.headers[.allow] = Self.allowedMethods
                if api { response.headers[.accessControlAllowOrigin] = "*" }
                return response
            }
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as PortalError {
            response = errorResponse(error, api: api)
        } catch let error as HTTPError where api {
            let portalError = PortalError(
                error.status,
                code: error.status == .notFound ? "not_found" : "http_\(error.status.code)",
                message: error.status == .notFound ? "接口路径不存在：\(path)" : (error.body ?? error.status.reasonPhrase)
            )
            response = Self.jsonError(portalError)
        } catch let error as HTTPError where error.status == .notFound {
            response = PageLayout.errorPage(status: .notFound, message: "页面不存在：\(path)", services: services)
        } catch let error as HTTPError {
            throw error
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(path)"])
            let portalError = PortalError(.internalServerError, code: "internal", message: "服务器内部错误")
            response =
                api
                ? Self.jsonError(portalError)
                : PageLayout.errorPage(
                    status: .internalServerError,
                    message: portalError.message,
                    services: services
                )
        }
        if api {
            response.headers[.accessControlAllowOrigin] = "*"
            response.headers[.accessControlExposeHeaders] = "ETag, Link"
        } else if Self.isPublic(path), response.headers[.contentSecurityPolicy] == nil {
            // No script runs on a public page, whatever a document holds.
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        if response.status == .serviceUnavailable, response.headers[.retryAfter] == nil {
            response.headers[.retryAfter] = "10"
        }
        if response.headers[.xContentTypeOptions] == nil { response.headers[.xContentTypeOptions] = "nosniff" }
        // HEAD gets the headers of the GET answer, errors included, and never a body.
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The answer to a CORS preflight.
    static func preflight(_ request: Request) -> Response {
        var response = Response(status: .noContent)
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.accessControlAllowMethods] = allowedMethods
        response.headers[.accessControlAllowHeaders] =
            request.headers[.accessControlRequestHeaders] ?? "Content-Type, If-None-Match"
        response.headers[.accessControlMaxAge] = "86400"
        response.headers[.allow] = allowedMethods
        return response
    }

    /// An error as the API (JSON) or the portal (a page) answers it.
    func errorResponse(_ error: PortalError, api: Bool) -> Response {
        api
            ? Self.jsonError(error)
            : PageLayout.errorPage(status: error.status, message: error.message, services: services)
    }

    /// A JSON error response.
    public static func jsonError(_ error: PortalError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: error.status,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: error.jsonBody))
        )
    }
}
