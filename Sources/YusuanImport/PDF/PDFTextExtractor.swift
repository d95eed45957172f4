import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs poppler's `pdftotext -bbox-layout` on a PDF, with a time limit, and returns its XHTML output (every word
/// with its box). Every failure is an ``ImportError``: poppler missing, a file that is not a PDF, encrypted,
/// truncated or unreadable, a run that exceeds the time limit.
enum PDFTextExtractor {
    /// The longest a single document may take before `pdftotext` is killed.
    static let defaultTimeLimit: Double = 30

    /// The `pdftotext` executable: `YUSUAN_PDFTOTEXT` when set, else the first one on `PATH`.
    static func executable() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["YUSUAN_PDFTOTEXT"] {
            return FileManager.default.isExecutableFile(atPath: override) ? URL(fileURLWithPath: override) : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Whether `pdftotext` can be found.
    static var isAvailable: Bool { executable() != nil }

    /// Checks the bytes look like a complete PDF before poppler sees them.
    static func checkStructure(_ data: Data, fileName: String) throws {
        let tail = data.suffix(2048)
        if tail.range(of: Data("%%EOF".utf8)) == nil {
            throw ImportError(
                .truncated,
                file: fileName,
                line: 1,
                expected: "a complete PDF (ending with %%EOF)",
                found: "a PDF cut off after \(data.count) bytes (no %%EOF at the end)"
            )
        }
    }

    /// Extracts the words of every page.
    ///
    /// - Throws: ``ImportError`` for every failure.
    static func extract(
        _ data: Data,
        fileName: String,
        timeLimit: Double = defaultTimeLimit,
        toolPath: String? = nil
    ) throws -> String {
        try checkStructure(data, fileName: fileName)
        let tool =
            toolPath.map { path in
                FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
            } ?? executable()
        guard let tool else {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "pdftotext to read a PDF (Yusuan needs pdftotext: apt-get install poppler-utils)",
                found: "no pdftotext on PATH"
            )
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        )
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.pdf")
        let output = directory.appendingPathComponent("output.html")
        let errors = directory.appendingPathComponent("stderr.txt")
        do {
            try data.write(to: input)
            // pdftotext's messages go to this file; it must exist before it can be opened for writing.
            try Data().write(to: errors)
        } catch {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "a writable temporary directory for pdftotext",
                found: "\(error)"
            )
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", input.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle = try? FileHandle(forWritingTo: errors)
        process.standardError = errorHandle ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "to run \(tool.path) (Yusuan needs pdftotext: apt-get install poppler-utils)",
                found: "\(error)"
            )
        }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            let killAt = Date().addingTimeInterval(1)
            while process.isRunning && Date() < killAt { usleep(5_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "pdftotext to finish within \(Int(timeLimit)) s",
                found: "a PDF it could not read in time (stopped)"
            )
        }
        process.waitUntilExit()
        try? errorHandle?.close()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        let status = process.terminationStatus
        if status != 0 || process.terminationReason != .exit {
            let encrypted =
                message.contains("password") || message.contains("Permission")
                || data.range(of: Data("/Encrypt".utf8)) != nil
            let lastLine = message.split(whereSeparator: \.isNewline).last { !$0.hasPrefix("Syntax Warning") }
            let detail = lastLine.map(String.init) ?? "exit status \(status)"
            throw ImportError(
                encrypted ? .binaryInput : .notADisclosure,
                file: fileName,
                line: 1,
                expected: encrypted ? "a PDF that is not encrypted" : "a readable PDF",
                found: encrypted
                    ? "an encrypted PDF that pdftotext cannot open (\(detail))"
                    : "a damaged or invalid PDF (pdftotext: \(detail))"
            )
        }
        guard let text = try? String(contentsOf: output, encoding: .utf8) else {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "the text of the PDF",
                found: "no output from pdftotext"
            )
        }
        return text
    }
}
