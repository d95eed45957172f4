import Foundation
import Testing
import YusuanCore
import YusuanRender
import YusuanXLSX

@testable import YusuanImport

@Suite struct XLSXTests {
    @Test func writerAndReaderKeepExactDecimals() throws {
        let sheet = XLSXSheet(
            name: "数",
            rows: [
                [XLSXCell(.text("金额")), XLSXCell(.number("2197.40"), style: XLSXStyle(numberFormat: "#,##0.00"))],
                [XLSXCell(.text("<&>\"")), XLSXCell(.number("-0.10")), XLSXCell(.empty)],
            ],
            merges: [XLSXRange(firstRow: 1, firstColumn: 3, lastRow: 2, lastColumn: 4)],
            frozenRows: 1
        )
        let workbook = try XLSXReader.read(XLSXWriter.write(XLSXWorkbook(sheets: [sheet])))
        let read = try #require(workbook.sheet(named: "数"))
        #expect(read.cells.map(\.value) == ["金额", "2197.40", "<&>\"", "-0.10"])
        #expect(read.cells[1].kind == .number)
        #expect(read.cells[1].numberFormat == "#,##0.00")
        #expect(read.cells[1].formatDecimals == 2)
        #expect(read.merges == [XLSXRange(firstRow: 1, firstColumn: 3, lastRow: 2, lastColumn: 4)])
    }

    @Test func floatResidueIsRoundedToTheCellFormat() throws {
        let sheet = XLSXSheet(
            name: "数",
            rows: [
                [
                    XLSXCell(.number("767.5700000000001"), style: XLSXStyle(numberFormat: "#,##0.00")),
                    XLSXCell(.number("1.5E-2"), style: XLSXStyle(numberFormat: "#,##0.00")),
                    XLSXCell(.number("12"), style: XLSXStyle(numberFormat: "#,##0.00")),
                    XLSXCell(.number("0.1234567")),
                ]
            ]
        )
        let cells = try #require(XLSXReader.read(XLSXWriter.write(XLSXWorkbook(sheets: [sheet]))).sheets.first).cells
        #expect(cells.map { WorkbookText.amount($0)?.plainText } == ["767.57", "0.015", "12.00", "0.123457"])
    }

    @Test func badSheetNamesAreRejected() {
        #expect(throws: XLSXError.self) { try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "a/b")])) }
        #expect(throws: XLSXError.self) {
            try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "表一"), XLSXSheet(name: "表一")]))
        }
    }

    @Test func workbookHasOneSheetPerTableAndProject() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        let workbook = XLSXRenderer().workbook(document)
        let names = workbook.sheets.map(\.name)
        #expect(names.first == "情况说明")
        #expect(names.last == "文档信息")
        #expect(names.contains("表十一（6）"))
        #expect(names.count == 2 + 10 + 6)
        let summary = try #require(workbook.sheets.first { $0.name == "表一" })
        #expect(summary.frozenRows == 5)
        #expect(summary.merges.contains(XLSXRange(firstRow: 4, firstColumn: 3, lastRow: 4, lastColumn: 7)))
    }

    /// The same layout typed by hand: no narrative or information sheet, no captions, no merges, amounts typed
    /// without trailing zeros in cells formatted `#,##0.00`, one amount typed as text, all projects on one sheet.
    func handTyped(_ document: Disclosure) throws -> Data {
        let rendered = XLSXRenderer().workbook(document)
        var sheets: [XLSXSheet] = []
        for sheet in rendered.sheets where sheet.name.hasPrefix("表") {
            var rows = sheet.rows.filter { row in
                guard row.count == 1, case .text(let text) = row[0]?.value else { return true }
                return !(text.hasPrefix("表") && text.count <= 4)
            }
            rows = rows.map { row in
                row.map { cell in
                    guard var cell, case .number(var number) = cell.value else { return cell }
                    if number.contains(".") {
                        while number.hasSuffix("0") { number.removeLast() }
                        if number.hasSuffix(".") { number.removeLast() }
                    }
                    cell.value = .number(number)
                    return cell
                }
            }
            if sheet.name.hasPrefix("表十一（"), let index = sheets.indices.last {
                sheets[index].rows += [[]] + rows
            } else {
                sheets.append(XLSXSheet(name: sheet.name, rows: rows))
            }
        }
        if let index = sheets.firstIndex(where: { $0.name == "表六" }) {
            sheets[index].rows[sheets[index].rows.count - 10][1] = XLSXCell(.text("967.73"))
        }
        return try XLSXWriter.write(XLSXWorkbook(sheets: sheets))
    }

    @Test func handTypedWorkbookImports() throws {
        let document = try Documents.seed(Documents.seedNames[0]).withoutSourceLines()
        let imported = try DocumentImporter.importDocument(data: handTyped(document), fileName: "typed.xlsx")
        var expected = document.tables
        expected.financialSummary?.header.caption = nil
        expected.generalBudgetExpenditure?.header.caption = nil
        expected.generalBudgetBasicExpenditure?.header.caption = nil
        expected.threePublicExpenditure?.header.caption = nil
        expected.governmentFundExpenditure?.header.caption = nil
        expected.departmentSummary?.header.caption = nil
        expected.departmentIncome?.header.caption = nil
        expected.departmentExpenditure?.header.caption = nil
        expected.procurement?.header.caption = nil
        expected.overallPerformance?.header.caption = nil
        for index in expected.projectPerformance.indices { expected.projectPerformance[index].header.caption = nil }
        #expect(imported.tables == expected)
        #expect(imported.identity.departmentName == "重庆市南岸区政务服务管理办公室")
        #expect(imported.identity.departmentCode == "236")
        #expect(imported.identity.year == 2024)
    }

    @Test func sheetNameStandsForAMissingCaptionAndTitle() throws {
        let document = try Documents.seed(Documents.seedNames[0]).withoutSourceLines()
        var workbook = XLSXRenderer().workbook(document)
        let index = try #require(workbook.sheets.firstIndex { $0.name == "表三" })
        workbook.sheets[index].rows.removeFirst(2)
        workbook.sheets[index].merges = []
        let data = try XLSXWriter.write(workbook)
        let imported = try DocumentImporter.importDocument(data: data, fileName: "untitled.xlsx")
        let table = try #require(imported.tables.generalBudgetBasicExpenditure)
        #expect(table.header.caption == "表三")
        #expect(table.header.title == "2024年重庆市南岸区政务服务管理办公室一般公共预算财政拨款基本支出预算表")
        #expect(table.rows == document.tables.generalBudgetBasicExpenditure?.rows)
        #expect(table.totalRow == document.tables.generalBudgetBasicExpenditure?.totalRow)
    }

    @Test func errorsNameSheetRowAndCell() throws {
        let document = try Documents.seed(Documents.seedNames[0])
        var workbook = XLSXRenderer().workbook(document)
        let index = try #require(workbook.sheets.firstIndex { $0.name == "表二" })
        // Row 7 is 201 一般公共服务支出 (caption, title, unit line, two header rows, 合计 above it).
        workbook.sheets[index].rows[6][2] = XLSXCell(.text("82x.65"))
        let data = try XLSXWriter.write(workbook)
        #expect(throws: ImportError.self) { try DocumentImporter.importDocument(data: data, fileName: "bad.xlsx") }
        do {
            _ = try DocumentImporter.importDocument(data: data, fileName: "bad.xlsx")
        } catch let error as ImportError {
            #expect(error.file == "bad.xlsx")
            #expect(error.line == 7)
            #expect(error.description.contains("表二!C7"), "\(error)")
        }
    }

    @Test func aZipThatIsNotAWorkbookIsALocatedError() throws {
        let data = try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "其他", rows: [[XLSXCell(.text("x"))]])]))
        do {
            _ = try DocumentImporter.importDocument(data: data, fileName: "other.xlsx")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("other.xlsx:1: expected sheets named or captioned 表一"))
        }
    }

    @Test(.enabled(if: Tools.hasOpenpyxl, "needs python3 with openpyxl (pip install openpyxl)"))
    func workbookSavedAgainByOpenpyxlImportsTheSame() throws {
        let python = try #require(Tools.python)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for document in try Documents.seedNames.map(Documents.seed) {
            let original = directory.appendingPathComponent("original.xlsx")
            let resaved = directory.appendingPathComponent("resaved.xlsx")
            try XLSXRenderer().render(document).write(to: original)
            let script = "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])"
            let run = try Tools.run(python, ["-c", script, original.path, resaved.path])
            #expect(run.status == 0, "\(run.output)")
            let imported = try DocumentImporter.importDocument(
                data: Data(contentsOf: resaved),
                fileName: "resaved.xlsx"
            )
            #expect(imported == document.withoutSourceLines())
        }
    }

    @Test(.enabled(if: Tools.hasOpenpyxl, "needs python3 with openpyxl (pip install openpyxl)"))
    func openpyxlFindsEveryAmountAsANumber() throws {
        let python = try #require(Tools.python)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for document in try Documents.seedNames.map(Documents.seed) + Documents.generated.prefix(2) {
            let file = directory.appendingPathComponent("document.xlsx")
            try XLSXRenderer().render(document).write(to: file)
            var expected: [String: Int] = [:]
            for (sheet, grid) in zip(XLSXRenderer().workbook(document).sheets.dropFirst(), TableGrids.make(document)) {
                expected[sheet.name] = grid.rows.flatMap(\.cells).filter { $0.amount != nil }.count
            }
            let script = """
                import sys, json, re
                from decimal import Decimal
                import openpyxl
                book = openpyxl.load_workbook(sys.argv[1])
                result = {}
                for sheet in book.worksheets:
                    numbers, formats, strays = 0, set(), []
                    for row in sheet.iter_rows():
                        for cell in row:
                            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                                numbers += 1
                                formats.add(cell.number_format)
                            elif isinstance(cell.value, str) and re.fullmatch(r"-?[0-9,]+\\.[0-9]+", cell.value):
                                strays.append(cell.coordinate)
                    result[sheet.title] = {"numbers": numbers, "formats": sorted(formats), "strays": strays,
                                           "frozen": sheet.freeze_panes, "merged": len(sheet.merged_cells.ranges)}
                print(json.dumps(result, ensure_ascii=False))
                """
            let run = try Tools.run(python, ["-c", script, file.path])
            #expect(run.status == 0, "\(run.output)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [String: Any]]
            )
            for (name, count) in expected {
                let sheet = try #require(report[name], "\(name)")
                #expect(sheet["numbers"] as? Int == count, "\(name)")
                if name.hasPrefix("表") && !name.hasPrefix("表十") {
                    #expect((sheet["strays"] as? [String])?.isEmpty == true, "\(name): \(sheet["strays"] ?? "")")
                    if count > 0 { #expect((sheet["formats"] as? [String])?.contains("#,##0.00") == true, "\(name)") }
                    #expect(sheet["frozen"] is String, "\(name)")
                    #expect((sheet["merged"] as? Int ?? 0) > 0, "\(name)")
                }
            }
        }
    }
}
