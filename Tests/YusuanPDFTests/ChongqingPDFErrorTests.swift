import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanRender

/// A Chongqing PDF that is cut off or has an unreadable cell gets an error naming the PDF line and page.
@Suite(.enabled(if: ChongqingPDF.canPrint, Comment(rawValue: ChongqingPDF.skipMessage)), .serialized)
struct ChongqingPDFErrorTests {
    static func html() throws -> String {
        HTMLRenderer().html(try ChongqingPDF.seed(ChongqingPDF.seeds[1]))
    }

    @Test func documentCutOffAfterATableIsLocated() throws {
        let html = try Self.html()
        // Keep the narrative, 表一 and 表二: the PDF ends where 表三 should start.
        let third = try #require(html.range(of: "id=\"table-3\""))
        let section = try #require(
            html.range(of: "<section", options: .backwards, range: html.startIndex..<third.lowerBound)
        )
        let pdf = try ChongqingPDF.pdf(html: String(html[..<section.lowerBound]) + "</body>\n</html>\n")
        let lines = try PDFImporter.lines(data: pdf, fileName: "cut.pdf")
        let pages = try PDFImporter.pageCount(data: pdf, fileName: "cut.pdf")
        let error = try #require(throws: ImportError.self) {
            try DocumentImporter.importDocument(data: pdf, fileName: "cut.pdf")
        }
        #expect(error.code == .truncated)
        #expect(error.file == "cut.pdf")
        #expect(error.expected.contains("表三"))
        #expect(error.found.contains("表二"))
        #expect(error.found.contains("(page \(pages))"))
        #expect(error.line >= 1 && error.line <= lines.count)
    }

    @Test func unreadableCellIsLocated() throws {
        let html = try Self.html().replacingOccurrences(of: ">932.47<", with: ">93?.47<")
        let pdf = try ChongqingPDF.pdf(html: html)
        let lines = try PDFImporter.lines(data: pdf, fileName: "bad.pdf")
        let error = try #require(throws: ImportError.self) {
            try DocumentImporter.importDocument(data: pdf, fileName: "bad.pdf")
        }
        #expect(error.code == .invalidAmount)
        #expect(error.expected.contains("表二"))
        #expect(error.found.contains("93?.47"))
        #expect(error.found.contains("(page "))
        // The line is the PDF line (from the top of page 1) of the row with the bad cell.
        #expect(lines.indices.contains(error.line - 1) && lines[error.line - 1].contains("93?.47"))
    }

    @Test func missingIndicatorRowsAreLocated() throws {
        // 表十 without its 绩效指标 rows: the indicator header and rows removed from the HTML.
        var html = try Self.html()
        let table = try #require(html.range(of: "<section class=\"table overall-performance\""))
        let header = try #require(
            html.range(of: "<tr class=\"indicatorHeader\">", range: table.upperBound..<html.endIndex)
        )
        let end = try #require(html.range(of: "</tbody>", range: header.lowerBound..<html.endIndex))
        html.removeSubrange(header.lowerBound..<end.lowerBound)
        let pdf = try ChongqingPDF.pdf(html: html)
        let error = try #require(throws: ImportError.self) {
            try DocumentImporter.importDocument(data: pdf, fileName: "form.pdf")
        }
        #expect(error.code == .truncated)
        #expect(error.expected.contains("绩效指标"))
        #expect(error.found.contains("page"))
    }

    /// The PDFs of the other templates are not taken for Chongqing ones.
    @Test(arguments: [
        PDFFixtures.shanghaiBudget, PDFFixtures.wanliBudget, PDFFixtures.finalAccount, PDFFixtures.jiangsuBudget,
    ])
    func otherTemplatesAreNotChongqing(name: String) throws {
        #expect(try PDFImporter.chongqingText(data: PDFFixtures.data(name), fileName: name) == nil)
    }
}
