import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport
import YusuanRender

/// `yusuan render FILE [TABLES-FILE] --to FORMAT --output PATH`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a disclosure as HTML, PDF, XLSX, Markdown, CSV (a data package), text or JSON.",
        discussion: """
            FILE is any input `yusuan import` reads (published text, canonical JSON, a workbook, a PDF; - for \
            standard input), or the narrative and the tables files of one disclosure published as two (either \
            order), read as one document. csv writes a directory with one CSV file per table and datapackage.json. pdf prints the \
            HTML with headless Chromium. Without --output, single-file formats go to standard output. \
            Exit status 0, 2 when the input cannot be used, 1 when the output cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, pdf, xlsx, markdown, csv, text, json
    }

    @Argument(help: "The document to read (- for standard input), or its narrative and tables files.")
    var files: [String]

    @Option(help: "Output format: html, pdf, xlsx, markdown, csv, text or json.")
    var to: Format

    @Option(help: "The file to write (a directory for csv).")
    var output: String?

    func validate() throws {
        guard (1...2).contains(files.count) else {
            throw ValidationError("give one document, or the narrative and the tables files of one disclosure")
        }
        if to == .csv && output == nil { throw ValidationError("--to csv writes a directory: give it with --output.") }
        if (to == .pdf || to == .xlsx) && output == nil && isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("--to \(to.rawValue) writes binary data: give a file with --output.")
        }
    }

    func run() throws {
        let disclosure = try InputFiles.importForCommand(files)
        do {
            if to == .csv {
                try writeDirectory(CSVPackageRenderer().renderFiles(disclosure))
            } else {
                try write(render(disclosure))
            }
        } catch let failure as PDFPrinter.Failure {
            printError(failure.description)
            throw ExitCode(1)
        }
    }

    func render(_ disclosure: Disclosure) throws -> Data {
        switch to {
        case .html: try HTMLRenderer().render(disclosure)
        case .pdf: try PDFPrinter.pdf(html: HTMLRenderer().render(disclosure))
        case .xlsx: try XLSXRenderer().render(disclosure)
        case .markdown: try MarkdownRenderer().render(disclosure)
        case .text: try TextRenderer().render(disclosure)
        case .json: try JSONRenderer().render(disclosure)
        case .csv: Data()
        }
    }

    func write(_ data: Data) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try data.write(to: URL(fileURLWithPath: output))
    }

    func writeDirectory(_ files: [String: Data]) throws {
        let directory = URL(fileURLWithPath: output ?? ".", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            try data.write(to: directory.appendingPathComponent(name))
        }
        print("wrote \(files.count) files to \(directory.path)")
    }
}
