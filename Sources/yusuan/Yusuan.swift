import ArgumentParser

@main
struct Yusuan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yusuan",
        abstract: "Departmental budget disclosures: import, check, generate.",
        subcommands: []
    )
}
