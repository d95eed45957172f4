import Foundation
import YusuanStorage

/// An editor or administrator of the portal.
///
/// The password is kept only as a bcrypt hash; ``description`` never shows it.
public struct Account: Sendable, Hashable, CustomStringConvertible {
    /// The store's identifier (0 before the account is stored).
    public var id: Int64
    /// The login name: 2–32 lowercase letters, digits, `.`, `_` or `-` (see ``Username``).
    public var username: String
    /// The name shown on pages and in the audit log (`张编辑`).
    public var displayName: String
    /// The bcrypt hash of the password (`$2b$12$…`).
    public var passwordHash: String
    /// Whether the account manages others and sees the audit log; an administrator may publish for every
    /// department.
    public var isAdmin: Bool
    /// A disabled account cannot sign in; its sessions end.
    public var isDisabled: Bool
    /// When the account was created.
    public var createdAt: Date

    /// Creates an account.
    public init(
        id: Int64 = 0,
        username: String,
        displayName: String,
        passwordHash: String,
        isAdmin: Bool = false,
        isDisabled: Bool = false,
        createdAt: Date = Date()
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.isAdmin = isAdmin
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }

    public var description: String {
        "\(username) (\(displayName))\(isAdmin ? " admin" : "")\(isDisabled ? " disabled" : "")"
    }
}

/// The rules for login names.
public enum Username {
    /// The name in its stored form (trimmed, lowercase), or an error saying what is allowed.
    /// - Throws: ``AccountError`` `invalidArgument`.
    public static func normalized(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_"
                || scalar == "-"
        }
        guard allowed, (2...32).contains(name.count) else {
            throw AccountError(
                .invalidArgument,
                "用户名须为 2–32 个小写字母、数字或 . _ -，收到“\(text)”"
            )
        }
        return name
    }
}
