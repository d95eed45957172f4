import Foundation

/// Throwaway databases for the storage contract tests: a SQLite file in its own temporary directory, or a fresh
/// schema on the PostgreSQL test server named by `YUSUAN_TEST_POSTGRES_URL`.
public enum TemporaryDatabase {
    /// The PostgreSQL URL of the test server, from `YUSUAN_TEST_POSTGRES_URL` (nil when unset or empty).
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["YUSUAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Why the PostgreSQL cases do not run.
    public static let postgresSkipMessage =
        "PostgreSQL tests skipped: YUSUAN_TEST_POSTGRES_URL is unset (see .ci/run for starting a throwaway server)"

    /// The path of a new SQLite file (not yet created) in a new temporary directory named after `prefix`.
    public static func sqlitePath(prefix: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("test.sqlite").path
    }

    /// Removes the temporary directory of a path made by `sqlitePath(prefix:)`, with the file and its WAL files.
    public static func removeSQLite(at path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// `base` with a new schema whose name starts with `schemaPrefix` (the stores create it on opening).
    public static func postgresURL(base: String, schemaPrefix: String) -> String {
        let schema = schemaPrefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// Makes a fixture, runs `body` with it and tears it down, also when `body` throws.
    public static func with<Fixture, Result>(
        make: () async throws -> Fixture,
        tearDown: (Fixture) async throws -> Void,
        _ body: (Fixture) async throws -> Result
    ) async throws -> Result {
        let fixture = try await make()
        do {
            let result = try await body(fixture)
            try await tearDown(fixture)
            return result
        } catch {
            try? await tearDown(fixture)
            throw error
        }
    }
}
