import Foundation
import YusuanCore
import YusuanGenerator
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

/// `yusuan bench store`: documents/s into SQLite (and PostgreSQL with a URL) and the time of a region rollup.
struct StoreBenchmark {
    var count: Int
    var seed: UInt64
    var postgresURL: String?

    func run() async throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var clock = Date()
        let documents = await Self.parallel(count: count) { index in
            var generator = DisclosureGenerator(seed: seed)
            return generator.makeDisclosure(index: index + 1)
        }
        print(
            String(format: "generated %d documents in %.2f s (%d cores)", count, Date().timeIntervalSince(clock), cores)
        )

        clock = Date()
        let prepared = try await Self.parallelThrowing(count: count) { index in try PreparedDocument(documents[index]) }
        let prepareSeconds = Date().timeIntervalSince(clock)
        let facts = prepared.reduce(0) { $0 + $1.facts.count }
        let bytes = prepared.reduce(0) { $0 + $1.canonicalJSON.count }
        print(
            String(
                format:
                    "prepare (canonical JSON, SHA-256, facts; %d cores): %.2f s, %.0f documents/s; %d facts, %.1f MB JSON",
                cores,
                prepareSeconds,
                Double(count) / prepareSeconds,
                facts,
                Double(bytes) / 1e6
            )
        )

        // The region and year with the most documents, for the rollup.
        var groups: [String: Int] = [:]
        for document in prepared {
            groups["\(document.key.department.region)\u{1}\(document.key.year)", default: 0] += 1
        }
        let busiest = groups.max { $0.value < $1.value }?.key.split(separator: "\u{1}") ?? []
        let region = busiest.first.map(String.init) ?? ""
        let year = busiest.count > 1 ? Int(busiest[1]) ?? 2025 : 2025

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-bench-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let sqlite = try SQLiteDisclosureStore(path: path)
        try await measure(
            "SQLite",
            store: sqlite,
            prepared: prepared,
            prepareSeconds: prepareSeconds,
            region: region,
            year: year
        )
        try await sqlite.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "  SQLite file: %.1f MB", Double(size) / 1e6))

        if let postgresURL {
            let schema = "yusuan_bench_\(ProcessInfo.processInfo.processIdentifier)"
            let separator = postgresURL.contains("?") ? "&" : "?"
            let postgres = try await PostgresDisclosureStore(url: postgresURL + separator + "schema=" + schema)
            do {
                try await measure(
                    "PostgreSQL",
                    store: postgres,
                    prepared: prepared,
                    prepareSeconds: prepareSeconds,
                    region: region,
                    year: year
                )
            } catch {
                try? await postgres.dropSchema()
                try? await postgres.close()
                throw error
            }
            try await postgres.dropSchema()
            try await postgres.close()
        }
    }

    private func measure(
        _ name: String,
        store: any DisclosureStore,
        prepared: [PreparedDocument],
        prepareSeconds: Double,
        region: String,
        year: Int
    ) async throws {
        // As `db import` does it: documents prepared on all cores while one writer stores them in order.
        var clock = Date()
        let statuses = try await Self.pipelined(prepared.map(\.disclosure), into: store)
        let pipelineSeconds = Date().timeIntervalSince(clock)
        print(
            "\(name) import: \(prepared.count) documents (\(statuses[.created] ?? 0) created, \(statuses[.revised] ?? 0) revised, "
                + "\(statuses[.unchanged] ?? 0) unchanged), one transaction each"
        )
        print(
            String(
                format: "  prepared in parallel + written: %.2f s, %.0f documents/s",
                pipelineSeconds,
                Double(prepared.count) / pipelineSeconds
            )
        )
        // Writes alone: the same documents again with another title, so that each is a new revision.
        let revised = try await Self.parallelThrowing(count: prepared.count) { index in
            var document = prepared[index].disclosure
            document.narrative.title += "（修订）"
            return try PreparedDocument(document)
        }
        clock = Date()
        for document in revised { _ = try await store.importDocument(document) }
        let writeSeconds = Date().timeIntervalSince(clock)
        print(
            String(
                format: "  writes only (second revisions, prepared beforehand): %.2f s, %.0f documents/s",
                writeSeconds,
                Double(prepared.count) / writeSeconds
            )
        )
        for (label, classification) in [
            ("function 类 (表八)", Rollup.Classification.function(.category)),
            ("function 项 (表八)", .function(.item)),
            ("economic 款 (表三)", .economic(.section)),
        ] {
            var times: [Double] = []
            var rollup: Rollup?
            for _ in 0..<7 {
                let start = Date()
                rollup = try await store.rollup(region: region, year: year, by: classification)
                times.append(Date().timeIntervalSince(start) * 1000)
            }
            times.sort()
            print(
                "  rollup \(region) \(year) \(label): \(rollup?.disclosureCount ?? 0) disclosures, \(rollup?.rows.count ?? 0) codes; "
                    + String(format: "median %.1f ms, best %.1f ms", times[times.count / 2], times[0])
            )
        }
    }

    /// Prepares documents on all cores and stores them in order with one writer; returns the statuses.
    static func pipelined(_ documents: [Disclosure], into store: any DisclosureStore) async throws -> [ImportResult
        .Status: Int]
    {
        var statuses: [ImportResult.Status: Int] = [:]
        let window = max(4, ProcessInfo.processInfo.activeProcessorCount * 4)
        try await withThrowingTaskGroup(of: (Int, PreparedDocument).self) { group in
            var next = 0
            var written = 0
            var pending: [Int: PreparedDocument] = [:]
            func submit() {
                guard next < documents.count else { return }
                let index = next
                let document = documents[index]
                next += 1
                group.addTask { (index, try PreparedDocument(document)) }
            }
            for _ in 0..<window { submit() }
            while let (index, prepared) = try await group.next() {
                pending[index] = prepared
                submit()
                while let ready = pending.removeValue(forKey: written) {
                    statuses[try await store.importDocument(ready).status, default: 0] += 1
                    written += 1
                }
            }
        }
        return statuses
    }

    /// `body(0..<count)` on all cores, in order.
    static func parallel<T: Sendable>(count: Int, _ body: @escaping @Sendable (Int) -> T) async -> [T] {
        (try? await parallelThrowing(count: count, body)) ?? []
    }

    static func parallelThrowing<T: Sendable>(count: Int, _ body: @escaping @Sendable (Int) throws -> T) async throws
        -> [T]
    {
        let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
        let size = (count + chunks - 1) / chunks
        return try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
            for chunk in 0..<chunks where chunk * size < count {
                group.addTask {
                    let range = (chunk * size)..<min(count, (chunk + 1) * size)
                    return (chunk, try range.map(body))
                }
            }
            var parts: [Int: [T]] = [:]
            for try await (chunk, values) in group { parts[chunk] = values }
            return parts.keys.sorted().flatMap { parts[$0] ?? [] }
        }
    }
}
