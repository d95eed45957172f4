import ArgumentParser
import Foundation
import YusuanCore
import YusuanGenerator
import YusuanRender

/// `yusuan generate`: writes generated disclosures in the published text layout.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write realistic, arithmetically consistent disclosures in the published text layout.",
        discussion: """
            The same seed always writes the same files, byte for byte. Documents come in department series: \
            documents 1-7 are one department's 2020-2026 disclosures, 8-14 another department's, and so on; each \
            year's stated changes are the differences from the previous year's figures, so `yusuan validate DIR` \
            finds no error across the years either. Any number of documents: they are generated on every core and \
            written one by one as they come, so memory does not grow with --count; file names are numbered with at \
            least four digits, more when --count needs them, so that they sort in order. With --with-finals, each \
            budget document has its 部门决算 beside it (`0001-236-2024-final.txt` beside `0001-236-2024.txt`): the \
            nine national tables and the narrative, whose 年初预算 figures are that budget's, then one 项目支出绩效自评表 \
            per project of the budget's 项目绩效目标表 (its indicators and targets, scored by the default method); \
            --count still counts the budgets, so --count 70 --with-finals writes 140 files.
            """
    )

    @Option(name: .long, help: "How many budget documents to write (with --with-finals, each with its 决算 beside it).")
    var count: Int = 10

    @Option(name: .long, help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The directory to write into (created when missing).")
    var output: String

    @Flag(name: .long, help: "Also write each budget's 部门决算 beside it (NAME-final.txt); --count counts budgets.")
    var withFinals = false

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must be 0 or more, found \(count).") }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let (seed, count, withFinals) = (seed, count, withFinals)
        let digits = max(4, String(count).count)
        var bytes = 0
        try await OrderedPipeline.run(count: count) { index in
            var generator = DisclosureGenerator(seed: seed)
            let disclosure = generator.makeDisclosure(index: index + 1)
            let name = DisclosureGenerator.fileName(for: disclosure, index: index + 1, digits: digits)
            var files = [(name, Data(PublishedTextRenderer.render(disclosure).utf8))]
            if withFinals {
                let final = DisclosureGenerator.finalAccount(seed: seed, index: index + 1)
                let finalName = DisclosureGenerator.finalAccountFileName(
                    for: disclosure,
                    index: index + 1,
                    digits: digits
                )
                files.append((finalName, Data(PublishedTextRenderer.render(final).utf8)))
            }
            return files
        } consume: { _, batches in
            for (name, data) in batches.joined() {
                try data.write(to: directory.appendingPathComponent(name))
                bytes += data.count
            }
        }
        let finals = withFinals ? " and their \(count) 决算" : ""
        print("generated \(count) disclosures\(finals) (seed \(seed), \(bytes) bytes) in \(directory.path)")
    }
}
