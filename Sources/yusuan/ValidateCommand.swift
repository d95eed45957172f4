import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// `yusuan validate PATH... [--format text|json|jsonl|csv] [--lang zh|en] [--prior FILE] [--output FILE]`.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check disclosures against the rules of the catalogue (arithmetic, cross-table, narrative, codes).",
        discussion: """
            PATH is a document (published text, canonical JSON, a workbook or a PDF), or a directory searched \
            recursively for .txt, .json, .xlsx and .pdf files. A first pass reads every file for its department, \
            year and kind; the second reads them again and validates them in parallel, a bounded number at a time, \
            writing the report as it goes, so memory does not grow with the number of files. The \
            narrative-only and tables-only files of one disclosure (published as two PDFs) are paired by \
            department, year and kind, or by file names that differ only by a marker (-narrative/-tables, \
            说明/表), and validated as one document; the pairs joined and the parts left unpaired are printed. Two \
            files given alone that are a narrative and tables must be one disclosure. A document whose department \
            also appears with the previous year among the inputs is checked against it (N5); --prior gives that \
            document explicitly. A 决算 whose department's budget of the same year is among the inputs has its \
            项目支出绩效自评表 compared with that budget's 项目绩效目标表 (P8). With --output the report file appears only when complete (a killed run leaves \
            none). \
            Exit status: 0 without errors (warnings and info allowed), 1 when a document has an error, 2 when an \
            input cannot be used (printed as FILE:LINE: message).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl, csv
    }

    @Argument(help: "Files or directories to validate.")
    var paths: [String]

    @Option(help: "Report format: text (compiler-style diagnostics), json, jsonl (one report per line) or csv.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the messages: zh or en.")
    var language: Language = .zh

    @Option(help: "The same department's document of the previous year.")
    var prior: String?

    @Option(help: "Write the report to this file instead of standard output (it appears only once complete).")
    var output: String?

    @Flag(help: "Leave info findings (rounding, style) out of the text report; they are still counted.")
    var quiet = false

    func run() async throws {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else {
            throw ValidationError("no .txt, .json, .xlsx or .pdf file under \(paths.joined(separator: ", "))")
        }
        let outcome = try await ValidateRun(
            paths: paths,
            files: files,
            writer: writer,
            language: language,
            priorPath: prior,
            outputPath: output,
            appendsSummary: format == .text
        ).run()
        if output != nil { Self.printError(outcome.tally.text(language: language), terminator: "") }
        if outcome.hasUnusableInput { throw ExitCode(2) }
        if outcome.hasErrors { throw ExitCode(1) }
    }

    /// The writer of the report format.
    var writer: any StreamingReportWriter {
        switch format {
        case .text: TextReportWriter(language: language, includesInfo: !quiet)
        case .json: JSONReportWriter(language: language)
        case .jsonl: JSONLinesReportWriter(language: language)
        case .csv: CSVReportWriter(language: language)
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

    static func printError(_ message: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((message + terminator).utf8))
    }
}

extension Language: ExpressibleByArgument {}
