import Foundation
import Testing
import YusuanCore
import YusuanRender

/// The grids every format draws from hold the same cells as the published text layout.
@Suite struct TableGridTests {
    @Test func gridsWriteThePublishedTextOfEveryTable() throws {
        let documents = try Documents.seedNames.map(Documents.seed) + Documents.generated
        for document in documents {
            let text = PublishedTextRenderer.render(document)
            let grids = TableGrids.make(document)
            let tablesText = grids.map { $0.publishedText(groupingThousands: document.layout.groupsThousands) }.joined()
            #expect(text.hasSuffix(tablesText), "\(document.identity.departmentName)")
        }
    }

    @Test func everyProjectHasItsOwnGrid() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        let grids = TableGrids.make(document)
        #expect(grids.filter { $0.kind == .projectPerformance }.count == document.tables.projectPerformance.count)
        #expect(grids.count == 10 + document.tables.projectPerformance.count)
    }

    @Test func headersAreMergedInTwoLevels() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        let grids = TableGrids.make(document)
        let summary = try #require(grids.first { $0.kind == .financialSummary })
        #expect(summary.headerRowCount == 2)
        #expect(summary.rows[0].cells[0].columnSpan == 2)
        #expect(summary.rows[0].cells[2].columnSpan == 5)
        #expect(summary.flattenedHeaders[3] == "支出 / 合计")
        let threePublic = try #require(grids.first { $0.kind == .threePublicExpenditure })
        #expect(threePublic.headerRowCount == 3)
        #expect(threePublic.rows[1].cells[0].rowSpan == 2)
        #expect(threePublic.flattenedHeaders[3] == "2024年预算数 / 公务用车购置及运行费 / 公务用车购置费")
    }

    @Test func blankCellsStayBlank() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        let grid = try #require(TableGrids.make(document).first { $0.kind == .generalBudgetExpenditure })
        // 2010301 行政运行 has no project expenditure: the cell is blank, not zero.
        let row = try #require(grid.bodyRows.first { $0.cells[0].value == .text("2010301") })
        #expect(row.cells[4].value == .blank)
    }
}
