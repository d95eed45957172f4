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
            Directories are searched recursively for .txt, .json, .xlsx and .pdf files. Files are parsed and \
            validated in parallel and written in the order given (directories sorted). The narrative-only and \
            tables-only files of one disclosure (published as two PDFs) are held until every file is read, then \
            paired (same department, year and kind, or file names that differ only by a marker), joined and \
            stored as one document after the others; the pairs joined and the parts left unpaired (stored alone) \
            are printed. A document identical to its latest stored revision is reported unchanged; a changed one \
            becomes a new revision. A file that cannot be read is reported as FILE:LINE: … and skipped. Exit \
            status 0, or 2 when a file was skipped.
            """
    )

    @OptionGroup var store: DbStoreOptions

    @Argument(help: "Files (.txt published text, .json canonical JSON, .xlsx workbooks, .pdf) and directories.")
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
            throw ValidationError("no .txt, .json, .xlsx or .pdf file under \(paths.joined(separator: ", "))")
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

/// One run of `db import`: parallel parsing, ordered writing, the parts of disclosures paired at the end, progress
/// and summary.
struct DocumentImportRun {
    struct Summary {
        var files = 0
        var created = 0
        var revised = 0
        var unchanged = 0
        var failed = 0
        var findings = 0
        /// Pairs of files stored as one document.
        var joined = 0
        /// Parts stored without their other file.
        var unpaired = 0
        var seconds = 0.0

        /// The documents reported (a joined pair is one).
        var documents: Int { created + revised + unchanged + failed }

        var text: String {
            let parts =
                joined + unpaired == 0
                ? ""
                : "\(joined) \(joined == 1 ? "pair" : "pairs") joined, \(unpaired) unpaired \(unpaired == 1 ? "part" : "parts"); "
            return String(
                format:
                    "%d files: %d created, %d revised, %d unchanged, %d failed; %@%d findings stored; %.2f s (%.0f documents/s)",
                files,
                created,
                revised,
                unchanged,
                failed,
                parts,
                findings,
                seconds,
                seconds > 0 ? Double(documents) / seconds : 0
            )
        }
    }

    /// What parsing one file gave: a document ready for the store, or one part of a disclosure (narrative only or
    /// tables only), held until every file is read and its other part can be found.
    enum ParsedFile: Sendable {
        case prepared(PreparedFile)
        case part(Disclosure)
    }

    /// A document to store under a label (its file, or `NARRATIVE + TABLES`), or why it cannot be.
    typealias Item = (label: String, file: String, result: Result<PreparedFile, any Error>)

    let store: any DisclosureStore
    let files: [String]
    let region: String?
    let validates: Bool
    let verbose: Bool

    /// Files prepared ahead of the writer: enough for it to take them in batches while the other cores parse.
    static var window: Int { max(16, ProcessInfo.processInfo.activeProcessorCount * 8) }

    /// Prepares files in parallel and hands the store, in file order, batches of the documents ready (each still in
    /// its own transaction: one hop to the store's writer per batch instead of one per document). The parts of
    /// disclosures published as two files are held aside, then paired, joined and stored after the other files.
    ///
    /// A document is validated against the latest revision of its prior year stored when it is written, whatever
    /// the timing of the parallel parsing: a batch ends before a document whose prior year is in it, and a document
    /// whose prior year was written after its validation is validated again before it is written.
    func run() async throws -> Summary {
        let start = Date()
        var summary = Summary()
        summary.files = files.count
        let progress = ProgressBar(total: files.count)
        let window = Self.window
        let batchSize = window / 2
        var reported = 0
        // The disclosures this run has written: only their next years can have been validated too early.
        var writtenKeys: Set<DisclosureKey> = []
        // The parts of disclosures published as two files, with their files, in file order.
        var held: [(file: String, document: Disclosure)] = []

        /// Stores one batch (no document in it is another's prior year) and reports its items.
        func writeBatch(_ batch: ArraySlice<Item>) async {
            var documents: [PreparedDocument] = []
            for case (_, _, .success(var file)) in batch {
                if let prior = file.priorKey, writtenKeys.contains(prior) {
                    await file.revalidateIfThePriorYearChanged(in: store)
                }
                documents.append(file.document)
            }
            for document in documents { writtenKeys.insert(document.key) }
            var stored = await store.importDocuments(documents).makeIterator()
            var documentsInOrder = documents.makeIterator()
            for item in batch {
                switch item.result {
                case .failure(let error):
                    summary.failed += 1
                    progress.clearLine()
                    printError("\(Self.describe(error, file: item.file)) (skipped)")
                case .success:
                    if let document = documentsInOrder.next() { record(stored.next(), of: document, label: item.label) }
                }
            }
        }
        /// Stores items in batches that end before a document whose prior year is among them.
        func writeItems(_ items: [Item]) async {
            var rest = items[...]
            while !rest.isEmpty {
                let end = Self.endOfBatch(rest.map(\.result)[...]) + rest.startIndex
                await writeBatch(rest[..<end])
                rest = rest[end...]
            }
        }
        func record(_ outcome: Result<ImportResult, any Error>?, of document: PreparedDocument, label: String) {
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
                    printError("\(label): \(result.status.rawValue) \(result.revision)")
                }
            } catch {
                summary.failed += 1
                progress.clearLine()
                printError("\(label):1: cannot store: \(error) (skipped)")
            }
        }

        try await withThrowingTaskGroup(of: (Int, Result<ParsedFile, any Error>).self) { group in
            var next = 0
            var pending: [Int: Result<ParsedFile, any Error>] = [:]
            var taken = 0
            func submit() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                next += 1
                group.addTask { [store, region, validates] in
                    do {
                        let document = try InputFiles.importDocument(file)
                        if document.content != .whole { return (index, .success(.part(document))) }
                        let prepared = try await PreparedFile.prepare(
                            document,
                            source: file,
                            store: store,
                            region: region,
                            validates: validates
                        )
                        return (index, .success(.prepared(prepared)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            /// Stores and reports the files ready in order, when there are at least `minimum` of them; parts are
            /// held.
            func write(minimum: Int) async {
                var ready: [Result<ParsedFile, any Error>] = []
                while let result = pending[taken + ready.count] { ready.append(result) }
                guard !ready.isEmpty, ready.count >= minimum else { return }
                var items: [Item] = []
                for (offset, result) in ready.enumerated() {
                    let file = files[taken + offset]
                    pending.removeValue(forKey: taken + offset)
                    switch result {
                    case .failure(let error): items.append((file, file, .failure(error)))
                    case .success(.prepared(let prepared)): items.append((file, file, .success(prepared)))
                    case .success(.part(let document)): held.append((file, document))
                    }
                }
                taken += ready.count
                await writeItems(items)
                reported += ready.count
                progress.update(done: reported)
            }
            for _ in 0..<window { submit() }
            while let (index, result) = try await group.next() {
                pending[index] = result
                submit()
                await write(minimum: batchSize)
            }
            await write(minimum: 1)
        }

        // The parts: paired and joined now that every file is read, each stored after the previous one so that it is
        // validated against a prior year stored by this run.
        for unit in PairedInputs(held).units {
            if let note = PairedInputs.note(unit, chinese: false) {
                progress.clearLine()
                printError(note + (unit.unpaired == nil ? "" : "; validated and stored alone"))
            }
            if unit.files.count == 2, case .success = unit.document { summary.joined += 1 }
            if unit.unpaired != nil { summary.unpaired += 1 }
            let result: Result<PreparedFile, any Error>
            do {
                result = .success(
                    try await PreparedFile.prepare(
                        unit.document.get(),
                        source: unit.label,
                        store: store,
                        region: region,
                        validates: validates
                    )
                )
            } catch {
                result = .failure(error)
            }
            await writeItems([(unit.label, unit.files[0], result)])
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
