import Foundation
import Testing
import YusuanSamples

/// Runs the built `yusuan` executable, as a user would.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `yusuan` executable next to the test bundle.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        let bundleDirectory = Bundle.module.bundleURL.deletingLastPathComponent()
        candidates.append(bundleDirectory.appendingPathComponent("yusuan"))
        let argumentDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argumentDirectory.appendingPathComponent("yusuan"))
        candidates.append(argumentDirectory.deletingLastPathComponent().appendingPathComponent("yusuan"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingExecutable(searched: candidates.map(\.path))
        }
        return found
    }

    struct MissingExecutable: Error { var searched: [String] }

    /// Runs `yusuan` with the arguments, optional standard input and environment variables added to this process's.
    static func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// The path of a fixture file: a bundled sample (`samples/`) or a file of `Fixtures/`.
    static func fixture(_ name: String) throws -> String {
        if BundledSamples.names.contains(name) { return try BundledSamples.url(named: name).path }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw MissingExecutable(searched: [name])
        }
        return url.path
    }

    /// Runs `body` with the path of a temporary file holding `content`, then removes the file and its directory.
    static func withTemporaryFile<Result>(
        _ content: Data,
        name: String,
        _ body: (String) throws -> Result
    ) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try content.write(to: url)
        return try body(url.path)
    }
}
