import Foundation

/// What an audit entry records.
public struct AuditAction: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A successful sign-in.
    public static let login = AuditAction(rawValue: "login")
    /// A refused sign-in (wrong password, unknown or disabled account, too many attempts).
    public static let loginFailed = AuditAction(rawValue: "login-failed")
    public static let logout = AuditAction(rawValue: "logout")
    /// A document uploaded as a draft.
    public static let upload = AuditAction(rawValue: "upload")
    /// A draft stored as a new revision.
    public static let publish = AuditAction(rawValue: "publish")
    /// A publish refused (error findings, no right on the department).
    public static let publishRefused = AuditAction(rawValue: "publish-refused")
    public static let userAdd = AuditAction(rawValue: "user-add")
    public static let userDisable = AuditAction(rawValue: "user-disable")
    public static let userEnable = AuditAction(rawValue: "user-enable")
    public static let passwordSet = AuditAction(rawValue: "password-set")
    public static let rightGrant = AuditAction(rawValue: "right-grant")
    public static let rightRevoke = AuditAction(rawValue: "right-revoke")

    public var description: String { rawValue }
}

/// One line of the append-only audit log: who did what, to which disclosure or revision, when, from where.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The store's identifier, increasing (0 before the entry is stored).
    public var id: Int64
    /// When it happened.
    public var at: Date
    /// The login name of whoever acted (`cli` for the command line, the attempted name for a failed sign-in).
    public var actor: String
    public var action: AuditAction
    /// What was acted on: a disclosure or revision (`重庆市南岸区/202 2025 预算 r2`), a draft (`draft 7`), an
    /// account.
    public var target: String?
    /// More about it (why a publish was refused, the file name).
    public var detail: String?
    /// The client's address, for actions over HTTP.
    public var remoteAddress: String?

    /// Creates an entry.
    public init(
        id: Int64 = 0,
        at: Date = Date(),
        actor: String,
        action: AuditAction,
        target: String? = nil,
        detail: String? = nil,
        remoteAddress: String? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.detail = detail
        self.remoteAddress = remoteAddress
    }
}
