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
            PATH is a published text (.txt) or canonical JSON (.json) file, or a directory searched recursively \
            for both; files are validated in parallel. A document whose department also appears with the previous \
            year among the inputs is checked against it (N5); --prior gives that document explicitly. \
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
        let files = Self.expand(paths)
        guard !files.isEmpty else {
            throw ValidationError("no .txt or .json file under \(paths.joined(separator: ", "))")
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
        var documents: [(String, Disclosure)] = []
        for (file, result) in zip(files, loaded) {
            switch result {
            case .success(let document): documents.append((file, document))
            case .failure(let error):
                Self.printError(Self.describe(error, file: file))
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

    /// Reads every file in parallel (`.json` as canonical JSON, anything else as published text).
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

    static func load(_ path: String) throws -> Disclosure {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path):1: cannot read the file")
        }
        if path.lowercased().hasSuffix(".json") { return try CanonicalJSON.decode(data) }
        // Text, PDF (`%PDF`) and workbooks (`PK`) are recognised from their content, as by `yusuan import`.
        return try DocumentImporter.importDocument(data: data, fileName: path)
    }

    /// `FILE:LINE: message` for an error that made an input unusable.
    static func describe(_ error: any Error, file: String) -> String {
        let text = String(describing: error)
        if text.hasPrefix(file + ":") { return text }
        if error is DecodingError || error is CanonicalJSONError { return "\(file):1: \(text)" }
        return text.contains(":") && text.split(separator: ":").count > 2 ? text : "\(file):1: \(text)"
    }

    /// Files as given; directories searched recursively for `.txt` and `.json` files, sorted.
    static func expand(_ paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path)
                continue
            }
            var found: [String] = []
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let entry = enumerator?.nextObject() as? String {
                let lowered = entry.lowercased()
                if lowered.hasSuffix(".txt") || lowered.hasSuffix(".json") {
                    found.append((path as NSString).appendingPathComponent(entry))
                }
            }
            result += found.sorted()
        }
        return result
    }

    /// One line per department: files, errors, warnings, info.
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
            text +=
                language == .zh
                ? "  \(key)（\(years)年，\(reports.count) 份）：错误 \(errors)，警告 \(warnings)，提示 \(info)\n"
                : "  \(key) (\(years); \(reports.count) documents): \(errors) errors, \(warnings) warnings, \(info) info\n"
        }
        return text
    }

    static func printError(_ message: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((message + terminator).utf8))
    }
}

extension Language: ExpressibleByArgument {}
