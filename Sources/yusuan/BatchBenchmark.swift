import Foundation
import YusuanStoragePostgres

/// `yusuan bench batch`: the commands a user runs on a batch, run as commands and measured from outside —
/// `generate`, `validate` in every format and `db import` (SQLite, and PostgreSQL with a URL) — with documents/s
/// (wall clock), CPU seconds and peak memory (``MeasuredCommand``).
struct BatchBenchmark {
    var count: Int
    var seed: UInt64
    /// Where the documents, reports and stores go (a new temporary directory by default, removed afterwards).
    var directory: String?
    var keeps: Bool
    var formats: [String]
    var postgresURL: String?
    var skipsImport: Bool

    func run() async throws {
        let root =
            directory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-bench-batch-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { if !keeps && directory == nil { try? FileManager.default.removeItem(atPath: root) } }
        let documents = (root as NSString).appendingPathComponent("documents")
        let log = (root as NSString).appendingPathComponent("bench.log")
        let yusuan = MeasuredCommand.currentExecutable
        print(
            "bench batch: \(count) documents (seed \(seed)) in \(root); \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )
        print("command                                    documents/s   wall s    CPU s   peak MB  exit")

        func measure(_ label: String, _ arguments: [String]) throws -> MeasuredCommand.Measurement {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            let measurement = try MeasuredCommand(executable: yusuan, arguments: arguments, log: log).run()
            print(
                String(
                    format: "%@ %11.0f %8.2f %8.2f %9.1f  %d",
                    label.padding(toLength: 42, withPad: " ", startingAt: 0),
                    Double(count) / measurement.seconds,
                    measurement.seconds,
                    measurement.cpuSeconds,
                    measurement.peakMegabytes,
                    measurement.status
                )
            )
            return measurement
        }

        if !FileManager.default.fileExists(atPath: documents) || !keeps {
            try? FileManager.default.removeItem(atPath: documents)
            _ = try measure(
                "generate --count \(count)",
                ["generate", "--count", String(count), "--seed", String(seed), "--output", documents]
            )
        }
        let bytes = Self.size(of: documents)
        print(String(format: "  (%.1f MB of documents)", Double(bytes) / 1e6))
        for format in formats {
            let report = (root as NSString).appendingPathComponent("report.\(format)")
            let result = try measure(
                "validate --format \(format) --output FILE",
                ["validate", documents, "--format", format, "--output", report]
            )
            guard result.status <= 1 else { throw BenchError("validate --format \(format) failed; see \(log)") }
        }
        guard !skipsImport else { return }
        let database = (root as NSString).appendingPathComponent("bench.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let sqlite = try measure("db import (SQLite, validating)", ["db", "import", "--db", database, documents])
        guard sqlite.status == 0 else { throw BenchError("db import into SQLite failed; see \(log)") }
        if let postgresURL {
            let schema = "bench_batch_\(getpid())"
            let separator = postgresURL.contains("?") ? "&" : "?"
            let url = postgresURL + separator + "schema=" + schema
            let postgres = try measure("db import (PostgreSQL, validating)", ["db", "import", "--db", url, documents])
            let store = try await PostgresDisclosureStore(url: url)
            try await store.dropSchema()
            try await store.close()
            guard postgres.status == 0 else { throw BenchError("db import into PostgreSQL failed; see \(log)") }
        }
        print("(documents/s is wall clock over the whole command, start-up included; peak MB is the child's VmHWM)")
    }

    /// The bytes of the files under a directory.
    static func size(of directory: String) -> Int {
        var total = 0
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let entry = enumerator?.nextObject() as? String {
            let path = (directory as NSString).appendingPathComponent(entry)
            total += ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
        return total
    }

    struct BenchError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
