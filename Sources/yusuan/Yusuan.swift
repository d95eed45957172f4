import ArgumentParser
import Foundation
import YusuanCore

@main
struct Yusuan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yusuan",
        abstract: "Departmental budget disclosures: import, check, generate.",
        subcommands: [
            ImportCommand.self, GenerateCommand.self, CoverageCommand.self, BenchCommand.self, ValidateCommand.self,
            RenderCommand.self, DbCommand.self, CompareCommand.self, RollupCommand.self, AdminCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command, after saying which names in `YUSUAN_PLAIN_TEXT` (docs/PERFORMANCE.md) are no shortcut.
    static func main() async {
        let value = ProcessInfo.processInfo.environment["YUSUAN_PLAIN_TEXT"]
        let unknown = TextShortcut.unknownNames(in: value)
        if !unknown.isEmpty {
            let known = (["all"] + TextShortcut.allCases.map(\.rawValue)).joined(separator: ", ")
            FileHandle.standardError.write(
                Data(
                    "warning: YUSUAN_PLAIN_TEXT: no shortcut named \(unknown.joined(separator: ", ")) (known: \(known))\n"
                        .utf8
                )
            )
        }
        await main(nil)
    }
}
