import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `yusuan serve --demo` as a user runs it: from another directory, on a free port, stopped with SIGTERM.
@Suite("yusuan serve")
struct ServeCommandTests {
    /// Reads the process's standard output until the line with the address arrives.
    static func address(from pipe: Pipe, timeout: TimeInterval = 60) throws -> String {
        let handle = pipe.fileHandleForReading
        var text = ""
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                return String(text[range])
            }
        }
        Issue.record("no address printed: \(text)")
        throw CancellationError()
    }

    static func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The `total` of a JSON list answer.
    static func total(_ json: String) throws -> Int? {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["total"] as? Int
    }

    @Test("--demo serves the samples from any directory, answers /healthz, and stops cleanly on SIGTERM")
    func demo() async throws {
        let process = Process()
        process.executableURL = try CommandRunner.executable()
        process.arguments = ["serve", "--demo", "--port", "0"]
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["LOG_LEVEL"] = "warning"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let address = try Self.address(from: output)
        let (status, body) = try await Self.get(address + "healthz")
        #expect(status == 200)
        #expect(body == "ok\n")
        let (homeStatus, home) = try await Self.get(address)
        #expect(homeStatus == 200)
        #expect(home.contains("重庆市南岸区人民政府办公室"))
        #expect(home.contains("演示模式"))
        #expect(home.contains("示例市生成区（生成样例）"))
        // The real samples' region has one 2025 document; the generated district a budget and a 决算 per department.
        let real = try #require("重庆市南岸区".addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let (_, api) = try await Self.get(address + "api/v1/disclosures?year=2025&region=\(real)")
        #expect(try Self.total(api) == 1)
        let generated = try #require("示例市生成区".addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let (_, generatedAPI) = try await Self.get(address + "api/v1/disclosures?year=2025&region=\(generated)")
        #expect(try Self.total(generatedAPI) == 32 * 2)
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "still running 20 s after SIGTERM")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test("--demo and --db together are refused")
    func conflictingOptions() throws {
        let result = try CommandRunner.run(["serve", "--demo", "--db", "x.sqlite"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--demo and --db exclude each other"))
    }
}
