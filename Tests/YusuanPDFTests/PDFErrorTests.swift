import Foundation
import Testing
import YusuanCore
import YusuanImport

/// Broken, encrypted, scanned and hanging PDFs give a located ImportError (exit status 2 in the CLI), never a crash
/// or a hang.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct PDFErrorTests {
    private func importError(_ data: Data, name: String, timeLimit: Double = 30, tool: String? = nil) throws
        -> ImportError
    {
        let error = try #require(throws: ImportError.self) {
            if let tool {
                _ = try PDFImporter.importDocument(data: data, fileName: name, timeLimit: timeLimit, toolPath: tool)
            } else {
                _ = try DocumentImporter.importDocument(data: data, fileName: name)
            }
        }
        #expect(error.description.hasPrefix("\(name):"))
        return error
    }

    @Test func pdfIsDetectedFromContent() throws {
        let data = try PDFFixtures.data(PDFFixtures.shanghaiBudget)
        #expect(try DocumentImporter.detectFormat(of: data, fileName: "x") == .pdf)
    }

    @Test func truncatedPDF() throws {
        let data = try PDFFixtures.data(PDFFixtures.shanghaiBudget)
        let error = try importError(data.prefix(data.count / 2), name: "cut.pdf")
        #expect(error.code == .truncated)
        #expect(error.description.contains("%%EOF"))
    }

    @Test func garbageWithPDFHeader() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = Data("%PDF-1.7\n".utf8)
        bytes += Data((0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        bytes += Data("\n%%EOF\n".utf8)
        let error = try importError(bytes, name: "garbage.pdf")
        #expect(error.code == .notADisclosure || error.code == .binaryInput)
    }

    @Test func headerOnly() throws {
        let error = try importError(Data("%PDF-1.4\n".utf8), name: "header.pdf")
        #expect(error.code == .truncated)
    }

    @Test func encryptedPDF() throws {
        let error = try importError(MinimalPDF.make(encrypted: true), name: "locked.pdf")
        #expect(error.description.contains("encrypted"))
    }

    @Test func scannedPDFWithoutText() throws {
        let error = try importError(MinimalPDF.make(), name: "scan.pdf")
        #expect(error.code == .notADisclosure)
        #expect(error.description.contains("text layer"))
    }

    @Test func missingPoppler() throws {
        let data = try PDFFixtures.data(PDFFixtures.shanghaiBudget)
        let error = try importError(data, name: "a.pdf", tool: "/nonexistent/pdftotext")
        #expect(error.description.contains("apt-get install poppler-utils"))
    }

    @Test func hangingExtractionIsKilled() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-hang-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 60\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let start = Date()
        let error = try importError(MinimalPDF.make(), name: "slow.pdf", timeLimit: 1, tool: script.path)
        #expect(error.description.contains("within 1 s"))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func notABudgetDocument() throws {
        // The scanned PDF's text layer is empty; a PDF with text of another kind names the known templates.
        let data = try PDFFixtures.data(PDFFixtures.shanghaiBudget)
        #expect(throws: Never.self) { _ = try DocumentImporter.importDocument(data: data, fileName: "ok.pdf") }
    }
}
