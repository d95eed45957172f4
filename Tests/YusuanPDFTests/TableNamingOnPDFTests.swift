import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// Findings on the corpus documents of other families name the tables as those documents print them, never by the
/// Chongqing district template's numbers (表二, 表三, 表五 are other tables there, or none at all).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct TableNamingOnPDFTests {
    static func report(_ name: String) throws -> ValidationReport {
        Validator().validate(try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name))
    }

    /// Shanghai prints no caption: N17's hint names the function table by its title.
    @Test func shanghaiTableWithoutCaptionIsNamedByItsTitle() throws {
        let report = try Self.report("shanghai-putuo-justice-2026-budget.pdf")
        let finding = try #require(report.outcome(of: "N17")?.findings.first)
        let title = "2026年部门一般公共预算支出功能分类预算表"
        #expect(finding.message.zh.contains("“\(title)” 2210201 住房公积金为 2087959.00元"), "\(finding.message.zh)")
        #expect(finding.message.en.contains("Table \(title), row 2210201 住房公积金 has"), "\(finding.message.en)")
        #expect(!finding.message.zh.contains("表二"))
    }

    /// The Jiangsu tables file of 江苏省人大常委会办公厅 2019 prints its empty 政府性基金 table as 公开表十, without a note.
    @Test func jiangsuEmptyTableIsNamedByItsCaption() throws {
        let report = try Self.report("jiangsu-npc-office-2019-budget-tables.pdf")
        let finding = try #require(report.outcome(of: "R-EMPTY")?.findings.first)
        #expect(finding.message.zh.hasPrefix("公开表十“财政拨款政府性基金支出预算表”为空表，但未附说明。"), "\(finding.message.zh)")
        #expect(finding.location.caption == "公开表十")
        #expect(!finding.message.zh.contains("表五"))
    }

    /// Chongqing municipal numbers its tables its own way: the 一般公共预算基本支出 table is 表六 (表三 is the 部门支出
    /// table), the 部门支出 table 表三 (表八 is the “三公” table).
    @Test func chongqingMunicipalTablesAreNamedByTheirOwnNumbers() throws {
        let report = try Self.report("chongqing-municipal-commerce-2026-budget.pdf")
        let findings = report.outcome(of: "A1")?.findings ?? []
        let economic = try #require(findings.first { $0.location.table == .generalBudgetBasicExpenditure })
        #expect(economic.message.zh.hasPrefix("表六“2026年一般公共预算基本支出情况表” 301 工资福利支出"), "\(economic.message.zh)")
        #expect(economic.message.en.hasPrefix("Table 6 (2026年一般公共预算基本支出情况表), row 301"), "\(economic.message.en)")
        #expect(economic.location.caption == "表六")
        let department = try #require(findings.first { $0.location.table == .departmentExpenditure })
        #expect(department.message.zh.hasPrefix("表三“2026年部门支出总体情况表” "), "\(department.message.zh)")
        #expect(department.location.caption == "表三")
    }
}
