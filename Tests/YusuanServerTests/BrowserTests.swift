import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import YusuanServer

/// External programs for the real-browser test; it skips when they are missing.
enum BrowserTools {
    static func executable(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    static let chromium = executable("chromium", "chromium-browser", "google-chrome")
    static let python = executable("python3")
    static let hasPillow: Bool = {
        guard let python else { return false }
        return (try? runBlocking(python, ["-c", "import PIL"]).status) == 0
    }()

    /// Runs a program to the end without blocking a Swift concurrency thread (the server under test needs them).
    static func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking(executable, arguments) })
            }
        }
    }

    static func runBlocking(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite("Portal in a real browser")
struct BrowserTests {
    /// Where the screenshots are kept for a person to look at (`YUSUAN_SCREENSHOTS=DIR`), else a temporary folder.
    static func screenshotDirectory() throws -> URL {
        if let kept = ProcessInfo.processInfo.environment["YUSUAN_SCREENSHOTS"] {
            let url = URL(fileURLWithPath: kept, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-shots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(
        "headless Chromium renders home, a disclosure and compare: non-blank screenshots with the Chinese text",
        .enabled(
            if: BrowserTools.chromium != nil && BrowserTools.hasPillow,
            "needs chromium and python3 with PIL (apt-get install chromium fonts-noto-cjk; pip install pillow)"
        )
    )
    func screenshots() async throws {
        let chromium = try #require(BrowserTools.chromium)
        let python = try #require(BrowserTools.python)
        let directory = try Self.screenshotDirectory()
        let keep = ProcessInfo.processInfo.environment["YUSUAN_SCREENSHOTS"] != nil
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        let services = try await PortalFixture.services()
        let app = Application(
            router: PortalRouter.make(services: services),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: services.logger
        )
        let pages: [(name: String, path: String, text: [String])] = [
            ("home", "/", ["部门预算公开", "重庆市南岸区人民政府办公室"]),
            (
                "disclosure", PortalFixture.path("/disclosures", PortalFixture.office2025),
                ["财政拨款收支总表", "校验结果", "支出按功能分类"]
            ),
            (
                "compare",
                "/compare?mode=years&department=\(PortalIdentifiers.queryValue("重庆市南岸区-202"))&year=2025",
                ["支出合计", "2025 年与 2024 年"]
            ),
        ]
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for page in pages {
                let url = "http://127.0.0.1:\(port)\(page.path)"
                let shot = directory.appendingPathComponent("\(page.name).png")
                let profile = directory.appendingPathComponent("profile-\(page.name)").path
                let common = [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)",
                ]
                _ = try await BrowserTools.run(
                    chromium,
                    common + ["--window-size=1280,1600", "--screenshot=\(shot.path)", url]
                )
                #expect(FileManager.default.fileExists(atPath: shot.path), "\(page.name)")
                let script = """
                    import sys
                    from PIL import Image, ImageStat
                    image = Image.open(sys.argv[1]).convert("L")
                    stat = ImageStat.Stat(image)
                    dark = image.point(lambda p: 255 if p < 128 else 0).histogram()[255]
                    print(f"{stat.var[0]:.1f} {dark}")
                    """
                let result = try await BrowserTools.run(python, ["-W", "ignore", "-c", script, shot.path])
                let numbers = (result.output.split(separator: "\n").last ?? "").split(separator: " ").compactMap {
                    Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                #expect(numbers.count == 2, "\(page.name): \(result.output)")
                if numbers.count == 2 {
                    #expect(numbers[0] > 100, "\(page.name): pixel variance \(numbers[0])")
                    #expect(numbers[1] > 3000, "\(page.name): dark pixels \(numbers[1])")
                }
                let dom = try await BrowserTools.run(chromium, common + ["--dump-dom", url])
                for text in page.text {
                    #expect(dom.output.contains(text), "\(page.name): DOM lacks \(text)")
                }
            }
        }
    }
}
