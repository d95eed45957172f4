import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The reader of the national-template families (`Sources/YusuanImport/PDF/Grid/`): tables found by their titles in
/// any order, cells placed by the header's geometry, typed tables only from certain readings. One test per failure
/// mode of issue 16, each on the real corpus file that showed it; the amounts below were read off the PDFs by hand.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FamilyReaderTests {
    static func load(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
    }

    static func errors(_ document: Disclosure) -> [Finding] {
        Validator().validate(document).findings.filter { $0.severity == .error }
    }

    static func generic(_ document: Disclosure, _ identifier: String) -> GenericTable? {
        document.tables.additionalTables?.first { $0.identifier == identifier }
    }

    /// `10.81  0  0.83  9.98  0  9.98  217.83` under 合计, 因公出国, 公务接待费, 小计, 购置费, 运行费, 机关运行经费 (in
    /// that order): every figure in the column it stands under. Before, the zeros moved the columns and A5, X7 and
    /// N16 reported errors on a correct table.
    @Test func zerosKeepTheirColumns() throws {
        let document = try Self.load("shanghai-putuo-justice-2026-budget.pdf")
        let table = try #require(document.tables.threePublicExpenditure)
        #expect(table.amounts.total == Amount("10.81"))
        #expect(table.amounts.abroad == Amount("0"))
        #expect(table.amounts.reception == Amount("0.83"))
        #expect(table.amounts.vehicleSubtotal == Amount("9.98"))
        #expect(table.amounts.vehiclePurchase == Amount("0"))
        #expect(table.amounts.vehicleOperation == Amount("9.98"))
        #expect(table.operatingCost == Amount("217.83"))
        #expect(table.header.unit == .tenThousandYuan)
        let rules = Set(Self.errors(document).map(\.ruleID))
        #expect(rules.isDisjoint(with: ["A5", "X7", "N16"]))
    }

    /// A “三公” table printing 2025 and 2026 side by side, 购置费 blank in both years: this year's figures, the blank
    /// cell blank (nil), nothing shifted into it.
    @Test func blankCellsAndYearGroupsKeepTheirColumns() throws {
        let document = try Self.load("chongqing-municipal-govoffice-2026-budget.pdf")
        let table = try #require(document.tables.threePublicExpenditure)
        #expect(table.amounts.total == Amount("394.49"))
        #expect(table.amounts.abroad == Amount("184.49"))
        #expect(table.amounts.vehicleSubtotal == Amount("200.00"))
        #expect(table.amounts.vehiclePurchase == nil)
        #expect(table.amounts.vehicleOperation == Amount("200.00"))
        #expect(table.amounts.reception == Amount("10.00"))
    }

    /// A “三公” table by unit (Hangzhou): the typed table from the 合计 row, every unit's row kept.
    @Test func threePublicByUnit() throws {
        let document = try Self.load("hangzhou-meteorology-2026-budget.pdf")
        let table = try #require(document.tables.threePublicExpenditure)
        #expect(table.amounts.total == Amount("24.02"))
        #expect(table.amounts.abroad == nil)
        #expect(table.amounts.vehicleSubtotal == Amount("18.00"))
        #expect(table.amounts.vehicleOperation == Amount("18.00"))
        #expect(table.amounts.reception == Amount("6.02"))
        let rows = try #require(Self.generic(document, "three-public-expenditure-rows"))
        #expect(rows.rows.count == 3)
        #expect(rows.rows.map(\.name).contains("杭州市气象局"))
    }

    /// `301  2  津贴补贴`: a 款 printed without its leading zero is read as 30102, with an info remark on the printing,
    /// not as a name `2津贴补贴` (8 false A1/A2 errors before).
    @Test func sectionCodeWithoutItsLeadingZero() throws {
        let document = try Self.load("shanghai-putuo-wanli-subdistrict-2024-budget.pdf")
        let economic = try #require(document.tables.generalBudgetBasicExpenditure)
        #expect(economic.row(code: "30102")?.name == "津贴补贴")
        #expect(economic.row(code: "30102")?.total == Amount("16623810"))
        #expect(economic.row(code: "30107")?.name == "绩效工资")
        let remarks = (document.tables.readingIssues ?? []).filter { !$0.isUncertain }
        #expect(remarks.count == 2)
        #expect(remarks.allSatisfy { $0.reason.contains("缺少前导零") })
        let report = Validator().validate(document)
        #expect(report.outcome(of: "R8")?.findings.map(\.severity) == [.info, .info])
        let tableErrors = report.findings.filter { $0.severity != .info && ["A1", "A2", "C2"].contains($0.ruleID) }
        #expect(tableErrors.isEmpty)
    }

    /// The Shanghai 单位预算 template (预算单位财务收支预算总表 …), unreadable before: read, and its real table defect
    /// found — 行政运行 prints 64,840,547.00 in 项目支出 (its 总计 equals its 基本支出), so 20406's 项 add up to twice
    /// the 款 (A1) and 行政运行 to more than its total (A3), in 表二 and 表八 alike.
    @Test func unitBudgetTemplate() throws {
        let document = try Self.load("shanghai-putuo-justice-unit-2026-budget.pdf")
        #expect(document.identity.profile == .shanghaiDistrictBudget)
        #expect(document.identity.variant == "unit")
        #expect(document.identity.unit == .yuan)
        #expect(document.identity.departmentName == "上海市普陀区司法局")
        let general = try #require(document.tables.generalBudgetExpenditure)
        #expect(general.row(code: "2040601")?.amounts.project == Amount("64840547.00"))
        for kind in [
            TableKind.departmentSummary, .departmentIncome, .departmentExpenditure, .financialSummary,
            .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
            .governmentFundExpenditure,
        ] {
            #expect(document.tables.contains(kind), "\(kind)")
        }
        let table = Self.errors(document).filter { $0.ruleID.hasPrefix("A") }
        #expect(Set(table.map(\.ruleID)) == ["A1", "A3"])
        #expect(table.allSatisfy { $0.location.row == "20406" || $0.location.row == "2040601" })
    }

    /// Chongqing municipal: 表一 is the 部门收支总体情况表 and the 三公 table is 表八 — each table known by its title, not
    /// its caption; the family and its variant named; no error on the consistent document.
    @Test func chongqingMunicipalByTitle() throws {
        let document = try Self.load("chongqing-municipal-govoffice-2026-budget.pdf")
        #expect(document.identity.profile == .chongqingDistrictBudget)
        #expect(document.identity.variant == "municipal")
        #expect(document.tables.departmentSummary?.header.caption == "表一")
        #expect(document.tables.financialSummary?.header.caption == "表四")
        #expect(document.tables.threePublicExpenditure?.header.caption == "表八")
        // 表九 政府采购预算明细表, headed 项目编号 / 项目 / 总计 / 一般公共预算拨款收入 … (an error before: “expected the
        // column headers of 表九 (编号、项目、总计)”): kept whole.
        let procurement = try #require(Self.generic(document, "procurement"))
        #expect(procurement.columns.first == "总计")
        #expect(procurement.rows.map(\.name) == ["合计", "货物", "服务"])
        #expect(
            procurement.rows.map { $0.amounts.first ?? nil } == [
                Amount("4542.69"), Amount("110.00"), Amount("4432.69"),
            ]
        )
        #expect(Self.errors(document).isEmpty, "\(Self.errors(document).map(\.message.zh))")
    }

    /// Chongqing municipal 表五: `2026年预算数` over 总计, 基本支出 (小计 人员经费 公用经费) and 项目支出, with a line of
    /// `2025年预算数` between `2026年预算数` and `基本支出` — two headers, not one cell wrapped over two lines. The
    /// typed table takes 总计, the 小计 under 基本支出 and 项目支出 of 2026; 2025年预算数, 人员经费 and 公用经费 are kept
    /// beside it. X1, X2 and X3 then run (they lacked data before) and find no error; a row printed with its 2025
    /// figure only (21501 资源勘探开发) is no row of the year.
    @Test func chongqingMunicipalGeneralBudgetTable() throws {
        let document = try Self.load("chongqing-municipal-govoffice-2026-budget.pdf")
        let table = try #require(document.tables.generalBudgetExpenditure)
        #expect(table.header.caption == "表五")
        #expect(table.totalRow?.amounts.total == Amount("18417.70"))
        #expect(table.totalRow?.amounts.basic == Amount("9018.47"))
        #expect(table.totalRow?.amounts.project == Amount("9399.23"))
        let rest = try #require(Self.generic(document, "general-budget-expenditure-other-columns"))
        #expect(rest.columns == ["2025年预算数", "人员经费", "公用经费"])
        let report = Validator().validate(document)
        for id in ["X1", "X2", "X3"] { #expect(report.outcome(of: id)?.status == .passed, "\(id)") }
        #expect(report.errorCount == 0)
        let resources = try Self.load("chongqing-municipal-planning-resources-2026-budget.pdf")
        let row = try #require(resources.tables.generalBudgetExpenditure?.rows.first { $0.code == "21501" })
        #expect(row.amounts.total == nil)
        #expect(Validator().validate(resources).outcome(of: "X3")?.status == .passed)
    }

    /// A narrative whose tables are published in an attachment (Beijing): the narrative part, the table of contents
    /// listing the tables taken for no table, and no “missing table” error.
    @Test func narrativeOnlyFile() throws {
        let document = try Self.load("beijing-emergency-2026-budget.pdf")
        #expect(document.parts?.map(\.content) == [.narrative])
        #expect(!DisclosureTables().contains(.departmentSummary))
        #expect(document.tables.additionalTables == nil)
        let report = Validator().validate(document)
        #expect(report.outcome(of: "R1")?.status == .insufficientData)
        #expect(report.errorCount == 0)
    }

    /// The cities' own titles, orders and numbering (一、收支总体情况表 …, 表1 收支总表 …, 公开01表 …): read, typed
    /// where a table prints the typed table's columns and codes (Hangzhou prints names without codes: its tables stay
    /// generic), no error. Codes printed `[20105]统计信息事务` are read as codes; a running page header
    /// (`苏州市审计局2026年度部门预算公开`) is no row.
    @Test(arguments: [
        "shenzhen-audit-2026-budget.pdf", "guangzhou-statistics-2026-budget.pdf",
        "hangzhou-public-security-2026-budget.pdf",
        "suzhou-audit-2026-budget.pdf",
    ])
    func cityBudget(_ name: String) throws {
        let document = try Self.load(name)
        #expect(document.identity.profile == .nationalBudget)
        #expect(document.identity.year == 2026)
        #expect(document.tables.departmentExpenditure != nil || Self.generic(document, "department-expenditure") != nil)
        #expect(Self.errors(document).isEmpty, "\(Self.errors(document).map(\.message.zh))")
        #expect((document.tables.readingIssues ?? []).filter(\.isUncertain).isEmpty)
    }

    /// A text layer that prints numbers as overlapping pieces run into the next cell (`174,900` `.64101,833`): the table
    /// is not read with certainty — a located warning, its rules lack data, its content kept.
    @Test func uncertainTableIsALocatedWarning() throws {
        let document = try Self.load("chongqing-municipal-commerce-2026-budget.pdf")
        let issue = try #require(document.tables.readingIssues?.first { $0.isUncertain })
        #expect(issue.table == TableKind.departmentIncome.identifier)
        #expect(issue.caption == "表二")
        #expect(document.tables.departmentIncome == nil)
        #expect(Self.generic(document, "department-income") != nil)
        let report = Validator().validate(document)
        #expect(report.outcome(of: "R8")?.findings.first?.location.line == issue.line)
        #expect(report.outcome(of: "A8")?.status == .insufficientData)
        #expect(report.errorCount == 0)
    }

    /// Every corpus PDF imports, and the model of every file — with tables or narrative only (Beijing, the Jiangsu
    /// narratives, Xi'an) — holds at least 95 % of the amounts it prints (`PDFAmountCoverage`, docs/PDF.md “Amounts
    /// read”).
    @Test func everyCorpusFileImportsWithItsAmounts() throws {
        for name in try PDFFixtures.corpusFiles() {
            let data = try PDFFixtures.data(name)
            let document = try DocumentImporter.importDocument(data: data, fileName: name)
            guard document.identity.variant != "template" else { continue }
            let coverage = try PDFAmountCoverage.measure(data: data, fileName: name, document: document)
            #expect(
                coverage.share >= 0.95,
                "\(name): \(coverage.printed.count - coverage.missed.count)/\(coverage.printed.count)"
            )
        }
    }
}
