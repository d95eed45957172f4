import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport

/// `yusuan import FILE [TABLES-FILE] [--format json|summary]`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Read a disclosure (published text, canonical JSON, XLSX workbook or PDF) and print it as canonical JSON or a summary.",
        discussion: """
            The kind of input is recognised from its content. Two files are the narrative and the tables of one \
            disclosure published as two files (either order): they are read as one document, with the tables' \
            lines numbered after the narrative's. Exit status 0 on success, 2 when an input cannot be used or the \
            two files are not one disclosure; the message then reads FILE:LINE: expected …, found ….
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Argument(help: "The document to read (- for standard input), or its narrative and tables files.")
    var files: [String]

    @Option(help: "Output format: json (canonical JSON) or summary.")
    var format: Format = .json

    func validate() throws {
        guard (1...2).contains(files.count) else {
            throw ValidationError("give one document, or the narrative and the tables files of one disclosure")
        }
    }

    func run() throws {
        let disclosure = try InputFiles.importForCommand(files)
        switch format {
        case .json:
            FileHandle.standardOutput.write(try CanonicalJSON.encode(disclosure))
        case .summary:
            print(DisclosureSummary(disclosure).text, terminator: "")
        }
    }
}
