import Foundation
import Hummingbird
import YusuanAccounts

/// The checks every state-changing request of the editor half passes: the request comes from a page of the
/// portal (`Origin`, else `Referer`, names the portal's own host or a trusted origin) and its form carries the
/// session's CSRF token.
enum EditorGuard {
    /// The hidden field's name.
    static let csrfFieldName = "csrf_token"

    /// Whether `Origin` (or, without it, `Referer`) names the host the request was sent to or a trusted origin.
    /// A request with neither header is refused: browsers send `Origin` with every form POST.
    static func isSameOrigin(_ request: Request, trusted: [String]) -> Bool {
        let claimed: String
        if let origin = request.headers[.origin], origin != "null" {
            claimed = origin
        } else if let referer = request.headers[.referer] {
            claimed = referer
        } else {
            return false
        }
        guard let url = URLComponents(string: claimed), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host?.lowercased(), !host.isEmpty
        else { return false }
        let authority = url.port.map { "\(host):\($0)" } ?? host
        let origin = "\(scheme)://\(authority)"
        if trusted.contains(where: { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/")) == origin }
        ) {
            return true
        }
        guard let requestHost = request.head.authority?.lowercased() else { return false }
        return authority == requestHost
            || (url.port == nil && Self.defaultPort(scheme).map { "\(host):\($0)" } == requestHost)
    }

    private static func defaultPort(_ scheme: String) -> Int? { scheme == "https" ? 443 : scheme == "http" ? 80 : nil }

    /// Whether the form's token is the session's.
    static func hasValidToken(_ submitted: String?, session: Session) -> Bool {
        guard let submitted, !submitted.isEmpty else { return false }
        return SecureToken.equal(submitted, session.csrfToken)
    }
}
