import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A PDF of a batch is converted by `pdftotext` once per run, also in a batch too large for the survey to keep its
/// documents: the survey keeps each PDF's text in a private temporary directory, removed at the end of the run and
/// when the run is stopped by SIGTERM. Counted through a `pdftotext` that logs each call (`YUSUAN_PDFTOTEXT`); the
/// temporary directory is a private `TMPDIR`. A large batch is a few PDFs beside enough one-line texts (which fail to
/// import at once, and are converted by nothing) to pass the 256 files whose documents the survey keeps.
@Suite(
    "a PDF batch converts each PDF once",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"))
)
struct PDFBatchOnceTests {
    /// The files whose documents the survey keeps (`BatchSurvey.keptDocumentLimit`): a batch with more is large.
    static let keptDocumentLimit = 256
    static let pdf = "jiangsu-npc-office-2019-budget-tables.pdf"

    /// A directory of `pdfs` copies of the fixture PDF and `texts` one-line texts, each under its own name, a logging
    /// `pdftotext` (which waits `delay` seconds before every conversion after the first) and a `TMPDIR`.
    struct PDFBatch {
        let root: URL
        var documents: URL { root.appendingPathComponent("documents") }
        var log: URL { root.appendingPathComponent("calls.log") }
        var temporary: URL { root.appendingPathComponent("tmp") }
        var environment: [String: String] {
            ["YUSUAN_PDFTOTEXT": root.appendingPathComponent("pdftotext").path, "TMPDIR": temporary.path]
        }

        init(pdfs: Int, texts: Int = 0, delay: Int = 0) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-pdf-once-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("documents"),
                withIntermediateDirectories: true
            )
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("tmp"),
                withIntermediateDirectories: true
            )
            let source = try CommandRunner.fixture(PDFBatchOnceTests.pdf)
            for index in 0..<pdfs {
                let name = String(format: "copy-%04d.pdf", index)
                try FileManager.default.copyItem(atPath: source, toPath: documents.appendingPathComponent(name).path)
            }
            for index in 0..<texts {
                let name = String(format: "note-%04d.txt", index)
                try Data("x\n".utf8).write(to: documents.appendingPathComponent(name))
            }
            let wrapper = root.appendingPathComponent("pdftotext")
            // Every conversion but the first waits: `mkdir` succeeds for one caller only, also for two at once.
            let first = root.appendingPathComponent("first-call").path
            let wait = delay > 0 ? "if ! mkdir '\(first)' 2>/dev/null; then sleep \(delay); fi\n" : ""
            try Data("#!/bin/sh\n\(wait)echo call >> '\(log.path)'\nexec /usr/bin/pdftotext \"$@\"\n".utf8).write(
                to: wrapper
            )
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        }

        var calls: Int {
            get throws { try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count }
        }

        /// What the run left in its temporary directory.
        var leftovers: [String] {
            get throws { try FileManager.default.contentsOfDirectory(atPath: temporary.path) }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aLargePDFBatchIsConvertedOncePerFileWithTheSameReports() throws {
        let pdfs = 3
        let batch = try PDFBatch(pdfs: pdfs, texts: Self.keptDocumentLimit)
        defer { batch.remove() }
        let result = try CommandRunner.run(
            ["validate", batch.documents.path, "--format", "jsonl", "--lang", "en"],
            environment: batch.environment
        )
        // Status 2: the one-line texts cannot be read, each said on standard error; every PDF was.
        #expect(result.status == 2)
        let messages = result.standardError.split(separator: "\n")
        #expect(messages.filter { $0.contains(".txt:1: ") }.count == Self.keptDocumentLimit)
        #expect(!messages.contains { $0.contains(".pdf:") }, "\(result.standardError)")
        #expect(try batch.calls == pdfs)
        #expect(try batch.leftovers == [])

        // Each copy's report is the report of the PDF validated alone, under its own name.
        let single = try PDFBatch(pdfs: 1)
        defer { single.remove() }
        let alone = try CommandRunner.run(
            ["validate", single.documents.path, "--format", "jsonl", "--lang", "en"],
            environment: single.environment
        )
        let aloneLine = try #require(alone.standardOutput.split(separator: "\n").first.map(String.init))
        let lines = result.standardOutput.split(separator: "\n").map(String.init).filter { $0.contains(".pdf") }
        #expect(lines.count == pdfs)
        for (index, line) in lines.enumerated() {
            let name = String(format: "copy-%04d.pdf", index)
            let expected = aloneLine.replacingOccurrences(of: "copy-0000.pdf", with: name)
                .replacingOccurrences(of: single.documents.path, with: batch.documents.path)
            #expect(line == expected, "\(name)")
        }
    }

    /// `db import` never keeps the documents of its survey: a single PDF was converted twice.
    @Test func dbImportConvertsEachPDFOnce() throws {
        let batch = try PDFBatch(pdfs: 2)
        defer { batch.remove() }
        let database = batch.root.appendingPathComponent("store.sqlite").path
        let result = try CommandRunner.run(
            ["db", "import", batch.documents.path, "--db", database],
            environment: batch.environment
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try batch.calls == 2)
        #expect(try batch.leftovers == [])
    }

    /// SIGTERM while the texts are kept (the first PDF's text is kept, the second is being converted, slowly): the run
    /// stops with status 143 and removes the directory of texts.
    @Test func aStoppedRunRemovesItsTexts() throws {
        let batch = try PDFBatch(pdfs: 2, texts: Self.keptDocumentLimit, delay: 20)
        defer { batch.remove() }
        let process = Process()
        process.executableURL = try CommandRunner.executable()
        process.arguments = ["validate", batch.documents.path, "--quiet"]
        process.environment = ProcessInfo.processInfo.environment.merging(batch.environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        var spooled = false
        while process.isRunning, Date() < deadline {
            if try batch.leftovers.contains(where: { $0.hasPrefix("yusuan-pdf-text-") }) {
                spooled = true
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(spooled, "no directory of texts appeared")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + SIGTERM)
        let leftovers = try batch.leftovers
        #expect(!leftovers.contains(where: { $0.hasPrefix("yusuan-pdf-text-") }), "\(leftovers)")
    }
}
