import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// `yusuan validate PATH... [--format text|json|csv] [--lang zh|en] [--prior FILE] [--output FILE]`.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check disclosures against the rules of the catalogue (arithmetic, cross-table, narrative, codes).",
        discussion: """
            PATH is a document (published text, canonical JSON, a workbook or a PDF), or a directory searched \
            recursively for .txt, .json, .xlsx and .pdf files; files are read and validated in parallel. The \
            narrative-only and tables-only files of one disclosure (published as two PDFs) are paired by \
            department, year and kind, or by file names that differ only by a marker (-narrative/-tables, \
            说明/表), and validated as one document; the pairs joined and the parts left unpaired are printed. Two \
            files given alone that are a narrative and tables must be one disclosure. A document whose department \
            also appears with the previous year among the inputs is checked against it (N5); --prior gives that \
            document explicitly. \
            Exit status: 0 without errors (warnings and info allowed), 1 when a document has an error, 2 when an \
            input cannot be used (printed as FILE:LINE: message).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "Files or directories to validate.")
    var paths: [String]

    @Option(help: "Report format: text (compiler-style diagnostics), json or csv.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the messages: zh or en.")
    var language: Language = .zh

    @Option(help: "The same department's document of the previous year.")
    var prior: String?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "Leave info findings (rounding, style) out of the text report; they are still counted.")
    var quiet = false

    func run() async throws {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else {
            throw ValidationError("no .txt, .json, .xlsx or .pdf file under \(paths.joined(separator: ", "))")
        }
        var unusable = false
        var priorDocument: Disclosure?
        if let prior {
            do {
                priorDocument = try Self.load(prior)
            } catch {
                Self.printError(Self.describe(error, file: prior))
                unusable = true
            }
        }
        let loaded = await Self.loadAll(files)
        var read: [(file: String, document: Disclosure)] = []
        for (file, result) in zip(files, loaded) {
            switch result {
            case .success(let document): read.append((file, document))
            case .failure(let error):
                Self.printError(Self.describe(error, file: file))
                unusable = true
            }
        }
        // Two files given alone that are a narrative and tables are one disclosure, or an error.
        let inputs =
            files == paths && read.count == 2 && PairedInputs.areComplementaryParts(read[0].document, read[1].document)
            ? PairedInputs(joining: read[0], read[1]) : PairedInputs(read)
        var documents: [(String, Disclosure)] = []
        for unit in inputs.units {
            switch unit.document {
            case .success(let document):
                documents.append((unit.label, document))
                if let note = PairedInputs.note(unit, chinese: language == .zh) {
                    let alone = unit.unpaired == nil ? "" : language == .zh ? "；单独检查" : "; validated alone"
                    Self.printError(note + alone)
                }
            case .failure(let error):
                Self.printError(Self.describe(error, file: unit.files[0]))
                unusable = true
            }
        }
        let entries = await Self.validateAll(documents, explicitPrior: priorDocument)
        let rendered: String
        switch format {
        case .text:
            rendered =
                TextReportWriter(language: language, includesInfo: !quiet).render(entries)
                + Self.departmentSummary(entries, language: language)
        case .json: rendered = JSONReportWriter(language: language).render(entries)
        case .csv: rendered = CSVReportWriter(language: language).render(entries)
        }
        if let output {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
            Self.printError(Self.departmentSummary(entries, language: language), terminator: "")
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if unusable { throw ExitCode(2) }
        if entries.contains(where: { $0.report.hasErrors }) { throw ExitCode(1) }
    }

    /// Reads every file in parallel (text, canonical JSON, workbook or PDF, recognised from the content).
    static func loadAll(_ files: [String]) async -> [Result<Disclosure, any Error>] {
        await withTaskGroup(of: (Int, Result<Disclosure, any Error>).self) { group in
            for (index, file) in files.enumerated() {
                group.addTask { (index, Result { try load(file) }) }
            }
            var results = [Result<Disclosure, any Error>](
                repeating: .failure(ValidationError("not read")),
                count: files.count
            )
            for await (index, result) in group { results[index] = result }
            return results
        }
    }

    /// Validates every document in parallel, pairing each with the previous year of the same department when
    /// it is among the inputs (or is the explicit prior document).
    static func validateAll(_ documents: [(String, Disclosure)], explicitPrior: Disclosure?) async -> [ReportEntry] {
        let validator = Validator()
        let candidates = documents.map(\.1) + (explicitPrior.map { [$0] } ?? [])
        var byYear: [DepartmentYear: Disclosure] = [:]
        for candidate in candidates where byYear[DepartmentYear(candidate.identity)] == nil {
            byYear[DepartmentYear(candidate.identity)] = candidate
        }
        return await withTaskGroup(of: (Int, ReportEntry).self) { group in
            for (index, (file, document)) in documents.enumerated() {
                let prior = byYear[DepartmentYear(document.identity).previous] ?? explicitPrior
                group.addTask {
                    (index, ReportEntry(fileName: file, report: validator.validate(document, prior: prior)))
                }
            }
            var entries: [ReportEntry?] = Array(repeating: nil, count: documents.count)
            for await (index, entry) in group { entries[index] = entry }
            return entries.compactMap { $0 }
        }
    }

    /// Reads a document; its format (text, canonical JSON, workbook, PDF) is recognised from the content, as by
    /// `yusuan import`.
    static func load(_ path: String) throws -> Disclosure { try InputFiles.importDocument(path) }

    /// `FILE:LINE: message` for an error that made an input unusable.
    static func describe(_ error: any Error, file: String) -> String {
        let text = String(describing: error)
        if text.hasPrefix(file + ":") { return text }
        if error is DecodingError || error is CanonicalJSONError { return "\(file):1: \(text)" }
        return text.contains(":") && text.split(separator: ":").count > 2 ? text : "\(file):1: \(text)"
    }

    /// One line per department: documents (and the parts among them validated without their other file), errors,
    /// warnings, info.
    static func departmentSummary(_ entries: [ReportEntry], language: Language) -> String {
        guard entries.count > 1 else { return "" }
        var order: [String] = []
        var groups: [String: [ValidationReport]] = [:]
        for entry in entries {
            let key = entry.report.department
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry.report)
        }
        var text = language == .zh ? "按部门汇总：\n" : "By department:\n"
        for key in order {
            let reports = groups[key] ?? []
            let errors = reports.map(\.errorCount).reduce(0, +)
            let warnings = reports.map(\.warningCount).reduce(0, +)
            let info = reports.map(\.infoCount).reduce(0, +)
            let years = reports.map { String($0.year) }.joined(separator: ",")
            let unpaired = reports.filter { $0.unpairedContent != nil }.count
            let parts =
                unpaired == 0 ? "" : language == .zh ? "，其中 \(unpaired) 份未配对" : ", \(unpaired) unpaired"
            text +=
                language == .zh
                ? "  \(key)（\(years)年，\(reports.count) 份\(parts)）：错误 \(errors)，警告 \(warnings)，提示 \(info)\n"
                : "  \(key) (\(years); \(reports.count) documents\(parts)): \(errors) errors, \(warnings) warnings, \(info) info\n"
        }
        return text
    }

    static func printError(_ message: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((message + terminator).utf8))
    }
}

extension Language: ExpressibleByArgument {}
