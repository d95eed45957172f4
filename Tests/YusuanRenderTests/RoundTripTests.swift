import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender

/// model → format → import gives the same model, for the seeds and for generated documents.
@Suite struct RoundTripTests {
    @Test(arguments: Documents.seedNames)
    func seedSurvivesPublishedText(name: String) throws {
        let document = try Documents.seed(name)
        let text = PublishedTextRenderer.render(document)
        let imported = try PublishedTextImporter.importDocument(text: text, fileName: name + ".txt")
        #expect(imported.withoutSourceLines() == document.withoutSourceLines())
    }

    @Test func generatedDocumentsSurvivePublishedText() throws {
        for (index, document) in Documents.generated.enumerated() {
            let text = PublishedTextRenderer.render(document)
            let imported = try PublishedTextImporter.importDocument(text: text, fileName: "generated-\(index).txt")
            // The generator builds its facts from its plan (usage without 主要用于, sentences without 。), and the
            // importer reads 部门/单位 wording from the words the text uses: compare tables, layout, identity but
            // wording, the blocks, and every stated number.
            #expect(imported.withoutSourceLines().tables == document.tables, "document \(index)")
            var identity = imported.identity
            identity.wording = document.identity.wording
            #expect(identity == document.identity, "document \(index)")
            #expect(imported.layout == document.layout, "document \(index)")
            #expect(imported.narrative.blocks.map(\.text) == document.narrative.blocks.map(\.text), "document \(index)")
            #expect(
                FactNumbers.of(imported.narrative.facts) == FactNumbers.of(document.narrative.facts),
                "document \(index)"
            )
        }
    }

    @Test(arguments: Documents.seedNames)
    func seedSurvivesWorkbook(name: String) throws {
        let document = try Documents.seed(name).withoutSourceLines()
        let data = try XLSXRenderer().render(document)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let imported = try DocumentImporter.importDocument(data: data, fileName: name + ".xlsx")
        #expect(imported.tables == document.tables)
        #expect(imported.identity == document.identity)
        #expect(imported.layout == document.layout)
        #expect(imported.narrative == document.narrative)
        #expect(imported == document)
    }

    @Test func generatedDocumentsSurviveWorkbook() throws {
        for (index, document) in Documents.generated.enumerated() {
            let data = try XLSXRenderer().render(document)
            let imported = try DocumentImporter.importDocument(data: data, fileName: "generated-\(index).xlsx")
            #expect(imported.tables == document.tables, "document \(index)")
            #expect(imported.identity == document.identity, "document \(index)")
            #expect(imported.layout == document.layout, "document \(index)")
            #expect(imported.narrative.blocks.map(\.text) == document.narrative.blocks.map(\.text), "document \(index)")
            #expect(
                FactNumbers.of(imported.narrative.facts) == FactNumbers.of(document.narrative.facts),
                "document \(index)"
            )
        }
    }

    /// Before, the workbook of a 决算 could not be read back: its sheets titled `收入决算表` … were not taken for tables
    /// (`expected 表一 财政拨款收支总表 …, found end of input after 表二 at 表二!A27`).
    @Test func finalAccountSurvivesWorkbook() throws {
        for index in [1, 5, 12] {
            let final = DisclosureGenerator.finalAccount(seed: 7, index: index)
            let fromText = try PublishedTextImporter.importDocument(
                text: PublishedTextRenderer.render(final),
                fileName: "final-\(index).txt"
            )
            let fromWorkbook = try DocumentImporter.importDocument(
                data: XLSXRenderer().render(final),
                fileName: "final-\(index).xlsx"
            )
            #expect(fromWorkbook.identity.kind == .finalAccount, "document \(index)")
            #expect(
                fromWorkbook.tables.additionalTables?.count == fromText.tables.additionalTables?.count,
                "document \(index)"
            )
            #expect(fromWorkbook.tables == fromText.withoutSourceLines().tables, "document \(index)")
            #expect(fromWorkbook.identity == final.identity, "document \(index)")
            #expect(
                fromWorkbook.narrative.blocks.map(\.text) == final.narrative.blocks.map(\.text),
                "document \(index)"
            )
            #expect(
                fromWorkbook.tables.projectSelfEvaluations?.count == final.tables.projectSelfEvaluations?.count,
                "document \(index)"
            )
        }
    }

    @Test func workbookAndTextGiveTheSameModel() throws {
        for (index, document) in Documents.generated.prefix(4).enumerated() {
            let fromText = try PublishedTextImporter.importDocument(
                text: PublishedTextRenderer.render(document),
                fileName: "g\(index).txt"
            )
            let fromWorkbook = try DocumentImporter.importDocument(
                data: XLSXRenderer().render(document),
                fileName: "g\(index).xlsx"
            )
            // The same model, except that the workbook's 文档信息 sheet restores the wording the text leaves open.
            var expected = fromText.withoutSourceLines()
            expected.identity.wording = document.identity.wording
            #expect(fromWorkbook == expected, "document \(index)")
        }
    }

    @Test(arguments: Documents.seedNames)
    func seedSurvivesJSON(name: String) throws {
        let document = try Documents.seed(name)
        let data = try JSONRenderer().render(document)
        #expect(try DocumentImporter.importDocument(data: data, fileName: name + ".json") == document)
    }

    @Test func generatedDocumentsSurviveJSON() throws {
        for document in Documents.generated {
            let data = try JSONRenderer().render(document)
            #expect(try DocumentImporter.importDocument(data: data, fileName: "g.json") == document)
        }
    }

    @Test func workbookIsDeterministic() throws {
        let document = Documents.generated[0]
        #expect(try XLSXRenderer().render(document) == XLSXRenderer().render(document))
    }
}
