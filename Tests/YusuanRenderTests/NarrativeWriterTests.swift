import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanRender

/// The narrative written from the model states the same numbers as the document's own narrative.
@Suite struct NarrativeWriterTests {
    /// The written narrative, put into the document, rendered as text and imported again.
    func reimportedFacts(of document: Disclosure) throws -> NarrativeFacts {
        let rewritten = NarrativeWriter.rewritingNarrative(of: document)
        let text = PublishedTextRenderer.render(rewritten)
        return try PublishedTextImporter.importDocument(text: text, fileName: "written.txt").narrative.facts
    }

    @Test(arguments: Documents.seedNames)
    func seedNarrativeAgreesFigureByFigure(name: String) throws {
        let document = try Documents.seed(name)
        let expected = FactNumbers.of(document.narrative.facts)
        let written = FactNumbers.of(try reimportedFacts(of: document))
        for key in Set(expected.keys).union(written.keys).sorted() {
            #expect(written[key] == expected[key], "\(name): \(key)")
        }
        #expect(expected.count >= 40)
    }

    @Test func generatedNarrativesAgreeFigureByFigure() throws {
        for (index, document) in Documents.generated.enumerated() {
            let expected = FactNumbers.of(document.narrative.facts)
            let written = FactNumbers.of(try reimportedFacts(of: document))
            #expect(written == expected, "document \(index)")
        }
    }

    @Test func writtenFactsEqualTheFactsReadBack() throws {
        let document = try Documents.seed(Documents.seedNames[1])
        let narrative = NarrativeWriter.write(document)
        #expect(FactNumbers.of(narrative.facts) == FactNumbers.of(try reimportedFacts(of: document)))
    }

    @Test func textSectionsComeFromTheModel() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        let narrative = NarrativeWriter.write(document)
        let texts = narrative.blocks.map(\.text)
        #expect(texts.contains { $0.hasPrefix("负责统筹推进“放管服”工作") })
        #expect(texts.contains { $0.contains("本部门下设综合科") })
        #expect(texts.contains { $0.contains("财政拨款收入：指本年度") })
        #expect(narrative.contact == Contact(label: "部门预算公开联系人", person: "胡家敏", phone: "023-62606765"))
        #expect(!texts.joined().contains(NarrativeWriter.missingReasonMark))
    }

    @Test func figuresComeFromTheTables() throws {
        var document = try Documents.seed(Documents.seedNames[0])
        // Change 表四: the narrative follows the table, not the old text.
        document.tables.threePublicExpenditure?.amounts.reception = Amount("3.00")
        document.tables.threePublicExpenditure?.amounts.total = Amount("4.90")
        let text = NarrativeWriter.write(document).blocks.map(\.text).joined().filter { $0 != " " }
        #expect(text.contains("“三公”经费预算4.90万元"))
        #expect(text.contains("公务接待费3.00万元"))
    }

    @Test func missingReasonsAreMarked() throws {
        var document = try Documents.seed(Documents.seedNames[0])
        document.narrative.facts.basicExpenditure?.change?.reason = nil
        document.narrative.facts.threePublic?.reception?.change?.reason = nil
        let text = NarrativeWriter.write(document).blocks.map(\.text).joined().filter { $0 != " " }
        #expect(text.contains("比2023年增加66.60万元，主要原因是【缺少原因】"))
        #expect(text.contains("公务接待费1.00万元，比2023年减少2万元，主要原因是【缺少原因】"))
        // A change the model does not record at all is marked too.
        document.narrative.facts.income?.change = nil
        let withoutChange = NarrativeWriter.write(document).blocks.map(\.text).joined().filter { $0 != " " }
        #expect(withoutChange.contains("收入比上年【缺少上年比较】"))
    }
}
