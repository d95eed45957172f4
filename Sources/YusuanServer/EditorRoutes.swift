import Hummingbird

/// The editor half of the portal: login, upload → validate → publish, CSRF, rate limits, the audit log.
///
/// Routes: `GET/POST /login`, `POST /logout`, `GET /editor` (the editor's departments, upload form and drafts),
/// `POST /editor/upload`, `GET /editor/drafts/{id}`, `POST /editor/drafts/{id}/publish` and `GET /editor/audit`
/// (administrators). Every POST checks `Origin`/`Referer` and the session's CSRF token; the public routes stay
/// read-only. Pages wrap their body with ``PageLayout/page(title:body:services:head:)`` and escape every text
/// with ``PageLayout/escape(_:)``. Without ``ServerServices/editor`` the routes answer 503.
enum EditorRoutes {
    /// Adds the editor routes to the router.
    static func add(to router: Router<AppRequestContext>, services: ServerServices) {
        let handlers = EditorHandlers(services: services)
        router.get("/login") { request, context in try await handlers.loginForm(request, context: context) }
        router.post("/login") { request, context in try await handlers.login(request, context: context) }
        router.post("/logout") { request, context in try await handlers.logout(request, context: context) }
        router.get("/editor") { request, context in try await handlers.home(request, context: context) }
        router.post("/editor/upload") { request, context in try await handlers.upload(request, context: context) }
        router.get("/editor/drafts/:id") { request, context in try await handlers.draft(request, context: context) }
        router.post("/editor/drafts/:id/publish") { request, context in
            try await handlers.publish(request, context: context)
        }
        router.get("/editor/audit") { request, context in try await handlers.audit(request, context: context) }
    }
}
