import Foundation
import YusuanCore
import YusuanGenerator
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `yusuan bench store`: documents/s into SQLite (and PostgreSQL with a URL) and the time of a region rollup.
///
/// Into a fresh store of each kind, one transaction per document:
/// 1. the whole pipeline: documents generated and prepared (canonical JSON, SHA-256, facts) on all cores while one
///    writer stores them in order, as `db import` does with parsed files;
/// 2. prepare + write: the same documents with another title (second revisions), generated beforehand;
/// 3. writes only: the same documents with a third title (third revisions), prepared beforehand, handed to the store
///    in batches of 8 as the pipeline does;
/// then region rollups over the latest revisions.
struct StoreBenchmark {
    var count: Int
    var seed: UInt64
    var postgresURL: String?

    func run() async throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let seed = self.seed
        var clock = Date()
        var cpu = Self.cpuSeconds()
        let documents = await Self.parallel(count: count) { index in
            var generator = DisclosureGenerator(seed: seed)
            return generator.makeDisclosure(index: index + 1)
        }
        let generateSeconds = Date().timeIntervalSince(clock)
        print(
            String(
                format: "generate: %d documents in %.2f s, %.0f documents/s (%d cores); %.2f CPU s",
                count,
                generateSeconds,
                Double(count) / generateSeconds,
                cores,
                Self.cpuSeconds() - cpu
            )
        )

        clock = Date()
        cpu = Self.cpuSeconds()
        let prepared = try await Self.parallelThrowing(count: count) { index in try PreparedDocument(documents[index]) }
        let prepareSeconds = Date().timeIntervalSince(clock)
        let facts = prepared.reduce(0) { $0 + $1.facts.count }
        let bytes = prepared.reduce(0) { $0 + $1.canonicalJSON.count }
        print(
            String(
                format:
                    "prepare (canonical JSON, SHA-256, facts): %.2f s, %.0f documents/s (%d cores); %.2f CPU s; %d facts, %.1f MB JSON",
                prepareSeconds,
                Double(count) / prepareSeconds,
                cores,
                Self.cpuSeconds() - cpu,
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
        let workload = Workload(
            count: count,
            seed: seed,
            second: Self.retitled(documents, "（修订）"),
            third: try await Self.parallelThrowing(count: count) { index in
                var document = documents[index]
                document.narrative.title += "（再次修订）"
                return try PreparedDocument(document)
            },
            region: region,
            year: year
        )

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-bench-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let sqlite = try SQLiteDisclosureStore(path: path)
        try await workload.measure("SQLite", store: sqlite)
        try await sqlite.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "  SQLite file: %.1f MB", Double(size) / 1e6))

        if let postgresURL {
            let schema = "yusuan_bench_\(ProcessInfo.processInfo.processIdentifier)"
            let separator = postgresURL.contains("?") ? "&" : "?"
            let postgres = try await PostgresDisclosureStore(url: postgresURL + separator + "schema=" + schema)
            do {
                try await workload.measure("PostgreSQL", store: postgres)
            } catch {
                try? await postgres.dropSchema()
                try? await postgres.close()
                throw error
            }
            try await postgres.dropSchema()
            try await postgres.close()
        }
    }

    static func retitled(_ documents: [Disclosure], _ suffix: String) -> [Disclosure] {
        documents.map { document in
            var document = document
            document.narrative.title += suffix
            return document
        }
    }

    /// CPU seconds used by this process so far (all threads): with other work on the machine, documents per CPU
    /// second say what wall-clock documents/s cannot.
    static func cpuSeconds() -> Double {
        // `clock()` counts microseconds (POSIX fixes CLOCKS_PER_SEC at 1,000,000).
        Double(clock()) / 1e6
    }

    /// What is imported into each store, and the region and year of the rollups.
    struct Workload {
        var count: Int
        var seed: UInt64
        var second: [Disclosure]
        var third: [PreparedDocument]
        var region: String
        var year: Int

        func measure(_ name: String, store: any DisclosureStore) async throws {
            let seed = self.seed
            print("\(name): \(count) documents, one transaction each, prepared on all cores while one writer writes")
            var clock = Date()
            var cpu = StoreBenchmark.cpuSeconds()
            let first = try await StoreBenchmark.pipelined(count: count, into: store) { index in
                var generator = DisclosureGenerator(seed: seed)
                return try PreparedDocument(generator.makeDisclosure(index: index + 1))
            }
            report("generate + prepare + write", first, seconds: Date().timeIntervalSince(clock), cpu: cpu)

            let second = self.second
            clock = Date()
            cpu = StoreBenchmark.cpuSeconds()
            let revised = try await StoreBenchmark.pipelined(count: count, into: store) { index in
                try PreparedDocument(second[index])
            }
            report("prepare + write (second revisions)", revised, seconds: Date().timeIntervalSince(clock), cpu: cpu)

            clock = Date()
            cpu = StoreBenchmark.cpuSeconds()
            var statuses: [ImportResult.Status: Int] = [:]
            for start in stride(from: 0, to: third.count, by: 8) {
                for result in await store.importDocuments(Array(third[start..<min(third.count, start + 8)])) {
                    statuses[try result.get().status, default: 0] += 1
                }
            }
            report(
                "writes only (third revisions, prepared beforehand, batches of 8)",
                statuses,
                seconds: Date().timeIntervalSince(clock),
                cpu: cpu
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

        /// Prints wall-clock documents/s and this process's CPU seconds since `cpu` (the PostgreSQL server's not
        /// included).
        private func report(_ label: String, _ statuses: [ImportResult.Status: Int], seconds: Double, cpu: Double) {
            let cpuSeconds = StoreBenchmark.cpuSeconds() - cpu
            print(
                "  \(label): "
                    + String(
                        format: "%.2f s, %.0f documents/s; %.2f CPU s, %.0f documents per CPU second",
                        seconds,
                        Double(count) / seconds,
                        cpuSeconds,
                        Double(count) / cpuSeconds
                    )
                    + " (\(statuses[.created] ?? 0) created, \(statuses[.revised] ?? 0) revised, "
                    + "\(statuses[.unchanged] ?? 0) unchanged)"
            )
        }
    }

    /// Prepares documents on all cores while one writer stores them in order (a bounded pipeline: at most a few
    /// documents per core wait for the writer), handing the writer batches of documents ready in order (each still
    /// in its own transaction: one hop to the writer per batch instead of one per document); returns the statuses.
    static func pipelined(
        count: Int,
        into store: any DisclosureStore,
        prepare: @escaping @Sendable (Int) throws -> PreparedDocument
    ) async throws -> [ImportResult.Status: Int] {
        var statuses: [ImportResult.Status: Int] = [:]
        let window = max(16, ProcessInfo.processInfo.activeProcessorCount * 8)
        let batchSize = window / 2
        try await withThrowingTaskGroup(of: (Int, PreparedDocument).self) { group in
            var next = 0
            var written = 0
            var pending: [Int: PreparedDocument] = [:]
            func submit() {
                guard next < count else { return }
                let index = next
                next += 1
                group.addTask { (index, try prepare(index)) }
            }
            /// Writes the documents ready in order, when there are at least `minimum`.
            func write(minimum: Int) async throws {
                var ready = 0
                while pending[written + ready] != nil { ready += 1 }
                guard ready >= minimum, ready > 0 else { return }
                let batch = (written..<(written + ready)).compactMap { pending.removeValue(forKey: $0) }
                written += ready
                for result in await store.importDocuments(batch) { statuses[try result.get().status, default: 0] += 1 }
            }
            for _ in 0..<window { submit() }
            while let (index, prepared) = try await group.next() {
                pending[index] = prepared
                submit()
                try await write(minimum: batchSize)
            }
            try await write(minimum: 1)
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
