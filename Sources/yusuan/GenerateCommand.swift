import ArgumentParser
import Foundation
import YusuanCore
import YusuanGenerator
import YusuanRender

/// `yusuan generate`: writes generated disclosures in the published text layout.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write realistic, arithmetically consistent disclosures in the published text layout.",
        discussion: """
            The same seed always writes the same files, byte for byte. Documents come in department series: \
            documents 1-7 are one department's 2020-2026 disclosures, 8-14 another department's, and so on; each \
            year's stated changes are the differences from the previous year's figures, so `yusuan validate DIR` \
            finds no error across the years either.
            """
    )

    @Option(name: .long, help: "How many documents to write.")
    var count: Int = 10

    @Option(name: .long, help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The directory to write into (created when missing).")
    var output: String

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must be 0 or more, found \(count).") }
        guard count <= 9999 else { throw ValidationError("--count must be at most 9999, found \(count).") }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = DisclosureGenerator(seed: seed)
        var bytes = 0
        for index in stride(from: 1, through: count, by: 1) {
            let disclosure = generator.makeDisclosure(index: index)
            let text = PublishedTextRenderer.render(disclosure)
            let file = directory.appendingPathComponent(DisclosureGenerator.fileName(for: disclosure, index: index))
            try Data(text.utf8).write(to: file)
            bytes += text.utf8.count
        }
        print("generated \(count) disclosures (seed \(seed), \(bytes) bytes) in \(directory.path)")
    }
}
