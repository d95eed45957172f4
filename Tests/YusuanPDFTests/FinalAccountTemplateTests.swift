import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The official blank template of the Shanghai 部门决算 (`上海市 XX 局 2024 年度部门决算`, corpus README): every table
/// printed with placeholders and no amounts. It reads (nine tables, empty, the narrative kept), and every
/// placeholder is an R6 finding at its line; nothing in it is an arithmetic finding.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FinalAccountTemplateTests {
    static let template = "shanghai-final-account-template-2024.pdf"

    static func load() throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(template), fileName: "template.pdf")
    }

    static func table(_ identifier: String, in document: Disclosure) throws -> GenericTable {
        try #require(document.tables.additionalTables?.first { $0.identifier == identifier })
    }

    @Test func identity() throws {
        let identity = try Self.load().identity
        #expect(identity.kind == .finalAccount)
        #expect(identity.profile == .nationalFinalAccount)
        #expect(identity.variant == "template")
        #expect(identity.year == 2024)
        #expect(identity.departmentName == "上海市XX局")
        #expect(identity.unit == .tenThousandYuan)
    }

    @Test func theNineTablesAreThereAndEmpty() throws {
        let document = try Self.load()
        #expect(document.tables.readingIssues == nil)
        let generic = try #require(document.tables.additionalTables)
        #expect(
            generic.map(\.identifier) == [
                "final-summary", "final-income", "final-expenditure", "final-financial-summary",
                "final-basic-expenditure", "final-three-public", "final-government-fund", "final-state-capital",
            ]
        )
        #expect(generic.allSatisfy { $0.isEmpty })
        for table in FinalAccountTests.titles.map(\.table) {
            #expect(FinalAccountTests.amounts(of: table, in: document).isEmpty, "\(table)")
        }
        // The typed table holds the template's example rows, without amounts.
        let general = try #require(document.tables.generalBudgetExpenditure)
        #expect(general.rows.map(\.code) == ["205", "20502", "2050205", "207", "20799"])
        #expect(general.row(code: "20799")?.name == "其他文化旅游体育与传媒支出")
        #expect(general.totalRow?.name == "合计")
        #expect(general.header.unit == .tenThousandYuan)
    }

    @Test func theEmptyTablesKeepTheirRowsAndNotes() throws {
        let document = try Self.load()
        // Two-sided 总表: every label, left and right.
        let summary = try Self.table("final-summary", in: document)
        #expect(summary.rows.first?.name == "一、一般公共预算财政拨款收入 | 一、一般公共服务支出")
        #expect(summary.rows.contains { $0.name == " | 二十四、抗疫特别国债安排的支出" })
        #expect(summary.rows.last?.name == "总计 | 总计")
        let financial = try Self.table("final-financial-summary", in: document)
        #expect(financial.columns.count == 5)
        #expect(financial.rows.contains { $0.name == "年初财政拨款结转和结余 | 年末财政拨款结转和结余" })
        // Coded tables: the 合计 row, the example codes and the rows left to be filled (`…`).
        for identifier in ["final-income", "final-expenditure"] {
            let table = try Self.table(identifier, in: document)
            #expect(table.rows.first?.name == "合计")
            #expect(table.rows.map(\.code).filter { !$0.isEmpty } == ["205", "20502", "2050205", "207", "20799"])
            #expect(table.rows.filter { $0.name == "…" }.count == 4)
        }
        // The economic table: both sides, every 款 of the template.
        let basic = try Self.table("final-basic-expenditure", in: document)
        #expect(basic.row(code: "30108")?.name == "机关事业单位基本养老保险缴费")
        #expect(basic.row(code: "31007")?.name == "信息网络及软件购置更新")
        // 27 on the left (301, 303), 38 on the right (302, 310).
        #expect(basic.rows.filter { !$0.code.isEmpty }.count == 65)
        #expect(basic.totalRow?.name == "人员经费合计 | 公用经费合计")
        // “三公”: the 12 marks found, no row.
        let threePublic = try Self.table("final-three-public", in: document)
        #expect(threePublic.columns.count == 12 && threePublic.rows.isEmpty)
        // Fund tables: the 合计 row; the note keeps the template's instruction and its statement.
        for (identifier, fund) in [("final-government-fund", "政府性基金"), ("final-state-capital", "国有资本经营")] {
            let table = try Self.table(identifier, in: document)
            #expect(table.rows.map(\.name) == ["合计"])
            let note = try #require(table.header.note)
            #expect(note.hasPrefix("注：本表反映部门本年度\(fund)"))
            #expect(note.hasSuffix("说明：上海市XX局本年度没有\(fund)预算财政拨款收入和支出，故本表无数据。"))
        }
    }

    @Test func theNarrativeIsKept() throws {
        let blocks = try Self.load().narrative.blocks
        #expect(blocks.contains { $0.kind == .heading && $0.text == "一、收入支出决算总体情况说明" })
        #expect(blocks.contains { $0.text.contains("上海市XX局2024年度收入支出总计XXX万元") })
        #expect(blocks.contains { $0.kind == .heading && $0.text.hasPrefix("第四部分") })
    }

    @Test func everyPlaceholderIsAFindingAndNothingIsArithmetic() throws {
        let document = try Self.load()
        let report = Validator().validate(document)
        let findings = report.outcomes.flatMap(\.findings)
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.filter { $0.severity == .error })")
        // No arithmetic or cross-table finding from the empty tables.
        let arithmetic = findings.filter { finding in
            let category = report.descriptors.first { $0.id == finding.ruleID }?.category
            return category == .arithmetic || category == .crossTable
        }
        #expect(arithmetic.isEmpty, "\(arithmetic.map(\.message.zh))")
        let placeholders = findings.filter { $0.ruleID == "R6" }
        let lines = Set(placeholders.compactMap(\.location.line))
        // Each narrative block with a placeholder (the cover and table of contents, the section headings naming
        // 上海市 XX 局, the sentences with XXX 万元 and XX%), at its line.
        let narrative = document.narrative.blocks.filter { $0.text.contains("XX") }
        #expect(narrative.count > 40)
        for block in narrative { #expect(lines.contains(block.line ?? -1), "\(block.text.prefix(30))") }
        // The fund tables' notes (`说明：上海市 XX 局本年度没有…`), at their lines.
        for identifier in ["final-government-fund", "final-state-capital"] {
            let table = try Self.table(identifier, in: document)
            let noteLine = try #require(table.header.noteLine)
            #expect(lines.contains(noteLine), "\(identifier)")
        }
        // The rows left to be filled, at their lines.
        for identifier in ["final-income", "final-expenditure"] {
            for row in try Self.table(identifier, in: document).rows where row.name == "…" {
                #expect(placeholders.contains { $0.location.line == row.line && $0.message.zh.contains("占位行") })
            }
        }
        // One finding per text: the cover's title is checked once, as the first block.
        #expect(placeholders.filter { $0.location.line == 1 }.count == 1)
        #expect(placeholders.count == narrative.count + 2 + 8)
        #expect(placeholders.allSatisfy { $0.severity == .warning })
    }
}
