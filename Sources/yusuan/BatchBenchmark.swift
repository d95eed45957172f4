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

    /// Disk space the run asks for per document: the document (about 20 kB), then one at a time the largest report
    /// (JSON, about 23 kB) or the SQLite store with its WAL (about 70–90 kB), and a margin.
    static let bytesPerDocument = 128_000

    func run() async throws {
        let root =
            directory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-bench-batch-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let removesRoot = !keeps && directory == nil
        defer { if removesRoot { try? FileManager.default.removeItem(atPath: root) } }
        if let free = Self.freeBytes(at: root), free < Int64(count) * Int64(Self.bytesPerDocument) {
            throw BenchError(
                String(
                    format: "%d documents need about %.1f GB free in %@, which has %.1f GB; use --directory elsewhere",
                    count,
                    Double(count) * Double(Self.bytesPerDocument) / 1e9,
                    root,
                    Double(free) / 1e9
                )
            )
        }
        // Interrupted (Ctrl-C, SIGTERM): the command being measured is stopped and the temporary directory removed.
        let interruption = Interruption()
        let signalSources = [SIGINT, SIGTERM].map { interruption.install(on: $0) }
        defer { signalSources.forEach { $0.cancel() } }
        let documents = (root as NSString).appendingPathComponent("documents")
        let log = (root as NSString).appendingPathComponent("bench.log")
        let yusuan = MeasuredCommand.currentExecutable
        print(
            "bench batch: \(count) documents (seed \(seed)) in \(root); \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )
        print("command                                    documents/s   wall s    CPU s   peak MB  exit")

        func measure(_ label: String, _ arguments: [String]) throws -> MeasuredCommand.Measurement {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            guard !interruption.isInterrupted else { throw BenchError("interrupted") }
            let measurement = try MeasuredCommand(executable: yusuan, arguments: arguments, log: log).run(
                started: interruption.started
            )
            interruption.finished()
            guard !interruption.isInterrupted else { throw BenchError("interrupted while running \(label)") }
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
            // Only one report on disk at a time: a JSON report of 100,000 documents is over 2 GB.
            if !keeps { try? FileManager.default.removeItem(atPath: report) }
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
            // The schema is dropped whatever happened, an interruption included.
            let measured = Result {
                try measure("db import (PostgreSQL, validating)", ["db", "import", "--db", url, documents])
            }
            let store = try await PostgresDisclosureStore(url: url)
            try await store.dropSchema()
            try await store.close()
            let postgres = try measured.get()
            guard postgres.status == 0 else { throw BenchError("db import into PostgreSQL failed; see \(log)") }
        }
        print("(documents/s is wall clock over the whole command, start-up included; peak MB is the child's VmHWM)")
    }

    /// The bytes free for an unprivileged user in the file system of `path`.
    static func freeBytes(at path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    /// What a signal (Ctrl-C, SIGTERM) does during the run: the command being measured is stopped, and the run ends
    /// with an error once it has exited, so that the temporary directory is removed as on any other error.
    final class Interruption: @unchecked Sendable {
        private let lock = NSLock()
        private var child: pid_t = 0
        private var interrupted = false

        var isInterrupted: Bool {
            lock.lock()
            defer { lock.unlock() }
            return interrupted
        }

        /// A command was started: it is stopped at once if the run was interrupted meanwhile.
        func started(_ pid: pid_t) {
            lock.lock()
            child = pid
            let stops = interrupted
            lock.unlock()
            if stops { kill(pid, SIGTERM) }
        }

        /// The command has exited.
        func finished() {
            lock.lock()
            child = 0
            lock.unlock()
        }

        /// Handles `signalNumber` from now on (its default action is off while the source is installed; the
        /// commands started get the default back, ``MeasuredCommand``).
        func install(on signalNumber: Int32) -> any DispatchSourceSignal {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                interrupted = true
                let pid = child
                lock.unlock()
                if pid > 0 { kill(pid, SIGTERM) }
            }
            source.resume()
            return source
        }
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
