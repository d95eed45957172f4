import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanRender

@testable import YusuanImport

/// The narrative reader decides once per document whether it reads the narrative by bytes (`PlainCharacters`, when
/// every scalar is a character of its own) or by `Character`s (`StringCharacters`); each of its predicates is written
/// once for both. Every narrative fixture — the two seeds, generated budgets and generated final accounts — must
/// give the same document, narrative facts included, read either way.
@Suite struct NarrativeReadingEquivalenceTests {
    /// The fixtures: name and published text.
    static func documents() throws -> [(name: String, text: String)] {
        var documents = try ChongqingPDF.seeds.map {
            ($0, String(decoding: try PDFFixtures.seedData($0), as: UTF8.self))
        }
        for seed in [UInt64(7), 20_261_207] {
            for (index, budget) in DisclosureGenerator.generate(count: 30, seed: seed).enumerated() {
                let name = DisclosureGenerator.fileName(for: budget, index: index + 1)
                documents.append((name, PublishedTextRenderer.render(budget)))
            }
        }
        for index in 1...20 {
            let finalAccount = DisclosureGenerator.finalAccount(seed: 20_261_207, index: index)
            let name = DisclosureGenerator.finalAccountFileName(for: finalAccount, index: index)
            documents.append((name, PublishedTextRenderer.render(finalAccount)))
        }
        return documents
    }

    @Test func everyFixtureReadsTheSameByBytesAndByCharacters() throws {
        var plain = 0
        let documents = try Self.documents()
        for (name, text) in documents {
            let byBytes = try PublishedTextImporter.importDocument(text: text, fileName: name, narrativeBytes: true)
            let byCharacters = try PublishedTextImporter.importDocument(
                text: text,
                fileName: name,
                narrativeBytes: false
            )
            #expect(byBytes.narrative.blocks == byCharacters.narrative.blocks, "\(name)")
            #expect(byBytes.narrative.facts == byCharacters.narrative.facts, "\(name)")
            #expect(byBytes == byCharacters, "\(name)")
            #expect(!byBytes.narrative.blocks.isEmpty, "\(name)")
            if byBytes.narrative.blocks.allSatisfy({ $0.text.withTextSpan(\.isSingleScalarCharacters) }) { plain += 1 }
        }
        // The fixtures are plain text, so the byte view is the one compared with the characters.
        #expect(plain == documents.count)
    }

    /// A narrative that is not plain (a combining mark on a numeral, a compatibility ideograph) is read by its
    /// characters whatever is asked: `一\u{301}、` is no heading, and `\u{F9D1}` is the character `六`.
    @Test func aNarrativeThatIsNotPlainIsReadByCharacters() throws {
        let name = ChongqingPDF.seeds[0]
        let seed = String(decoding: try PDFFixtures.seedData(name), as: UTF8.self)
        let marked = seed.replacingOccurrences(of: "\n一、单位基本情况", with: "\n一\u{301}、单位基本情况")
            .replacingOccurrences(of: "\n六、专业性名词解释", with: "\n\u{F9D1}、专业性名词解释")
        #expect(marked != seed)
        let byBytes = try PublishedTextImporter.importDocument(text: marked, fileName: name, narrativeBytes: true)
        let byCharacters = try PublishedTextImporter.importDocument(text: marked, fileName: name, narrativeBytes: false)
        #expect(byBytes == byCharacters)
        let headings = byCharacters.narrative.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(!headings.contains { $0.hasPrefix("一\u{301}") })
        let original = try PublishedTextImporter.importDocument(text: seed, fileName: name)
        let originalHeadings = original.narrative.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.count == originalHeadings.count - 1)
        #expect(headings.contains("\u{F9D1}、专业性名词解释"))
    }
}
