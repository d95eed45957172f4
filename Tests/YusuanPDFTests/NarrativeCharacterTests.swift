import Foundation
import Testing
import YusuanCore

@testable import YusuanImport

/// The narrative reader reads by `Character`s, which compare by canonical equivalence: a combining mark joins the
/// numeral before it, and a compatibility ideograph is the unified ideograph it stands for.
@Suite struct NarrativeCharacterTests {
    /// A narrative with a combining mark on a numeral and a compatibility ideograph: `一\u{301}、` is no heading, and
    /// `\u{F9D1}` is the character `六`.
    @Test func aNarrativeThatIsNotPlainIsReadByCharacters() throws {
        let name = ChongqingPDF.seeds[0]
        let seed = String(decoding: try PDFFixtures.seedData(name), as: UTF8.self)
        let marked = seed.replacingOccurrences(of: "\n一、单位基本情况", with: "\n一\u{301}、单位基本情况")
            .replacingOccurrences(of: "\n六、专业性名词解释", with: "\n\u{F9D1}、专业性名词解释")
        #expect(marked != seed)
        let read = try PublishedTextImporter.importDocument(text: marked, fileName: name)
        let headings = read.narrative.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(!headings.contains { $0.hasPrefix("一\u{301}") })
        let original = try PublishedTextImporter.importDocument(text: seed, fileName: name)
        let originalHeadings = original.narrative.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.count == originalHeadings.count - 1)
        #expect(headings.contains("\u{F9D1}、专业性名词解释"))
    }
}
