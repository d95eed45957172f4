import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

#if canImport(Glibc)
    import Glibc
#endif

/// `validate` on a batch streams its report: the same report in every format as validating every document at once
/// (each with the first document of its department's previous year), written in input order; a killed run leaves
/// no report file.
@Suite("batch commands")
struct BatchCommandTests {
    /// A directory of generated documents, removed by `remove()`.
    struct Batch {
        let root: URL
        var documents: String { root.appendingPathComponent("documents").path }

        init(count: Int, seed: Int) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-batch-\(UUID().uuidString)")
            let generated = try CommandRunner.run([
                "generate", "--count", String(count), "--seed", String(seed), "--output",
                root.appendingPathComponent("documents").path,
            ])
            try #require(generated.status == 0, "\(generated.standardError)")
        }

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The report of the whole batch as `validate` wrote it before it streamed: every document read, each validated
    /// with the first document of its department's previous year among them, the entries rendered at once.
    static func reference(_ directory: String, writer: any ReportWriter) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
        let files = names.sorted().map { (directory as NSString).appendingPathComponent($0) }
        let documents = try files.map { file in
            try DocumentImporter.importDocument(data: try Data(contentsOf: URL(fileURLWithPath: file)), fileName: file)
        }
        struct Key: Hashable {
            var name: String
            var year: Int
            var kind: DocumentKind
        }
        var byYear: [Key: Disclosure] = [:]
        for document in documents {
            let key = Key(
                name: document.identity.departmentName,
                year: document.identity.year,
                kind: document.identity.kind
            )
            if byYear[key] == nil { byYear[key] = document }
        }
        let validator = Validator()
        let entries = zip(files, documents).map { file, document in
            let identity = document.identity
            let prior = byYear[Key(name: identity.departmentName, year: identity.year - 1, kind: identity.kind)]
            return ReportEntry(fileName: file, report: validator.validate(document, prior: prior))
        }
        return writer.render(entries)
    }

    /// A directory given through a symbolic link (as `samples/` is) is searched where it points. The enumerator
    /// does not follow a link it starts on: `validate LINK` used to find no document at all.
    @Test func aDirectoryGivenThroughALinkIsValidatedLikeTheDirectory() throws {
        let batch = try Batch(count: 3, seed: 5)
        defer { batch.remove() }
        let link = batch.path("link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: batch.documents)
        let direct = try CommandRunner.run(["validate", batch.documents, "--lang", "en"])
        let linked = try CommandRunner.run(["validate", link + "/", "--lang", "en"])
        #expect(linked.status == 0, "\(linked.standardError)")
        // The summary counts the three documents (one line per department, after its heading).
        #expect(linked.standardOutput.contains("By department:\n"), "\(linked.standardOutput)")
        #expect(!linked.standardOutput.contains("no document"), "\(linked.standardOutput)")
        #expect(
            linked.standardOutput.replacingOccurrences(of: link + "/", with: batch.documents + "/")
                == direct.standardOutput
        )
    }

    @Test func validateStreamsTheReportOfEveryFormat() throws {
        let batch = try Batch(count: 30, seed: 7)
        defer { batch.remove() }
        // A copy of a later year ahead of the others: its prior year comes after it in the batch.
        let names = try FileManager.default.contentsOfDirectory(atPath: batch.documents).sorted()
        let later = try #require(names.first { $0.hasSuffix("-2024.txt") })
        try FileManager.default.copyItem(
            atPath: (batch.documents as NSString).appendingPathComponent(later),
            toPath: (batch.documents as NSString).appendingPathComponent("0000-\(later)")
        )
        let cases: [(String, any ReportWriter)] = [
            ("json", JSONReportWriter(language: .zh)), ("jsonl", JSONLinesReportWriter(language: .zh)),
            ("csv", CSVReportWriter(language: .zh)),
        ]
        for (format, writer) in cases {
            let result = try CommandRunner.run(["validate", batch.documents, "--format", format])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            #expect(result.standardOutput == (try Self.reference(batch.documents, writer: writer)), "\(format)")
        }
        let text = try CommandRunner.run(["validate", batch.documents, "--lang", "en"])
        let expected = try Self.reference(batch.documents, writer: TextReportWriter(language: .en))
        #expect(text.standardOutput.hasPrefix(expected))
        let summary = text.standardOutput.dropFirst(expected.count)
        #expect(summary.hasPrefix("By department:\n"))
        #expect(summary.split(separator: "\n").count == 1 + 5, "\(summary)")

        // To a file: the same bytes, the summary on standard error.
        let report = batch.path("report.json")
        let written = try CommandRunner.run(["validate", batch.documents, "--format", "json", "--output", report])
        #expect(written.status == 0)
        #expect(
            try String(contentsOfFile: report, encoding: .utf8)
                == Self.reference(batch.documents, writer: JSONReportWriter())
        )
        #expect(written.standardError.contains("按部门汇总："))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: batch.root.path).sorted() == [
                "documents", "report.json",
            ]
        )
    }

    /// A small batch is read once: the survey keeps its documents for the validation pass, so a PDF is converted by
    /// `pdftotext` once, not twice (a directory of PDFs took 1.4 times as long). Counted through a `pdftotext` that
    /// logs each call (`YUSUAN_PDFTOTEXT`).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func aSmallBatchOfPDFsIsConvertedOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-once-\(UUID().uuidString)")
        let documents = root.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let name = "jiangsu-npc-office-2019-budget-tables.pdf"
        try FileManager.default.copyItem(
            atPath: CommandRunner.fixture(name),
            toPath: documents.appendingPathComponent(name).path
        )
        let log = root.appendingPathComponent("calls.log")
        let wrapper = root.appendingPathComponent("pdftotext")
        try Data("#!/bin/sh\necho call >> '\(log.path)'\nexec /usr/bin/pdftotext \"$@\"\n".utf8).write(to: wrapper)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let result = try CommandRunner.run(
            ["validate", documents.path, "--quiet"],
            environment: ["YUSUAN_PDFTOTEXT": wrapper.path]
        )
        #expect(result.status != 2, "\(result.standardError)")
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        #expect(calls == 1)
    }

    /// SIGKILL during `validate --output`: the path keeps what it had (here an earlier report), and nothing else is
    /// left in its directory; a run that finishes replaces it whole.
    @Test func aKilledValidateLeavesNoPartialReport() throws {
        let batch = try Batch(count: 300, seed: 11)
        defer { batch.remove() }
        let reports = batch.path("reports")
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        let report = (reports as NSString).appendingPathComponent("report.jsonl")
        let earlier = Data("an earlier report\n".utf8)
        try earlier.write(to: URL(fileURLWithPath: report))
        var killed = 0
        for delay in [0.3, 0.8, 1.5, 2.5] {
            let process = Process()
            process.executableURL = try CommandRunner.executable()
            process.arguments = ["validate", batch.documents, "--format", "jsonl", "--output", report]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == earlier, "killed after \(delay) s")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == ["report.jsonl"])
        }
        #expect(killed > 0, "validate of 300 documents finished before every kill")

        let finished = try CommandRunner.run(["validate", batch.documents, "--format", "jsonl", "--output", report])
        #expect(finished.status == 0, "\(finished.standardError)")
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 300)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == ["report.jsonl"])
    }

    /// A report file in a directory that does not exist: a clear error, nothing written.
    @Test func anUnwritableReportIsAClearError() throws {
        let batch = try Batch(count: 2, seed: 3)
        defer { batch.remove() }
        let result = try CommandRunner.run([
            "validate", batch.documents, "--output", batch.path("missing/report.txt"),
        ])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(
            result.standardError.contains("cannot write \(batch.path("missing/report.txt"))"),
            "\(result.standardError)"
        )
    }
}
