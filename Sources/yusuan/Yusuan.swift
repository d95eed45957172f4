import ArgumentParser

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
}
