import ArgumentParser
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

/// `--db PATH|URL`: the store the `db`, `compare` and `rollup` commands use.
struct DbStoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help:
            "The store: a SQLite file (created when missing) or a postgres://user:password@host:port/database?schema=NAME URL."
    )
    var database: String = "yusuan.sqlite"

    var isPostgres: Bool { database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") }

    /// Opens the store and runs its pending migrations.
    func open() async throws -> any DisclosureStore {
        if isPostgres { return try await PostgresDisclosureStore(url: database) }
        return try SQLiteDisclosureStore(path: database)
    }
}

extension DisclosureStore {
    /// Runs `body` with the store and closes it afterwards, whatever happens.
    func using<T>(_ body: (any DisclosureStore) async throws -> T) async throws -> T {
        try await closing(self as any DisclosureStore, close: { try await $0.close() }, body)
    }
}

/// Finds regions and departments from what a user types (`南岸区` for `重庆市南岸区`).
enum DbLookup {
    /// The stored region named or ended by `text`.
    static func region(_ text: String, in store: any DisclosureStore) async throws -> String {
        let regions = Set(try await store.departments(region: nil).map(\.region))
        if regions.contains(text) { return text }
        let matches = regions.filter { $0.hasSuffix(text) || $0.contains(text) }.sorted()
        guard matches.count == 1, let match = matches.first else {
            throw ValidationError(
                matches.isEmpty
                    ? "no stored region matches '\(text)'; stored: \(regions.sorted().joined(separator: ", "))"
                    : "'\(text)' matches several regions: \(matches.joined(separator: ", ")); give the full name"
            )
        }
        return match
    }

    /// The stored region named or ended by `text`, or nil when `text` is nil.
    static func region(ifGiven text: String?, in store: any DisclosureStore) async throws -> String? {
        guard let text else { return nil }
        return try await region(text, in: store) as String
    }

    /// The stored department with `code`, in `region` when given.
    static func department(_ code: String, region: String?, in store: any DisclosureStore) async throws -> DepartmentKey
    {
        let resolvedRegion = try await self.region(ifGiven: region, in: store)
        let matches = try await store.departments(region: resolvedRegion).filter { $0.code == code || $0.name == code }
        guard matches.count == 1, let match = matches.first else {
            throw ValidationError(
                matches.isEmpty
                    ? "no stored department '\(code)'\(resolvedRegion.map { " in \($0)" } ?? "")"
                    : "department '\(code)' exists in several regions (\(matches.map(\.region).joined(separator: ", "))); add --region"
            )
        }
        return match.key
    }
}
