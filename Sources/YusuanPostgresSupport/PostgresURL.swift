import Foundation
import YusuanStorage

/// The parts of a `postgres://user:password@host:port/database?schema=NAME` URL, read the same way by the
/// disclosure store and the account store (so both stores given one URL meet in one schema).
public struct PostgresURL: Sendable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String?
    public var schema: String

    /// Reads a URL.
    /// - Throws: ``StorageError`` `invalidArgument` for another scheme or a TLS mode (the message never shows
    ///   the password).
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text),
            components.scheme == "postgres" || components.scheme == "postgresql"
        else {
            throw StorageError(
                .invalidArgument,
                "expected a URL like postgres://user:password@host:5432/database, found '\(Self.redact(text))'"
            )
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path
        schema = components.queryItems?.first { $0.name == "schema" }?.value ?? "public"
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw StorageError(
                .invalidArgument,
                "sslmode=\(mode) is not supported; connect without TLS (sslmode=disable)"
            )
        }
    }

    /// The URL without its password, for messages.
    public var redacted: String {
        "postgres://\(user)@\(host):\(port)/\(database ?? "")?schema=\(schema)"
    }

    /// A URL text with any password replaced by `***`.
    public static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
