import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanXLSX

@testable import YusuanImport
@testable import YusuanRender

/// A 部门决算's nine tables (eight ``GenericTable``s and the typed 一般公共预算财政拨款支出决算表) are drawn by every format:
/// HTML, Markdown, XLSX and the CSV data package, each table with its printed title, unit line and every amount.
@Suite struct GenericTableRenderingTests {
    /// A generated 决算, read back from its published text as `yusuan import` would.
    static func finalAccount(seed: UInt64 = 5, index: Int = 3) throws -> Disclosure {
        let text = PublishedTextRenderer.render(DisclosureGenerator.finalAccount(seed: seed, index: index))
        return try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
    }

    /// The non-blank amounts of a generic table, as plain text, sorted.
    static func amounts(_ table: GenericTable) -> [String] {
        table.rows.flatMap { $0.amounts.compactMap { $0?.plainText } }.sorted()
    }

    static func amounts(_ grid: TableGrid) -> [String] {
        grid.bodyRows.flatMap { $0.cells.compactMap { $0.amount?.plainText } }.sorted()
    }

    @Test func everyFinalAccountTableHasAGridInPublishedOrder() throws {
        let document = try Self.finalAccount()
        let generic = try #require(document.tables.additionalTables)
        #expect(generic.count == 8)
        let grids = TableGrids.make(document)
        #expect(grids.map(\.identifier) == FinalAccountTableLayout.all.map(\.identifier))
        for table in generic {
            let grid = try #require(grids.first { $0.identifier == table.identifier })
            #expect(grid.kind == nil)
            #expect(grid.title == table.header.title)
            #expect(grid.unitLine == table.header.unitLine)
            #expect(Self.amounts(grid) == Self.amounts(table), "\(table.identifier)")
            #expect(grid.rows.allSatisfy { $0.cells.count == grid.columnCount }, "\(table.identifier)")
        }
        // The typed table of a 决算 is drawn in the 决算 layout, as the published text prints it (before, in the
        // budget's grouped header, so that its workbook sheet could not be read back).
        #expect(grids.allSatisfy { $0.kind == nil })
        let typed = try #require(grids.first { $0.identifier == FinalAccountTableLayout.generalBudgetIdentifier })
        #expect(typed.flattenedHeaders == ["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
        #expect(typed.title == document.tables.generalBudgetExpenditure?.header.title)
    }

    @Test func twoSidedTablesHaveTwoColumnGroups() throws {
        let document = try Self.finalAccount()
        let grid = try #require(TableGrids.make(document).first { $0.identifier == "final-financial-summary" })
        #expect(grid.headerRowCount == 2)
        #expect(grid.columnCount == 7)
        #expect(grid.flattenedHeaders[0] == "收入 / 项目")
        #expect(grid.flattenedHeaders[1] == "收入 / 决算数")
        #expect(grid.flattenedHeaders[2] == "支出 / 项目")
        #expect(grid.flattenedHeaders[6] == "支出 / 国有资本经营预算财政拨款")
        let table = try #require(document.tables.additionalTables?.first { $0.identifier == "final-financial-summary" })
        let first = try #require(table.rows.first)
        let labels = first.name.components(separatedBy: " | ")
        let row = try #require(grid.bodyRows.first)
        #expect(row.cells[0].value == .text(labels[0]))
        if labels.count > 1 { #expect(row.cells[2].value == .text(labels[1])) }
        let basic = try #require(TableGrids.make(document).first { $0.identifier == "final-basic-expenditure" })
        #expect(basic.flattenedHeaders == ["科目编码", "科目名称", "人员经费", "科目编码", "科目名称", "公用经费"])
        let three = try #require(TableGrids.make(document).first { $0.identifier == "final-three-public" })
        #expect(three.flattenedHeaders[0] == "合计 / 预算数")
        #expect(three.flattenedHeaders[11] == "公务接待费 / 决算数")
    }

    @Test func codedRowsKeepCodeAndNameAndTheTotalRow() throws {
        let document = try Self.finalAccount()
        let table = try #require(document.tables.additionalTables?.first { $0.identifier == "final-expenditure" })
        let grid = try #require(TableGrids.make(document).first { $0.identifier == "final-expenditure" })
        #expect(grid.flattenedHeaders == ["科目编码", "科目名称"] + table.columns)
        for (row, source) in zip(grid.bodyRows, table.rows) {
            if source.isTotal {
                #expect(row.role == .total)
            } else {
                #expect(row.cells[0].value == .text(source.code))
                #expect(row.cells[1].value == .text(source.name))
            }
        }
    }

    @Test func htmlShowsEveryTable() throws {
        let document = try Self.finalAccount()
        let html = HTMLRenderer().html(document)
        for table in try #require(document.tables.additionalTables) {
            #expect(html.contains("<section class=\"table \(table.identifier)\""))
            #expect(html.contains("<h2 class=\"title\">\(HTMLEscaping.escaped(table.header.title))</h2>"))
        }
        let grids = TableGrids.make(document)
        let cells = grids.reduce(0) { $0 + $1.bodyRows.flatMap(\.cells).filter { $0.amount != nil }.count }
        // The nine tables, before the projects' self-evaluations (drawn after them, counted apart).
        let tables = html.components(separatedBy: "<section class=\"table self-evaluation\"")[0]
        let evaluations = document.tables.projectSelfEvaluations?.count ?? 0
        #expect(tables.components(separatedBy: "<td class=\"num\"").count - 1 == cells)
        #expect(tables.components(separatedBy: "<section class=\"table ").count - 1 == 9)
        #expect(html.components(separatedBy: "<section class=\"table self-evaluation\"").count - 1 == evaluations)
    }

    @Test func markdownShowsEveryTable() throws {
        let document = try Self.finalAccount()
        let markdown = MarkdownRenderer().markdown(document)
        for table in try #require(document.tables.additionalTables) {
            #expect(markdown.contains("## \(table.header.title)\n"), "\(table.identifier)")
            for row in table.rows where !row.code.isEmpty {
                #expect(markdown.contains("| \(row.code) | "), "\(table.identifier) \(row.code)")
            }
        }
        #expect(markdown.contains("| 收入 / 项目 | 收入 / 决算数 | 支出 / 项目 |"))
    }

    @Test func workbookHasASheetPerTableWithEveryAmount() throws {
        let document = try Self.finalAccount()
        let workbook = try XLSXReader.read(XLSXRenderer().render(document))
        let generic = try #require(document.tables.additionalTables)
        // Narrative and lists, the nine tables, then a sheet per project self-evaluation.
        #expect(workbook.sheets.count == 2 + 9 + (document.tables.projectSelfEvaluations?.count ?? 0))
        for table in generic {
            let sheet = try #require(
                workbook.sheets.first { sheet in sheet.cells.contains { $0.value == table.header.title } },
                "\(table.identifier)"
            )
            #expect(sheet.name.count <= 31)
            let numbers = sheet.cells.filter { $0.kind == .number }.map(\.value).sorted()
            #expect(numbers == Self.amounts(table), "\(table.identifier)")
        }
        #expect(Set(workbook.sheets.map(\.name)).count == workbook.sheets.count)
    }

    @Test func sheetNamesAreValidAndUnique() {
        let long = String(repeating: "财政拨款", count: 10) + "决算表"
        let first = XLSXRenderer.genericSheetName("2024年收入:决算[表]", used: [])
        #expect(first == "收入决算表")
        let taken = XLSXRenderer.genericSheetName(long, used: [])
        #expect(taken.count == 31)
        let second = XLSXRenderer.genericSheetName(long, used: [taken])
        #expect(second.count == 31)
        #expect(second.hasSuffix("（2）"))
    }

    @Test func dataPackageHasAFilePerTable() throws {
        let document = try Self.finalAccount()
        let files = try CSVPackageRenderer().renderFiles(document)
        let tables = CSVPackageRenderer().tables(document)
        // The nine tables, then the projects' self-evaluations (their fund rows and their indicators).
        #expect(tables.count == 9 + 2)
        #expect(tables.suffix(2).map(\.identifier) == ["self-evaluation-funds", "self-evaluation-indicators"])
        for table in try #require(document.tables.additionalTables) {
            let csv = try #require(files["\(table.identifier).csv"].map { String(decoding: $0, as: UTF8.self) })
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let grid = try #require(TableGrids.make(document).first { $0.identifier == table.identifier })
            #expect(lines.count == 1 + grid.bodyRows.count, "\(table.identifier)")
        }
        let descriptor = try #require(
            files[CSVPackageRenderer.descriptorName].map { String(decoding: $0, as: UTF8.self) }
        )
        #expect(descriptor.contains("\"name\": \"final-income\""))
        #expect(descriptor.contains("\"path\": \"final-income.csv\""))
        #expect(descriptor.contains("部门决算公开的表格"))
    }

    /// A budget without generic tables draws exactly what it drew before: the eleven typed tables, nothing more.
    @Test func budgetsKeepTheirTables() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        #expect((document.tables.additionalTables ?? []).isEmpty)
        #expect(TableGrids.make(document).allSatisfy { $0.kind != nil })
    }
}
