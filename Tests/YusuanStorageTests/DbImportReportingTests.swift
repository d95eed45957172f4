import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanServer
import YusuanStorage
import YusuanValidation

/// `yusuan db import` hands the store batches of documents; it still reports each file in the order given, skips bad
/// files without stopping, and sums everything up at the end.
@Suite("yusuan db import reporting", .serialized)
struct DbImportReportingTests {
    @Test func batchesKeepFileOrderErrorsAndSummary() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // More files than one batch of the writer, with unreadable ones first, in the middle and last.
        let documents = try await workspace.generate(count: 45, seed: 31, into: "docs")
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

        let first = try await ProcessRunner.run(["db", "import", "--db", database.location, "--verbose", directory])
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

        let again = try await ProcessRunner.run(["db", "import", "--db", database.location, directory])
        #expect(again.status == 2)
        #expect(again.standardError.contains("48 files: 0 created, 0 revised, 45 unchanged, 3 failed;"))
        #expect(again.standardError.split(separator: "\n").count == 4, "\(again.standardError)")
    }

    /// A document and its prior year in the same run: the prior year is written first and the next year is
    /// validated against it, however the parallel parsing goes. (The next year used to be validated while its
    /// prior year was still waiting for the writer, so without its N5 year-over-year checks.)
    @Test func theNextYearIsValidatedAgainstThePriorYearOfTheSameRun() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let name = "2024-236-nanan-government-services-office.txt"
        let url = try BundledSamples.url(named: name)
        let priorText = try String(contentsOf: url, encoding: .utf8)
        // The same department a year later, comparing itself with the 2024 document (every 2023/2024 of the seed
        // is a year).
        let nextText = priorText.replacingOccurrences(of: "2024", with: "2025")
            .replacingOccurrences(of: "2023", with: "2024")
        let directory = workspace.path("pair")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(priorText.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("1-prior.txt"))
        try Data(nextText.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("2-next.txt"))
        let prior = try DocumentImporter.importDocument(data: Data(priorText.utf8), fileName: "1-prior.txt")
        let next = try DocumentImporter.importDocument(data: Data(nextText.utf8), fileName: "2-next.txt")
        let database = try workspace.database(.sqlite)

        let result = try await ProcessRunner.run(["db", "import", "--db", database.location, directory])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("2 files: 2 created"), "\(result.standardError)")

        let withPrior = Validator().validate(next, prior: prior).findings.map(StoredFinding.init(finding:))
        let withoutPrior = Validator().validate(next).findings.map(StoredFinding.init(finding:))
        #expect(withPrior.contains { $0.ruleID == "N5" } && !withoutPrior.contains { $0.ruleID == "N5" })
        let store = try await database.open()
        let stored = try #require(await store.latestRevision(of: try PreparedDocument(next).key))
        #expect(try await store.findings(stored.key) == withPrior)
        try await store.close()
    }

    /// A prior year imported again unchanged is validated against only when its content is the latest revision's:
    /// with an earlier revision's content (a corrected version stored since), the next year is validated against the
    /// stored latest revision, not against the file read in the same run.
    @Test func theNextYearIsValidatedAgainstTheLatestRevisionOfAnUnchangedPriorYear() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let url = try BundledSamples.url(named: "2024-236-nanan-government-services-office.txt")
        let priorText = try String(contentsOf: url, encoding: .utf8)
        let nextText = priorText.replacingOccurrences(of: "2024", with: "2025")
            .replacingOccurrences(of: "2023", with: "2024")
        // A corrected prior year: other totals, so the next year's stated changes disagree with it differently.
        let correctedText = priorText.replacingOccurrences(of: "967.73", with: "970.73")
        func directory(_ name: String, _ files: [(String, String)]) throws -> String {
            let path = workspace.path(name)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (file, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent(file))
            }
            return path
        }
        let priorOnly = try directory("prior", [("1-prior.txt", priorText)])
        let correctedOnly = try directory("corrected", [("1-prior.txt", correctedText)])
        let pair = try directory("pair", [("1-prior.txt", priorText), ("2-next.txt", nextText)])
        let prior = try DocumentImporter.importDocument(data: Data(priorText.utf8), fileName: "1-prior.txt")
        let corrected = try DocumentImporter.importDocument(data: Data(correctedText.utf8), fileName: "1-prior.txt")
        let next = try DocumentImporter.importDocument(data: Data(nextText.utf8), fileName: "2-next.txt")
        let againstPrior = Validator().validate(next, prior: prior).findings.map(StoredFinding.init(finding:))
        let againstCorrected = Validator().validate(next, prior: corrected).findings.map(StoredFinding.init(finding:))
        try #require(againstPrior != againstCorrected)

        for (name, earlier, expected, summary) in [
            ("latest", [priorOnly], againstPrior, "2 files: 1 created, 0 revised, 1 unchanged"),
            ("earlier", [priorOnly, correctedOnly], againstCorrected, "2 files: 1 created, 0 revised, 1 unchanged"),
        ] {
            let database = Database(kind: .sqlite, location: workspace.path("\(name).sqlite"))
            for path in earlier {
                let result = try await ProcessRunner.run(["db", "import", "--db", database.location, path])
                #expect(result.status == 0, "\(result.standardError)")
            }
            let result = try await ProcessRunner.run(["db", "import", "--db", database.location, pair])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.contains(summary), "\(name): \(result.standardError)")
            let store = try await database.open()
            let stored = try #require(await store.latestRevision(of: try PreparedDocument(next).key))
            #expect(try await store.findings(stored.key) == expected, "\(name)")
            try await store.close()
        }
    }
}
