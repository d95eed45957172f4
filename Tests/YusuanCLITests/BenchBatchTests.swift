import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `yusuan bench batch`: runs generate, validate in each format and db import as commands, prints a line of figures
/// for each, and leaves nothing in the temporary directory — when it finishes and when it is interrupted.
@Suite("bench batch", .serialized)
struct BenchBatchTests {
    /// Starts `yusuan ARGUMENTS` with `TMPDIR` set to `temporary`; standard output and error go to files there.
    static func start(_ arguments: [String], temporary: URL, logs: URL) throws -> Process {
        let process = Process()
        process.executableURL = try CommandRunner.executable()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        FileManager.default.createFile(atPath: logs.appendingPathComponent("out").path, contents: nil)
        FileManager.default.createFile(atPath: logs.appendingPathComponent("err").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: logs.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: logs.appendingPathComponent("err"))
        try process.run()
        return process
    }

    static func directories() throws -> (root: URL, temporary: URL, logs: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-bench-\(UUID().uuidString)")
        let temporary = root.appendingPathComponent("tmp")
        let logs = root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        return (root, temporary, logs)
    }

    @Test func measuresEachCommandAndRemovesItsFiles() throws {
        let (root, temporary, logs) = try Self.directories()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = try Self.start(
            ["bench", "batch", "--count", "12", "--formats", "json,jsonl"],
            temporary: temporary,
            logs: logs
        )
        process.waitUntilExit()
        let output = try String(contentsOf: logs.appendingPathComponent("out"), encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(output)")
        let rows = output.split(separator: "\n").map(String.init)
        let labels = [
            "generate --count 12", "validate --format json --output FILE", "validate --format jsonl --output FILE",
            "db import (SQLite, validating)",
        ]
        for label in labels {
            // LABEL, documents/s, wall s, CPU s, peak MB, exit status 0.
            let row = try #require(rows.first { $0.hasPrefix(label + " ") }, "\(label): \(output)")
            let fields = row.dropFirst(label.count).split(separator: " ")
            #expect(fields.count == 5, "\(row)")
            #expect(fields.dropLast().allSatisfy { Double($0).map { $0 > 0 } ?? false }, "\(row)")
            #expect(fields.last == "0", "\(row)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    /// SIGTERM (as SIGINT) while a command is measured: that command is stopped, the run ends with an error, and the
    /// temporary directory is removed.
    @Test func anInterruptedRunStopsItsCommandAndRemovesItsFiles() throws {
        let (root, temporary, logs) = try Self.directories()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = try Self.start(["bench", "batch", "--count", "400"], temporary: temporary, logs: logs)
        // Until a command runs (the documents are being written).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            let written = try? FileManager.default.contentsOfDirectory(atPath: temporary.path).first.map {
                try FileManager.default.contentsOfDirectory(atPath: temporary.appendingPathComponent($0).path)
            }
            if written?.contains("documents") == true { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try #require(process.isRunning, "bench batch ended before it could be interrupted")
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let error = try String(contentsOf: logs.appendingPathComponent("err"), encoding: .utf8)
        #expect(process.terminationStatus != 0)
        #expect(error.contains("interrupted"), "\(error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
        #expect(Self.processes(mentioning: temporary.path).isEmpty, "a measured command is still running")
    }

    /// The processes whose command line holds `text` (from `/proc`).
    static func processes(mentioning text: String) -> [String] {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int($0) != nil } ?? []
        return ids.filter { id in
            guard let data = FileManager.default.contents(atPath: "/proc/\(id)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }
}
