import Foundation

/// How `yusuan serve` runs: where the store is, where to listen, and whether to load the demo data.
public struct ServerConfiguration: Sendable {
    /// Where the disclosures are kept.
    public enum Database: Sendable, Hashable {
        /// An SQLite file (created when missing).
        case sqlite(path: String)
        /// A PostgreSQL URL (`postgres://user:password@host:5432/database?schema=NAME`).
        case postgres(url: String)
        /// A fresh SQLite file in a temporary directory, loaded with the bundled sample disclosures.
        case demo
    }

    public var database: Database
    public var host: String
    public var port: Int
    /// Whether the download list offers PDF (needs a Chromium to print with).
    public var chromiumPath: String?

    /// Creates a configuration.
    public init(database: Database, host: String = "127.0.0.1", port: Int = 8080, chromiumPath: String? = nil) {
        self.database = database
        self.host = host
        self.port = port
        self.chromiumPath = chromiumPath
    }
}
