import Hummingbird
import Logging

/// Builds the portal's router: middleware, the public pages, the JSON API and the editor routes.
public enum PortalRouter {
    /// The router with every route of the portal.
    public static func make(services: ServerServices) -> Router<AppRequestContext> {
        // HEAD is answered on every GET route (same status and headers, no body).
        let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.add(middleware: PortalMiddleware(services: services))
        router.get("/healthz") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/static/site.css") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "public, max-age=3600"
            return Response(
                status: .ok,
                headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: PageLayout.stylesheet))
            )
        }
        PageRoutes.add(to: router, services: services)
        APIRoutes.add(to: router, services: services)
        ExecutionRoutes.add(to: router, services: services)
        EditorRoutes.add(to: router, services: services)
        return router
    }
}
