import Foundation
import Hummingbird
import YusuanAccounts

extension EditorHandlers {
    /// `GET /login`: the sign-in form, with a fresh form token in a cookie and a hidden field.
    func loginForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            if try await editor.signedIn(request) != nil { return EditorHeaders.redirect(to: "/editor") }
            return loginPage(editor: editor)
        }
    }

    private func loginPage(
        editor: EditorServices,
        username: String = "",
        error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let formToken = SecureToken.make()
        var response = EditorPages.login(
            services: services,
            formToken: formToken,
            username: username,
            error: error,
            status: status
        )
        response.setCookie(EditorCookies.login(token: formToken, secure: editor.secureCookies))
        return response
    }

    /// `POST /login`: checks the origin and the form token, the throttle, then the password (bcrypt). A success
    /// starts a session and goes to `/editor`; a failure is counted, audited and answered 401; too many failures
    /// for the address or the name are answered 429 until the oldest leaves the 15-minute window.
    func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            guard EditorGuard.isSameOrigin(request, trusted: editor.trustedOrigins) else {
                throw EditorRefusal.crossOrigin
            }
            let fields = try await formFields(request)
            guard let submitted = fields[EditorGuard.csrfFieldName],
                let expected = request.cookies[EditorCookies.login]?.value,
                !expected.isEmpty, SecureToken.equal(submitted, expected)
            else {
                throw EditorRefusal(
                    status: .forbidden,
                    title: "请求被拒绝",
                    message: "登录表单已过期或缺少安全令牌，请重新打开登录页面。"
                )
            }
            let username = String((fields["username"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(64))
            let password = fields["password"] ?? ""
            let address = context.remoteAddress
            let now = editor.accounts.now()
            let keys = ["ip:\(address ?? "unknown")", "user:\(username.lowercased())"]
            if let wait = try await editor.throttle.retryAfter(keys, now: now) {
                try await editor.accounts.audit(
                    .loginFailed,
                    actor: username,
                    detail: "登录尝试过多，已限流",
                    remoteAddress: address
                )
                let minutes = max(1, Int((wait / 60).rounded(.up)))
                throw EditorRefusal(
                    status: .tooManyRequests,
                    title: "登录尝试过多",
                    message: "登录失败次数过多，请 \(minutes) 分钟后再试。",
                    retryAfter: Int(wait.rounded(.up))
                )
            }
            guard let account = try await editor.accounts.authenticate(username: username, password: password) else {
                try await editor.throttle.recordFailure(keys, now: now)
                try await editor.accounts.audit(
                    .loginFailed,
                    actor: username,
                    detail: "用户名或密码错误",
                    remoteAddress: address
                )
                return loginPage(editor: editor, username: username, error: "用户名或密码错误。", status: .unauthorized)
            }
            try await editor.throttle.reset("user:\(username.lowercased())")
            let (token, _) = try await editor.accounts.startSession(for: account, remoteAddress: address)
            try await editor.accounts.audit(.login, actor: account.username, remoteAddress: address)
            var response = EditorHeaders.redirect(to: "/editor")
            response.setCookie(
                EditorCookies.session(
                    token: token,
                    lifetime: editor.accounts.sessionLifetime,
                    secure: editor.secureCookies
                )
            )
            response.setCookie(EditorCookies.expired(EditorCookies.login, path: "/login", secure: editor.secureCookies))
            return response
        }
    }

    /// `POST /logout`: ends the session (origin and CSRF token checked) and goes to the home page.
    func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requirePost(request, editor: editor)
            let fields = try await formFields(request)
            try requireToken(fields[EditorGuard.csrfFieldName], of: signedIn)
            try await editor.accounts.endSession(token: signedIn.token)
            try await editor.accounts.audit(
                .logout,
                actor: signedIn.account.username,
                remoteAddress: context.remoteAddress
            )
            var response = EditorHeaders.redirect(to: "/")
            response.setCookie(EditorCookies.expired(EditorCookies.session, path: "/", secure: editor.secureCookies))
            return response
        }
    }

    /// `GET /editor`: the editor's departments, the upload form and the drafts (an administrator sees all).
    func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requireEditor(request, editor: editor)
            let account = signedIn.account
            let rights = try await editor.accounts.store.rights(of: account.id)
            let drafts = try await editor.accounts.store.drafts(
                uploaderID: account.isAdmin ? nil : account.id,
                limit: 100
            )
            return EditorPages.home(
                editor: signedIn,
                rights: rights,
                drafts: drafts,
                maxUploadBytes: editor.maxUploadBytes,
                services: services
            )
        }
    }
}
