import Foundation
import Testing
import YusuanCore
import YusuanStorage

/// `yusuan db import` hands the store batches of documents; it still reports each file in the order given, skips bad
/// files without stopping, and sums everything up at the end.
@Suite("yusuan db import reporting", .serialized)
struct DbImportReportingTests {
    @Test func batchesKeepFileOrderErrorsAndSummary() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // More files than one batch of the writer, with unreadable ones first, in the middle and last.
        let documents = try workspace.generate(count: 45, seed: 31, into: "docs")
        let directory = workspace.path("docs")
        let generated = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        // "X-broken.txt" sorts just before "X.txt".
        let broken = [0, 20, generated.count - 1].map {
            generated[$0].replacingOccurrences(of: ".txt", with: "-broken.txt")
        }
        for name in broken {
            try Data("这不是一份公开文件\n".utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
        }
        let files = (generated + broken).sorted().map { (directory as NSString).appendingPathComponent($0) }
        let database = try workspace.database(.sqlite)

        let first = try ProcessRunner.run(["db", "import", "--db", database.location, "--verbose", directory])
        #expect(first.status == 2, "\(first.standardError)")
        let lines = first.standardError.split(separator: "\n").map(String.init)
        // One line per file, in file order: "FILE: created …" or "error: FILE:LINE: … (skipped)".
        let reported = lines.dropLast().map { line in
            files.first { line.hasPrefix($0 + ":") || line.hasPrefix("error: " + $0 + ":") } ?? line
        }
        #expect(reported == files)
        for (line, file) in zip(lines, files) where broken.contains((file as NSString).lastPathComponent) {
            #expect(line.hasPrefix("error: \(file):") && line.hasSuffix("(skipped)"), "\(line)")
        }
        #expect(lines.last?.hasPrefix("48 files: 45 created, 0 revised, 0 unchanged, 3 failed;") == true)
        try await CrashConsistencyTests.expectAllPresent(documents, in: database)

        let again = try ProcessRunner.run(["db", "import", "--db", database.location, directory])
        #expect(again.status == 2)
        #expect(again.standardError.contains("48 files: 0 created, 0 revised, 45 unchanged, 3 failed;"))
        #expect(again.standardError.split(separator: "\n").count == 4, "\(again.standardError)")
    }
}
