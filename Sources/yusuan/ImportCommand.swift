import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport

/// `yusuan import FILE [--format json|summary]`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a disclosure (published text, canonical JSON, XLSX workbook or PDF) and print it as canonical JSON or a summary.",
        discussion: """
            The kind of input is recognised from its content. Exit status 0 on success, 2 when the input \
            cannot be used; the message then reads FILE:LINE: expected …, found ….
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Argument(help: "The document to read; - for standard input.")
    var file: String

    @Option(help: "Output format: json (canonical JSON) or summary.")
    var format: Format = .json

    func run() throws {
        let disclosure: Disclosure
        do {
            disclosure = try InputFiles.importDocument(file)
        } catch let error as ImportError {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try CanonicalJSON.encode(disclosure))
        case .summary:
            print(DisclosureSummary(disclosure).text, terminator: "")
        }
    }
}
