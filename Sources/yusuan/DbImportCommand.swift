import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanServer
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
            Directories are searched recursively for .txt, .json, .xlsx and .pdf files. A first pass reads every \
            file for its department, year, kind and content; the narrative-only and tables-only files of one \
            disclosure (published as two PDFs) are paired (same department, year and kind, or file names that \
            differ only by a marker) and stored as one document in the place of the first; the pairs joined and \
            the parts left unpaired (stored alone) are printed. The second pass reads the documents again, \
            validates and prepares them in parallel, a bounded number at a time, and writes them in the order \
            given (directories sorted), so memory does not grow with the number of files. A document identical to its latest stored revision is reported unchanged; a changed one \
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

/// One run of `db import`: a survey of the files, then parallel reading, validation and preparing, ordered writing,
/// progress and summary.
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

    /// A unit read, validated and prepared for the store, or why it cannot be.
    struct PreparedUnit: Sendable {
        /// The unit's index among the units.
        var index: Int
        var label: String
        /// The file an error is reported at.
        var file: String
        var result: Result<PreparedDocument, any Error>
        /// The unit among the inputs (written before this one) whose document this one was validated against, on the
        /// assumption that its write makes it the latest revision of the prior year; checked before this one is
        /// written.
        var assumedPrior: Int?
    }

    let store: any DisclosureStore
    let files: [String]
    let region: String?
    let validates: Bool
    let verbose: Bool

    /// Imports the files in two passes (as `validate` reads them): a survey of every file's department, year, kind
    /// and content, which pairs the parts of disclosures published as two files and finds each document's prior year
    /// among the inputs; then the documents read again, validated and prepared in parallel, a bounded number in
    /// flight, and written in input order in batches, one transaction per document.
    ///
    /// A document is validated against the latest revision of its prior year stored when it is written: the prior
    /// year's document from the same run when it comes earlier in the batch (kept in memory a little while, or read
    /// again), checked to have become the latest revision before this one is written (else validated again against
    /// what is stored); otherwise the revision stored before the run, read from the store.
    func run() async throws -> Summary {
        let start = Date()
        var summary = Summary()
        summary.files = files.count

        // 1. Survey: descriptors only, no document kept. The files that cannot be read are reported in their place
        //    among the others, as they are written.
        var surveyed: [PartDescriptor] = []
        var surveyedFileIndex: [Int] = []
        var unreadable: [(file: Int, message: String)] = []
        // Each PDF converted once: a large batch's texts kept on disk between the passes, removed at the end.
        let spool = PDFTextSpool()
        defer { spool.remove() }
        for (index, (file, result)) in zip(files, await BatchSurvey.survey(files, spool: spool).descriptors)
            .enumerated()
        {
            switch result {
            case .success(let descriptor):
                surveyed.append(descriptor)
                surveyedFileIndex.append(index)
            case .failure(let error): unreadable.append((index, "\(Self.describe(error, file: file)) (skipped)"))
            }
        }
        var nextUnreadable = 0
        /// Reports the unreadable files before the file at `index`.
        func reportUnreadable(before index: Int) {
            while nextUnreadable < unreadable.count, unreadable[nextUnreadable].file < index {
                summary.failed += 1
                progress.clearLine()
                printError(unreadable[nextUnreadable].message)
                nextUnreadable += 1
            }
        }
        let units = PairedInputs(surveyed).units
        let progress = ProgressBar(total: units.count)
        for unit in units {
            if let note = PairedInputs.note(unit, chinese: false) {
                printError(note + (unit.unpaired == nil ? "" : "; validated and stored alone"))
            }
            if unit.files.count == 2 { summary.joined += 1 }
            if unit.unpaired != nil { summary.unpaired += 1 }
        }
        let keys = units.map { unit in
            DisclosureKey(
                department: DepartmentKey(
                    departmentName: unit.descriptor.departmentName,
                    departmentCode: unit.descriptor.departmentCode,
                    region: region
                ),
                year: unit.descriptor.year,
                kind: unit.descriptor.kind
            )
        }
        let plan = Self.plan(keys, validates: validates)

        // 2. Read, validate and prepare in parallel; write in order.
        var reported = 0
        // Whether each unit is the latest revision of its disclosure after its import (``madeLatest(_:)``).
        var becameLatest = [Bool](repeating: false, count: units.count)
        let work = Self.work(
            units: units,
            keys: keys,
            plan: plan,
            store: store,
            region: region,
            validates: validates,
            spool: spool
        )
        // A batch and half the default window in flight (the default window for SQLite's batches of 8), so that the
        // next batch is read and validated while one is written. (Twice a batch of 64 peaked at 245 MB against 75
        // with batches of one, 3,000 documents: a prepared document in flight holds about 1.3 MB.)
        let batchSize = store.importBatchSize
        try await OrderedPipeline.run(
            count: units.count,
            window: max(OrderedPipeline.defaultWindow, batchSize + OrderedPipeline.defaultWindow / 2),
            minimumRun: batchSize,
            work: work
        ) { _, prepared in
            var queue: [PreparedUnit] = []
            for item in prepared {
                if case .failure(let error) = item.result {
                    reportUnreadable(before: surveyedFileIndex[units[item.index].position])
                    summary.failed += 1
                    progress.clearLine()
                    printError("\(Self.describe(error, file: item.file)) (skipped)")
                } else {
                    queue.append(item)
                }
            }
            var rest = queue[...]
            while let first = rest.first {
                reportUnreadable(before: surveyedFileIndex[units[first.index].position])
                // The first unit's prior was written in an earlier batch: it must be the latest revision now.
                if let prior = first.assumedPrior, !becameLatest[prior] {
                    rest[rest.startIndex] = await revalidated(first, keys: keys)
                }
                var offsets: [Int: Int] = [:]
                for (offset, item) in rest.enumerated() { offsets[item.index] = offset }
                let assumed: [(prior: Int, offset: Int?)?] = rest.map { item in
                    item.assumedPrior.map { ($0, offsets[$0]) }
                }
                let earlier = becameLatest
                let documents = rest.compactMap { try? $0.result.get() }
                let outcomes = await store.importDocuments(documents) { index, outcomes in
                    // Stop before a unit whose prior (written in this batch or before) did not become the latest.
                    guard let (prior, offset) = assumed[index] else { return false }
                    guard let offset else { return !earlier[prior] }
                    return !Self.madeLatest(outcomes[offset])
                }
                for (item, outcome) in zip(rest, outcomes) {
                    reportUnreadable(before: surveyedFileIndex[units[item.index].position])
                    becameLatest[item.index] = Self.madeLatest(outcome)
                    record(outcome, of: item)
                }
                rest = rest.dropFirst(outcomes.count)
                if let next = rest.first, !outcomes.isEmpty {
                    rest[rest.startIndex] = await revalidated(next, keys: keys)
                }
            }
            reported += prepared.count
            progress.update(done: reported)
        }
        reportUnreadable(before: files.count)
        progress.finish()
        summary.seconds = Date().timeIntervalSince(start)
        return summary

        func record(_ outcome: Result<ImportResult, any Error>, of item: PreparedUnit) {
            let findings = (try? item.result.get())?.findings.count ?? 0
            do {
                let result = try outcome.get()
                switch result.status {
                case .created: summary.created += 1
                case .revised: summary.revised += 1
                case .unchanged: summary.unchanged += 1
                }
                if result.status != .unchanged { summary.findings += findings }
                if verbose {
                    progress.clearLine()
                    printError("\(item.label): \(result.status.rawValue) \(result.revision)")
                }
            } catch {
                summary.failed += 1
                progress.clearLine()
                printError("\(item.label):1: cannot store: \(error) (skipped)")
            }
        }
    }

    /// Whether the document is its disclosure's latest revision after its import: written (created or revised), or
    /// unchanged and identical to the latest revision — then the next year's document, validated against it, was
    /// validated against what the store holds. (An earlier revision's content imported again is not the latest.)
    static func madeLatest(_ outcome: Result<ImportResult, any Error>) -> Bool {
        guard case .success(let result) = outcome else { return false }
        return result.contentIsLatest
    }

    /// A unit validated again against the prior year's latest revision stored now (its assumed prior did not become
    /// the latest revision).
    func revalidated(_ item: PreparedUnit, keys: [DisclosureKey]) async -> PreparedUnit {
        var result = item
        result.assumedPrior = nil
        guard validates, case .success(var document) = item.result else { return result }
        let prior = await Self.storedPrior(of: keys[item.index], in: store)
        let budget = await Self.storedBudget(of: keys[item.index], in: store)
        document.findings = Validator().validate(document.disclosure, prior: prior, budget: budget).findings.map(
            StoredFinding.init(finding:)
        )
        result.result = .success(document)
        return result
    }

    /// The latest stored revision of the previous year of a disclosure, or `nil`.
    static func storedPrior(of key: DisclosureKey, in store: any DisclosureStore) async -> Disclosure? {
        (try? await store.latestDocument(of: key.priorYear)) ?? nil
    }

    /// For a 决算, the latest stored revision of the same department's budget of the same year, or `nil`.
    static func storedBudget(of key: DisclosureKey, in store: any DisclosureStore) async -> Disclosure? {
        guard key.kind == .finalAccount else { return nil }
        return (try? await store.latestDocument(of: key.budget)) ?? nil
    }

    /// Each unit's prior year among the units written before it: the last earlier unit with the key of the year
    /// before (the latest revision once it is written); and for a 决算, the last earlier unit of the same
    /// department's budget of the same year (its self-evaluations' targets, P8). A run that does not validate needs
    /// no prior and keeps no document (nothing would take them from the cache).
    static func plan(_ keys: [DisclosureKey], validates: Bool) -> PriorPlan {
        guard validates else { return PriorPlan(prior: Array(repeating: nil, count: keys.count)) }
        var last: [DisclosureKey: Int] = [:]
        var prior: [Int?] = []
        var budget: [Int?] = []
        prior.reserveCapacity(keys.count)
        budget.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            prior.append(last[key.priorYear])
            budget.append(key.kind == .finalAccount ? last[key.budget] : nil)
            last[key] = index
        }
        return PriorPlan(prior: prior, budget: budget)
    }

    /// Reads, validates and prepares one unit.
    static func work(
        units: [PairedInputs.Unit],
        keys: [DisclosureKey],
        plan: PriorPlan,
        store: any DisclosureStore,
        region: String?,
        validates: Bool,
        spool: PDFTextSpool? = nil
    ) -> @Sendable (Int) async -> PreparedUnit {
        let validator = Validator()
        let cache = PriorDocumentCache()
        return { index in
            let unit = units[index]
            var item = PreparedUnit(
                index: index,
                label: unit.label,
                file: unit.files[0],
                result: .failure(StorageError(.corrupt, "\(unit.label) was not read"))
            )
            let disclosure: Disclosure?
            do {
                disclosure = try unit.load(spool: spool)
            } catch {
                disclosure = nil
                item.result = .failure(error)
            }
            // Kept (or marked unreadable) before anything is awaited, so that no later unit waits in vain.
            if let uses = plan.kept[index] { await cache.put(disclosure, unit: index, uses: uses) }
            guard let disclosure else { return item }
            var findings: [StoredFinding] = []
            if validates {
                let prior: Disclosure?
                if let found = plan.prior[index] {
                    item.assumedPrior = found
                    if let uses = plan.kept[found] {
                        prior = await cache.take(found, uses: uses)
                    } else {
                        prior = try? units[found].load(spool: spool)
                    }
                } else {
                    prior = await storedPrior(of: keys[index], in: store)
                }
                var budget: Disclosure?
                if keys[index].kind == .finalAccount {
                    if let found = plan.budget[index] {
                        if let uses = plan.kept[found] {
                            budget = await cache.take(found, uses: uses)
                        } else {
                            budget = try? units[found].load(spool: spool)
                        }
                    } else {
                        budget = await storedBudget(of: keys[index], in: store)
                    }
                }
                findings = validator.validate(disclosure, prior: prior, budget: budget).findings.map(
                    StoredFinding.init(finding:)
                )
            }
            item.result = Result {
                try PreparedDocument(disclosure, findings: findings, source: unit.label, region: region)
            }
            return item
        }
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
