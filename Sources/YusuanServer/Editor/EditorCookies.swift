import Foundation
import Hummingbird
import YusuanAccounts

/// The cookies of the editor half: the session (`yusuan_session`) and the token of the login form
/// (`yusuan_login`), both `HttpOnly` and `SameSite=Lax`, `Secure` when configured.
enum EditorCookies {
    static let session = "yusuan_session"
    static let login = "yusuan_login"

    /// The session cookie for a new session.
    static func session(token: String, lifetime: TimeInterval, secure: Bool) -> Cookie {
        Cookie(
            name: session,
            value: token,
            maxAge: Int(lifetime),
            path: "/",
            secure: secure,
            httpOnly: true,
            sameSite: .lax
        )
    }

    /// The login form's token (double-submit: the form carries the same value in a hidden field).
    static func login(token: String, secure: Bool) -> Cookie {
        Cookie(name: login, value: token, maxAge: 3600, path: "/login", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that removes `name` at `path`.
    static func expired(_ name: String, path: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: secure, httpOnly: true, sameSite: .lax)
    }
}

/// A signed-in editor: the account, the session and the cookie's token.
struct SignedInEditor: Sendable {
    var account: Account
    var session: Session
    var token: String

    /// The hidden field every form of the session carries.
    var csrfField: String {
        "<input type=\"hidden\" name=\"\(EditorGuard.csrfFieldName)\" value=\"\(PageLayout.escape(session.csrfToken))\">"
    }
}

extension EditorServices {
    /// The signed-in editor of a request (its session cookie names a live session of an enabled account).
    func signedIn(_ request: Request) async throws -> SignedInEditor? {
        guard let token = request.cookies[EditorCookies.session]?.value, !token.isEmpty else { return nil }
        guard let (session, account) = try await accounts.session(token: token) else { return nil }
        return SignedInEditor(account: account, session: session, token: token)
    }
}
