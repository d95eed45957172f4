import Foundation
import Synchronization
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite
import YusuanTestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `yusuan` binary: killed imports leave every document whole or absent, and two importers
/// writing at once both succeed.
@Suite("yusuan db import processes", .serialized)
struct CrashConsistencyTests {
    /// The databases the process tests run against: SQLite, and PostgreSQL when a URL is given.
    static var targets: [StoreKind] { StoreKind.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test(arguments: targets)
    func killedImportsLeaveEveryDocumentWholeOrAbsent(_ kind: StoreKind) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let documents = try await workspace.generate(count: 300, seed: 5, into: "docs")
        let database = try workspace.database(kind)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for round in 1...6 {
            let process = try ProcessRunner.start(["db", "import", "--db", database.location, workspace.path("docs")])
            let delay = UInt64.random(in: 50...2_500, using: &generator)
            try await Task.sleep(nanoseconds: delay * 1_000_000)
            let wasRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            await ProcessRunner.waitUntilExit(process)
            if wasRunning && process.terminationReason == .uncaughtSignal { interrupted += 1 }
            let stored = try await Self.checkConsistency(database)
            print("round \(round): killed after \(delay) ms, \(stored) revisions stored, all whole")
        }
        #expect(interrupted > 0, "no import was killed while running; the documents were imported too fast")

        let finished = try await ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(finished.status == 0, "\(finished.standardError)")
        _ = try await Self.checkConsistency(database)
        try await Self.expectAllPresent(documents, in: database)
        let again = try await ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(again.standardError.contains("\(documents.count) unchanged"), "\(again.standardError)")
        try await database.drop()
    }

    @Test(arguments: targets)
    func twoImportersAtOnceBothSucceed(_ kind: StoreKind) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try await workspace.generate(count: 80, seed: 21, into: "first")
        let second = try await workspace.generate(count: 80, seed: 22, into: "second")
        let database = try workspace.database(kind)
        // Create the schema first so that both start on a migrated database.
        try await database.open().close()
        let a = try ProcessRunner.start(["db", "import", "--db", database.location, workspace.path("first")])
        let b = try ProcessRunner.start(["db", "import", "--db", database.location, workspace.path("second")])
        await ProcessRunner.waitUntilExit(a)
        await ProcessRunner.waitUntilExit(b)
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        _ = try await Self.checkConsistency(database)
        try await Self.expectAllPresent(first + second, in: database)
        try await database.drop()
    }

    /// Every stored revision is whole: its document decodes, its facts are those of the document, its counts
    /// agree, revision numbers have no gaps, and the rows of the `facts` view are the amounts of every revision.
    /// Returns the number of revisions.
    static func checkConsistency(_ database: Database) async throws -> Int {
        let store = try await database.open()
        var revisionCount = 0
        var factCount = 0
        do {
            for listing in try await store.disclosures(region: nil, year: nil) {
                let revisions = try await store.revisions(of: listing.key)
                #expect(revisions.map(\.key.number) == Array(1...max(1, revisions.count)))
                #expect(listing.revisionCount == revisions.count)
                for revision in revisions {
                    let document = try await store.document(revision.key)
                    let facts = try await store.facts(revision.key)
                    #expect(facts == FactExtractor.facts(of: document), "\(revision.key) has partial facts")
                    #expect(facts.count == revision.factCount)
                    #expect(try await store.findings(revision.key).count == revision.findingCount)
                    revisionCount += 1
                    factCount += facts.count
                }
            }
            var viewRows = 0
            var position: RowPosition?
            repeat {
                let page = try await store.factRows(FactFilter(latestOnly: false), after: position, limit: 20_000)
                viewRows += page.rows.count
                position = page.next
            } while position != nil
            #expect(viewRows == factCount, "the facts view holds other amounts than the revisions")
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
        return revisionCount
    }

    static func expectAllPresent(_ documents: [PreparedDocument], in database: Database) async throws {
        let store = try await database.open()
        for document in documents {
            let hashes = try await store.revisions(of: document.key).map(\.contentHash)
            #expect(hashes.contains(document.contentHash), "\(document.key) is missing")
        }
        try await store.close()
    }
}

/// A database for the process tests, named by the location the CLI takes with `--db`.
struct Database {
    let kind: StoreKind
    let location: String

    func open() async throws -> any DisclosureStore {
        kind == .postgres ? try await PostgresDisclosureStore(url: location) : try SQLiteDisclosureStore(path: location)
    }

    func drop() async throws {
        guard kind == .postgres else { return }
        let store = try await PostgresDisclosureStore(url: location)
        try await store.dropSchema()
        try await store.close()
    }
}

/// A temporary directory with generated documents.
struct Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// Writes generated documents with `yusuan generate` and reads them back as they will be stored.
    func generate(count: Int, seed: Int, into name: String) async throws -> [PreparedDocument] {
        let result = try await ProcessRunner.run([
            "generate", "--count", String(count), "--seed", String(seed), "--output", path(name),
        ])
        try #require(result.status == 0, "yusuan generate failed: \(result.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: path(name)).sorted()
        return try files.map { file in
            let data = try Data(contentsOf: root.appendingPathComponent(name).appendingPathComponent(file))
            return try PreparedDocument(DocumentImporter.importDocument(data: data, fileName: file))
        }
    }

    func database(_ kind: StoreKind) throws -> Database {
        switch kind {
        case .postgres:
            let base = try #require(StoreKind.postgresURL, Comment(rawValue: StoreKind.postgresSkipMessage))
            return Database(
                kind: kind,
                location: TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_process_")
            )
        default:
            return Database(kind: .sqlite, location: path("store.sqlite"))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Runs the `yusuan` executable built next to the test bundle.
///
/// A test never waits for a process on a thread of Swift's cooperative pool: that pool has one thread per core (two on
/// the CI machine), and a test that blocked them waiting for a `yusuan db import` that waits, in turn, for a lock
/// held by a store opened in this process (whose next step needs one of those threads) hung the suite. The blocking
/// calls (`readDataToEndOfFile`, `waitUntilExit`) run on a thread of their own.
enum ProcessRunner {
    struct Result: Sendable {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "the yusuan executable is not built; searched \(searched.joined(separator: ", "))" }
    }

    static func executable() throws -> URL {
        // The build directory holds the resource bundles beside the executables: `…/debug/<bundle>/Samples/<file>`.
        let bundleDirectory = try BundledSamples.url(named: BundledSamples.names[0])
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let argumentDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("yusuan"), argumentDirectory.appendingPathComponent("yusuan"),
            argumentDirectory.deletingLastPathComponent().appendingPathComponent("yusuan"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingExecutable(searched: candidates.map(\.path))
        }
        return found
    }

    /// Starts `yusuan` with its output discarded.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for a started process to exit, on a thread of its own.
    static func waitUntilExit(_ process: Process) async {
        nonisolated(unsafe) let process = process
        await offThePool { process.waitUntilExit() }
    }

    /// Runs `yusuan` to the end.
    static func run(_ arguments: [String]) async throws -> Result {
        let executable = try executable()
        return try await offThePool { try runBlocking(executable, arguments) }
    }

    /// Runs `yusuan` to the end, blocking the calling thread.
    private static func runBlocking(_ executable: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Standard output is read on another thread, so that neither pipe fills while the other is read.
        let outputData = Mutex(Data())
        let outputRead = DispatchSemaphore(value: 0)
        Thread {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            outputData.withLock { $0 = data }
            outputRead.signal()
        }.start()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        outputRead.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData.withLock { $0 }, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Runs blocking `work` on a new thread (never one of the cooperative pool's) and returns its result.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try work() }) }.start()
        }
    }

    /// Runs blocking `work` on a new thread (never one of the cooperative pool's).
    static func offThePool(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { continuation in
            Thread {
                work()
                continuation.resume()
            }.start()
        }
    }
}
