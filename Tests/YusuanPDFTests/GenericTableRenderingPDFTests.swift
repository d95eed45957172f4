import Foundation
import Testing
import YusuanCore
import YusuanImport

@testable import YusuanRender

/// The generic tables of corpus PDFs (the Shanghai 部门决算's nine, the Jiangsu budget's) are drawn by HTML, Markdown
/// and the CSV data package, every amount of every table in its table.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct GenericTableRenderingPDFTests {
    static func load(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
    }

    static func amounts(_ table: GenericTable) -> [String] {
        table.rows.flatMap { $0.amounts.compactMap { $0?.plainText } }.sorted()
    }

    @Test(arguments: [PDFFixtures.finalAccount, PDFFixtures.jiangsuBudget])
    func everyGenericTableIsDrawnWithEveryAmount(name: String) throws {
        let document = try Self.load(name)
        let generic = try #require(document.tables.additionalTables)
        #expect(!generic.isEmpty)
        let grids = TableGrids.make(document)
        let html = HTMLRenderer().html(document)
        let markdown = MarkdownRenderer().markdown(document)
        let files = try CSVPackageRenderer().renderFiles(document)
        for table in generic {
            let grid = try #require(grids.first { $0.identifier == table.identifier }, "\(table.identifier)")
            let drawn = grid.bodyRows.flatMap { $0.cells.compactMap { $0.amount?.plainText } }.sorted()
            #expect(drawn == Self.amounts(table), "\(name) \(table.identifier)")
            #expect(html.contains("<section class=\"table \(table.identifier)\""), "\(table.identifier)")
            #expect(markdown.contains("## \(MarkdownRenderer.escaped(table.header.title))\n"), "\(table.identifier)")
            #expect(files["\(table.identifier).csv"] != nil, "\(table.identifier)")
        }
    }

    @Test func theFinalAccountComesInPublishedOrder() throws {
        let document = try Self.load(PDFFixtures.finalAccount)
        let identifiers = TableGrids.make(document).map(\.identifier)
        let order = FinalAccountTableLayout.all.map(\.identifier)
        #expect(identifiers == order.filter { identifiers.contains($0) })
        #expect(identifiers.count == 9)
    }
}
