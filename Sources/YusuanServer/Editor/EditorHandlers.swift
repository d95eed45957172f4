import Foundation
import Hummingbird
import YusuanAccounts

/// The handlers of the editor routes (``EditorRoutes``), one file per concern: sign-in
/// (`EditorHandlers+Login`), upload (`+Upload`), drafts and publishing (`+Publish`), the audit log (`+Audit`).
struct EditorHandlers: Sendable {
    let services: ServerServices

    /// The editor services, or a 503 page when the portal runs without an account store.
    func editorServices() throws -> EditorServices {
        guard let editor = services.editor else {
            throw EditorRefusal(
                status: .serviceUnavailable,
                title: "编辑功能未启用",
                message: "本实例未配置账户库，无法登录或发布。"
            )
        }
        return editor
    }

    /// Runs a handler and turns an ``EditorRefusal`` into its page.
    func run(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let refusal as EditorRefusal {
            return refusal.response(services: services)
        }
    }

    /// The signed-in editor for a page: a redirect to the sign-in page when there is none.
    func requireEditor(_ request: Request, editor: EditorServices) async throws -> SignedInEditor {
        guard let signedIn = try await editor.signedIn(request) else {
            throw EditorRefusal(redirectTo: "/login")
        }
        return signedIn
    }

    /// The checks of a state-changing request before its body is read: same origin, signed in.
    func requirePost(_ request: Request, editor: EditorServices) async throws -> SignedInEditor {
        guard EditorGuard.isSameOrigin(request, trusted: editor.trustedOrigins) else {
            throw EditorRefusal.crossOrigin
        }
        guard let signedIn = try await editor.signedIn(request) else {
            throw EditorRefusal(status: .forbidden, title: "需要登录", message: "会话已失效或未登录，请重新登录后再提交。")
        }
        return signedIn
    }

    /// Refuses a form without the session's CSRF token.
    func requireToken(_ submitted: String?, of signedIn: SignedInEditor) throws {
        guard EditorGuard.hasValidToken(submitted, session: signedIn.session) else { throw EditorRefusal.badToken }
    }

    /// The body of a url-encoded form of at most `limit` bytes.
    func formFields(_ request: Request, limit: Int = 16 * 1024) async throws -> FormFields {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return FormFields(String(buffer: buffer))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw EditorRefusal(status: .contentTooLarge, title: "请求过大", message: "表单超过 \(limit) 字节。")
        }
    }
}

/// A refused request: its status and a Chinese page, or a redirect.
struct EditorRefusal: Error, Sendable {
    var status: HTTPResponse.Status
    var title: String
    var message: String
    var location: String?
    var retryAfter: Int?

    init(status: HTTPResponse.Status, title: String, message: String, retryAfter: Int? = nil) {
        self.status = status
        self.title = title
        self.message = message
        self.retryAfter = retryAfter
    }

    init(redirectTo location: String) {
        self.init(status: .seeOther, title: "", message: "")
        self.location = location
    }

    static let crossOrigin = EditorRefusal(
        status: .forbidden,
        title: "请求被拒绝",
        message: "请求不是从本站页面提交的（Origin/Referer 不符）。"
    )

    static let badToken = EditorRefusal(
        status: .forbidden,
        title: "请求被拒绝",
        message: "表单缺少有效的安全令牌（CSRF），请刷新页面后重新提交。"
    )

    func response(services: ServerServices) -> Response {
        if let location { return EditorHeaders.redirect(to: location) }
        var response = EditorPages.message(status: status, title: title, message: message, services: services)
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
