import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// `yusuan coverage PATH... [--format markdown|csv] [--missed N]`: for each PDF, how it was read and checked.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract:
            "Read and check PDFs and print, per file, its family and variant, the share of printed amounts read, and the findings.",
        discussion: """
            PATH is a PDF or a directory searched recursively for PDFs. Each file is read on its own (a narrative \
            or tables part is read as such). The table is the one of docs/PDF.md (regenerate it with \
            scripts/corpus-table.sh). Amounts read: see docs/PDF.md, “Amounts read”. Exit status 0, or 2 when a \
            file cannot be read (its row says why).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv
    }

    @Argument(help: "PDF files or directories.")
    var paths: [String]

    @Option(help: "Output format: markdown or csv.")
    var format: Format = .markdown

    @Option(help: "List up to N printed amounts not read, per file (to standard error).")
    var missed: Int = 0

    struct Row {
        var file: String
        var family = ""
        var variant = ""
        var pages = 0
        var printed = 0
        var read = 0
        var errors = 0
        var warnings = 0
        var insufficient: [String] = []
        var failure: String?
    }

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                files += InputFiles.expand([path]).filter { $0.lowercased().hasSuffix(".pdf") }
            } else {
                files.append(path)
            }
        }
        var rows: [Row] = []
        var unreadable = false
        let validator = Validator()
        for file in files {
            var row = Row(file: (file as NSString).lastPathComponent)
            do {
                let data = try InputFiles.read(file)
                let document = try DocumentImporter.importDocument(data: data, fileName: file)
                let coverage = try PDFAmountCoverage.measure(data: data, fileName: file, document: document)
                let report = validator.validate(document)
                row.family = document.identity.profile.rawValue
                row.variant = document.identity.variant ?? ""
                if let parts = document.parts, parts.count == 1 {
                    row.variant +=
                        row.variant.isEmpty ? parts[0].content.rawValue : ", \(parts[0].content.rawValue) only"
                }
                row.pages = coverage.pages
                row.printed = coverage.printed.count
                row.read = coverage.printed.count - coverage.missed.count
                row.errors = report.errorCount
                row.warnings = report.warningCount
                row.insufficient = report.outcomes.filter { $0.status == .insufficientData }.map(\.ruleID)
                if missed > 0 {
                    for amount in coverage.missed.prefix(missed) {
                        printError(
                            "\(file):\(amount.line): not read: \(amount.text)\(amount.inText ? " (in text)" : "")"
                        )
                    }
                }
            } catch {
                row.failure = "\(error)"
                unreadable = true
            }
            rows.append(row)
        }
        print(format == .markdown ? Self.markdown(rows) : Self.csv(rows), terminator: "")
        if unreadable { throw ExitCode(2) }
    }

    static func percent(_ row: Row) -> String {
        row.printed == 0 ? "–" : String(format: "%.1f%%", Double(row.read) * 100 / Double(row.printed))
    }

    static func markdown(_ rows: [Row]) -> String {
        var text = "| file | family | variant | pages | amounts read | errors | warnings | insufficient data |\n"
        text += "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n"
        for row in rows {
            if let failure = row.failure {
                text +=
                    "| `\(row.file)` | not read: \(failure.replacingOccurrences(of: "|", with: "\\|")) | | | | | | |\n"
                continue
            }
            text +=
                "| `\(row.file)` | \(row.family) | \(row.variant) | \(row.pages) | \(row.read)/\(row.printed) (\(percent(row))) "
                + "| \(row.errors) | \(row.warnings) | \(row.insufficient.count): \(row.insufficient.joined(separator: " ")) |\n"
        }
        return text
    }

    static func csv(_ rows: [Row]) -> String {
        var text = "file,family,variant,pages,printed,read,errors,warnings,insufficient,failure\n"
        for row in rows {
            let fields = [
                row.file, row.family, row.variant, String(row.pages), String(row.printed), String(row.read),
                String(row.errors), String(row.warnings), row.insufficient.joined(separator: " "), row.failure ?? "",
            ]
            text +=
                fields.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ",") + "\n"
        }
        return text
    }
}
