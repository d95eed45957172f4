import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// One run of `yusuan validate` over a batch of any size, in two passes and with memory that does not grow with
/// the batch:
/// 1. **survey**: every input read once in parallel, keeping its department, year, kind and content
///    (``BatchSurvey``); the parts of disclosures published as two files are paired (``PairedInputs``) and each
///    document's prior year among the inputs is found (``PriorPlan``);
/// 2. **validation**: the documents read again (or, in a small batch, kept from the survey; a large batch's PDFs from
///    the texts the survey kept on disk, ``PDFTextSpool``) and validated in parallel, a bounded number in flight
///    (``OrderedPipeline``), each with its prior year — kept from a little earlier in the batch
///    (``PriorDocumentCache``) or read again —, and the report written as it goes, in input order, its summary
///    from counts (``DepartmentTally``).
struct ValidateRun {
    /// What the run found.
    struct Outcome {
        /// An input could not be used (exit status 2).
        var hasUnusableInput = false
        /// A document has an error (exit status 1).
        var hasErrors = false
        /// The per-department summary.
        var tally = DepartmentTally()
    }

    /// What validating one unit gave.
    enum UnitResult: Sendable {
        /// The unit's text in the report (its UTF-8 bytes) and what the summary needs of it.
        case report(body: [UInt8], item: DepartmentTally.Item, hasErrors: Bool)
        /// `FILE:LINE: message`: the unit could not be read.
        case unusable(String)
    }

    /// The paths given on the command line.
    var paths: [String]
    /// The document files under them.
    var files: [String]
    var writer: any StreamingReportWriter
    var language: Language
    /// `--prior FILE`.
    var priorPath: String?
    /// `--output FILE`, or standard output.
    var outputPath: String?
    /// Whether the per-department summary ends the report (the text format).
    var appendsSummary: Bool

    func run() async throws -> Outcome {
        var outcome = Outcome()
        let chinese = language == .zh
        var explicitPrior: Disclosure?
        if let priorPath {
            do {
                explicitPrior = try InputFiles.importDocument(priorPath)
            } catch {
                ValidateCommand.printError(ValidateCommand.describe(error, file: priorPath))
                outcome.hasUnusableInput = true
            }
        }

        // 1. Survey.
        var surveyed: [PartDescriptor] = []
        // Each PDF converted once: a large batch's texts kept on disk between the passes, removed at the end.
        let spool = PDFTextSpool()
        defer { spool.remove() }
        let survey = await BatchSurvey.survey(files, keepingDocuments: true, spool: spool)
        let kept = survey.documents
        for (file, result) in zip(files, survey.descriptors) {
            switch result {
            case .success(let descriptor):
                surveyed.append(descriptor)
            case .failure(let error):
                ValidateCommand.printError(ValidateCommand.describe(error, file: file))
                outcome.hasUnusableInput = true
            }
        }
        var units: [PairedInputs.Unit] = []
        if files == paths, surveyed.count == 2, PairedInputs.areComplementaryParts(surveyed[0], surveyed[1]) {
            // Two files given alone that are a narrative and tables are one disclosure, or an error.
            let pair = PairedInputs(joining: surveyed[0], surveyed[1]).units[0]
            do {
                _ = try pair.load()
                units = [pair]
                if let note = PairedInputs.note(pair, chinese: chinese) { ValidateCommand.printError(note) }
            } catch {
                ValidateCommand.printError(ValidateCommand.describe(error, file: pair.files[0]))
                outcome.hasUnusableInput = true
            }
        } else {
            units = PairedInputs(surveyed).units
            for unit in units {
                guard let note = PairedInputs.note(unit, chinese: chinese) else { continue }
                let alone = unit.unpaired == nil ? "" : chinese ? "；单独检查" : "; validated alone"
                ValidateCommand.printError(note + alone)
            }
        }
        let plan = Self.plan(units)

        // 2. Validation, the report written as it goes.
        let output: ReportOutput
        do {
            output = try ReportOutput(path: outputPath)
        } catch {
            throw ValidationError("\(error)")
        }
        do {
            try output.write(writer.header)
            var written = 0
            let work = Self.work(
                units: units,
                plan: plan,
                explicitPrior: explicitPrior,
                kept: kept,
                spool: spool,
                writer: writer
            )
            try await OrderedPipeline.run(count: units.count, work: work) { _, results in
                for result in results {
                    switch result {
                    case .report(let body, let item, let hasErrors):
                        if written > 0 { try output.write(writer.separator) }
                        try output.write(body)
                        written += 1
                        outcome.tally.add(item)
                        if hasErrors { outcome.hasErrors = true }
                    case .unusable(let message):
                        ValidateCommand.printError(message)
                        outcome.hasUnusableInput = true
                    }
                }
            }
            try output.write(writer.footer(entryCount: written))
            if appendsSummary { try output.write(outcome.tally.text(language: language)) }
            try output.commit()
        } catch {
            output.abandon()
            throw ValidationError("\(error)")
        }
        return outcome
    }

    /// Each unit's prior year among the units: the first unit of the same department (by name) and kind a year
    /// earlier, as `validate` has always paired them; and for a 决算, the first unit of the same department's budget
    /// of the same year (its self-evaluations' targets, P8).
    static func plan(_ units: [PairedInputs.Unit]) -> PriorPlan {
        var byYear: [DepartmentYear: Int] = [:]
        let keys = units.map { DepartmentYear($0.descriptor) }
        for (index, key) in keys.enumerated() where byYear[key] == nil { byYear[key] = index }
        return PriorPlan(
            prior: keys.map { byYear[$0.previous] },
            budget: keys.map { key in key.kind == .finalAccount ? byYear[key.budget] : nil }
        )
    }

    /// Reads, validates and renders one unit.
    static func work(
        units: [PairedInputs.Unit],
        plan: PriorPlan,
        explicitPrior: Disclosure?,
        kept: [String: Disclosure] = [:],
        spool: PDFTextSpool? = nil,
        writer: any StreamingReportWriter
    ) -> @Sendable (Int) async -> UnitResult {
        // A single file's document the survey kept, else the unit read again.
        @Sendable func load(_ unit: PairedInputs.Unit) throws -> Disclosure {
            if unit.joinOrder.count == 1, let document = kept[unit.joinOrder[0]] { return document }
            return try unit.load(spool: spool)
        }
        let validator = Validator()
        let cache = PriorDocumentCache()
        return { index in
            let unit = units[index]
            let document: Disclosure?
            var failure: (any Error)?
            do {
                document = try load(unit)
            } catch {
                document = nil
                failure = error
            }
            // Kept (or marked unreadable) before anything is awaited, so that no later unit waits in vain.
            if let uses = plan.kept[index] { await cache.put(document, unit: index, uses: uses) }
            guard let document else {
                return .unusable(ValidateCommand.describe(failure ?? ValidationError("not read"), file: unit.files[0]))
            }
            var prior = explicitPrior
            if let found = plan.prior[index] {
                let read: Disclosure?
                if let uses = plan.kept[found] {
                    read = await cache.take(found, uses: uses)
                } else {
                    read = try? load(units[found])
                }
                prior = read ?? explicitPrior
            }
            var budget: Disclosure?
            if let found = plan.budget[index] {
                if let uses = plan.kept[found] {
                    budget = await cache.take(found, uses: uses)
                } else {
                    budget = try? load(units[found])
                }
            }
            let report = validator.validate(document, prior: prior, budget: budget)
            let entry = ReportEntry(fileName: unit.label, report: report)
            return .report(
                body: writer.bodyBytes(of: entry),
                item: DepartmentTally.Item(report, kind: document.identity.kind),
                hasErrors: report.hasErrors
            )
        }
    }
}
