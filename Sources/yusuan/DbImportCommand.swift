import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanStorage
import YusuanValidation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `yusuan db import --db PATH PATH...`: parses documents in parallel and stores each in its own transaction.
struct DbImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import disclosures (files and directories) into the store, one transaction per document.",
        discussion: """
            Files are parsed and validated in parallel and written in the order given (directories sorted). A \
            document identical to its latest stored revision is reported unchanged; a changed one becomes a new \
            revision. A file that cannot be read is reported as FILE:LINE: … and skipped. Exit status 0, or 2 when \
            a file was skipped.
            """
    )

    @OptionGroup var store: DbStoreOptions

    @Argument(help: "Files (.txt published text, .json canonical JSON) and directories.")
    var paths: [String]

    @Option(help: "The region, when department names do not start with one (重庆市南岸区).")
    var region: String?

    @Flag(help: "Do not run the validator; store no findings.")
    var noValidate = false

    @Flag(help: "Print one line per document.")
    var verbose = false

    func run() async throws {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else {
            throw ValidationError("no .txt or .json file under \(paths.joined(separator: ", "))")
        }
        let store = try await self.store.open()
        let summary = try await store.using { store in
            try await DocumentImportRun(
                store: store,
                files: files,
                region: region,
                validates: !noValidate,
                verbose: verbose
            ).run()
        }
        printError(summary.text)
        if summary.failed > 0 { throw ExitCode(2) }
    }
}

/// One run of `db import`: parallel parsing, ordered writing, progress and summary.
struct DocumentImportRun {
    struct Summary {
        var created = 0
        var revised = 0
        var unchanged = 0
        var failed = 0
        var findings = 0
        var seconds = 0.0

        var text: String {
            let total = created + revised + unchanged + failed
            return String(
                format:
                    "%d files: %d created, %d revised, %d unchanged, %d failed; %d findings stored; %.2f s (%.0f documents/s)",
                total,
                created,
                revised,
                unchanged,
                failed,
                findings,
                seconds,
                seconds > 0 ? Double(total) / seconds : 0
            )
        }
    }

    let store: any DisclosureStore
    let files: [String]
    let region: String?
    let validates: Bool
    let verbose: Bool

    /// Files prepared ahead of the writer: enough for it to take them in batches while the other cores parse.
    static var window: Int { max(16, ProcessInfo.processInfo.activeProcessorCount * 8) }

    /// Prepares files in parallel and hands the store, in file order, batches of the documents ready (each still in
    /// its own transaction: one hop to the store's writer per batch instead of one per document).
    ///
    /// A document is validated against the latest revision of its prior year stored when it is written, whatever
    /// the timing of the parallel parsing: a batch ends before a document whose prior year is in it, and a document
    /// whose prior year was written after its validation is validated again before it is written.
    func run() async throws -> Summary {
        let start = Date()
        var summary = Summary()
        let progress = ProgressBar(total: files.count)
        let window = Self.window
        let batchSize = window / 2
        try await withThrowingTaskGroup(of: (Int, Result<PreparedFile, any Error>).self) { group in
            var next = 0
            var pending: [Int: Result<PreparedFile, any Error>] = [:]
            var written = 0
            // The disclosures this run has written: only their next years can have been validated too early.
            var writtenKeys: Set<DisclosureKey> = []
            func submit() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                next += 1
                group.addTask { [store, region, validates] in
                    do {
                        let prepared = try await PreparedFile.prepare(
                            file: file,
                            store: store,
                            region: region,
                            validates: validates
                        )
                        return (index, .success(prepared))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            /// Stores and reports the files ready in order, when there are at least `minimum` of them.
            func write(minimum: Int) async {
                var ready: [Result<PreparedFile, any Error>] = []
                while let result = pending[written + ready.count] { ready.append(result) }
                guard !ready.isEmpty, ready.count >= minimum else { return }
                for offset in ready.indices { pending.removeValue(forKey: written + offset) }
                var batch: ArraySlice<Result<PreparedFile, any Error>> = ready[...]
                while !batch.isEmpty {
                    let end = Self.endOfBatch(batch)
                    await write(Array(batch[..<end]))
                    batch = batch[end...]
                }
            }
            /// Stores one batch (no document in it is another's prior year) and reports its files.
            func write(_ batch: [Result<PreparedFile, any Error>]) async {
                var documents: [PreparedDocument] = []
                for case .success(var file) in batch {
                    if let prior = file.priorKey, writtenKeys.contains(prior) {
                        await file.revalidateIfThePriorYearChanged(in: store)
                    }
                    documents.append(file.document)
                }
                for document in documents { writtenKeys.insert(document.key) }
                var stored = await store.importDocuments(documents).makeIterator()
                var documentsInOrder = documents.makeIterator()
                for prepared in batch {
                    let file = files[written]
                    written += 1
                    switch prepared {
                    case .failure(let error):
                        summary.failed += 1
                        progress.clearLine()
                        printError("\(Self.describe(error, file: file)) (skipped)")
                    case .success:
                        if let document = documentsInOrder.next() { record(stored.next(), of: document, file: file) }
                    }
                    progress.update(done: written)
                }
            }
            func record(_ outcome: Result<ImportResult, any Error>?, of document: PreparedDocument, file: String) {
                do {
                    guard let outcome else {
                        throw StorageError(.corrupt, "the store gave no outcome for \(document.key)")
                    }
                    let result = try outcome.get()
                    switch result.status {
                    case .created: summary.created += 1
                    case .revised: summary.revised += 1
                    case .unchanged: summary.unchanged += 1
                    }
                    if result.status != .unchanged { summary.findings += document.findings.count }
                    if verbose {
                        progress.clearLine()
                        printError("\(file): \(result.status.rawValue) \(result.revision)")
                    }
                } catch {
                    summary.failed += 1
                    progress.clearLine()
                    printError("\(file):1: cannot store: \(error) (skipped)")
                }
            }
            for _ in 0..<window { submit() }
            while let (index, result) = try await group.next() {
                pending[index] = result
                submit()
                await write(minimum: batchSize)
            }
            await write(minimum: 1)
        }
        progress.finish()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Where the first batch of `files` ends: before the first document whose prior year is a document before it
    /// in the batch (it must be validated after that one is written), or at the end.
    static func endOfBatch(_ files: ArraySlice<Result<PreparedFile, any Error>>) -> Int {
        var keys: Set<DisclosureKey> = []
        for index in files.indices {
            guard case .success(let file) = files[index] else { continue }
            if let prior = file.priorKey, keys.contains(prior) { return index }
            keys.insert(file.document.key)
        }
        return files.endIndex
    }

    static func describe(_ error: any Error, file: String) -> String {
        let text = String(describing: error)
        return text.hasPrefix(file + ":") ? "error: \(text)" : "error: \(file):1: \(text)"
    }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let isEnabled: Bool
    private var lastDraw = Date.distantPast
    private let start = Date()

    init(total: Int) {
        self.total = total
        isEnabled = isatty(STDERR_FILENO) == 1
    }

    func update(done: Int) {
        guard isEnabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let rate = Double(done) / max(0.001, now.timeIntervalSince(start))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)  \(Int(rate)) documents/s ".utf8))
    }

    func clearLine() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
