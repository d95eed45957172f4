import Foundation

/// Prints an HTML page to PDF with headless Chromium (`chromium --headless --print-to-pdf`). This runs a
/// process and writes temporary files; the renderers themselves do no I/O.
public enum ChromiumPDFPrinter {
    /// Why a PDF could not be made.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The message given when no Chromium is installed.
    public static let missingChromium = "yusuan: PDF needs Chromium: apt-get install chromium fonts-noto-cjk"

    /// The first Chromium executable on PATH (or in `$CHROMIUM`).
    public static func chromiumPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Whether a Chromium is installed (tests that print PDFs skip without it).
    public static var isAvailable: Bool { chromiumPath() != nil }

    /// The PDF of an HTML page.
    ///
    /// - Parameter timeLimit: seconds Chromium may run before it is stopped.
    public static func pdf(html: Data, timeLimit: Double = 120) throws -> Data {
        guard let chromium = chromiumPath() else { throw Failure(description: missingChromium) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)",
            isDirectory: true
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("document.html")
        let output = directory.appendingPathComponent("document.pdf")
        try html.write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            finished.wait()
            throw Failure(description: "yusuan: Chromium (\(chromium)) did not finish within \(Int(timeLimit)) s")
        }
        guard let data = FileManager.default.contents(atPath: output.path), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(
                description:
                    "yusuan: Chromium (\(chromium)) did not write a PDF (exit status \(process.terminationStatus))"
            )
        }
        return data
    }
}
