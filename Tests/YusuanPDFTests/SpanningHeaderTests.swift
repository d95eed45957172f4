import Foundation
import Testing
import YusuanCore

@testable import YusuanImport

/// Spanning headers stand over the columns they are printed centred over, not every column to the table's edge
/// (`HeaderCells.columns(spannedBy:among:)`).
struct SpanningHeaderTests {
    /// Three headers side by side over runs of 3, 2 and 4 equal columns: the fit finds each run from the centres.
    @Test func centredRunsAreFittedFromTheCentres() throws {
        let columns = (0..<9).map { Double($0) * 10 }
        let edges = try #require(HeaderCells.centredRuns(centres: [10, 35, 65], columns: columns))
        #expect(edges == [-5, 25, 45, 85])
    }

    /// A lone header over the last four of nine columns: the widest centred run, not the whole table.
    @Test func aLoneHeaderAtTheEdgeTakesTheWidestCentredRun() throws {
        let columns = (0..<9).map { Double($0) * 10 }
        let edges = try #require(HeaderCells.centredRuns(centres: [65], columns: columns))
        #expect(edges == [45, 85])
    }

    /// Headers not centred over any run of columns: no fit (each then takes the columns nearest it).
    @Test func headersNotCentredHaveNoFit() {
        #expect(HeaderCells.centredRuns(centres: [2, 3], columns: [0, 10, 20, 30]) == nil)
    }

    /// Shenzhen's 财政拨款“三公”经费支出表: 总计, 因公出国(境)费 and 公务接待费 over three fund columns each, and
    /// 公务用车购置及运行维护费 alone on the top line over the last nine (小计, 购置费, 运行维护费). Before, every
    /// column took 公务用车购置及运行维护费 and 小计 as parents.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func shenzhenThreePublicHeader() throws {
        let name = "shenzhen-audit-2026-budget.pdf"
        let document = try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
        let table = try #require(
            document.tables.additionalTables?.first { $0.identifier == "three-public-expenditure" }
        )
        let funds = ["一般公共预算", "政府性基金预算", "国有资本经营预算"]
        let groups = [
            "总计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费 小计", "公务用车购置及运行维护费 公务用车购置费",
            "公务用车购置及运行维护费 公务用车运行维护费",
        ]
        #expect(table.columns.suffix(18) == groups.flatMap { group in funds.map { "\(group) \($0)" } })
    }

    /// Hangzhou's 收入预算总表: 本年收入 over its columns only; before, a wrapped word of another column
    /// (`事业单`) was taken as a second parent.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func hangzhouIncomeHeader() throws {
        let name = "hangzhou-meteorology-2026-budget.pdf"
        let document = try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
        let table = try #require(document.tables.additionalTables?.first { $0.identifier == "department-income" })
        #expect(Array(table.columns.prefix(4)) == ["总计", "本年收入 小计", "本年收入 一般公共预算", "本年收入 政府性基金预算"])
    }
}
