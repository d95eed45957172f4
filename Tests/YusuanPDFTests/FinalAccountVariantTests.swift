import Foundation
import Testing
import YusuanCore
import YusuanValidation

@testable import YusuanImport

/// 部门决算 documents other than the corpus one: a table missing, titles worded otherwise, a fund table without
/// carry-over columns, amounts that cannot be placed in a row with certainty.
struct FinalAccountVariantTests {
    typealias Text = FinalAccountTestPDF.Text

    /// Titles are recognised by their words, with a department and year in front, a number, or the fund tables'
    /// shorter wording.
    @Test(arguments: [
        ("收入支出决算总表", FinalAccountTableKind.summary),
        ("上海市XX局2024年度收入支出决算总表", .summary),
        ("部门收支决算总表", .summary),
        ("收入决算表", .income),
        ("支出决算表", .expenditure),
        ("财政拨款收入支出决算总表", .financialSummary),
        ("一般公共预算财政拨款支出决算表", .generalBudgetExpenditure),
        ("一般公共预算财政拨款基本支出决算表", .basicExpenditure),
        ("财政拨款“三公”经费支出决算表", .threePublic),
        ("一般公共预算财政拨款\"三公\"经费支出决算表", .threePublic),
        ("政府性基金预算财政拨款收入支出决算表", .governmentFund),
        ("政府性基金预算财政拨款支出决算表", .governmentFund),
        ("国有资本经营预算财政拨款支出决算表", .stateCapital),
        ("国有资本经营预算财政拨款收入支出决算表", .stateCapital),
    ])
    func titleWords(title: String, kind: FinalAccountTableKind) {
        #expect(FinalAccountTableKind.recognise(title: title) == kind)
        #expect(FinalAccountTableKind.recognise(title: "表8" + title) == kind)
        #expect(FinalAccountTableKind.recognise(title: "三、" + title) == kind)
        #expect(FinalAccountTableKind.recognise(title: "附表1：" + title) == kind)
    }

    /// Part headings and narrative headings name no table.
    @Test(arguments: ["上海市XX局2024年度部门决算表", "第二部分上海市普陀区财政局2024年度部门决算表", "三、支出决算情况说明", "收入决算"])
    func notATitle(text: String) {
        #expect(FinalAccountTableKind.recognise(title: text) == nil)
    }

    // MARK: - A table missing

    /// The corpus 决算 with the two pages of 支出决算表 removed (Fixtures/final-account/README.md).
    static let withoutExpenditure = "shanghai-putuo-finance-2024-final-without-expenditure.pdf"

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/final-account")
        )
        return try Data(contentsOf: url)
    }

    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func aMissingTableIsReportedNotFatal() throws {
        let document = try DocumentImporter.importDocument(
            data: Self.fixture(Self.withoutExpenditure),
            fileName: "cut.pdf"
        )
        let full = try FinalAccountTests.load()
        let identifiers = try #require(document.tables.additionalTables).map(\.identifier)
        #expect(!identifiers.contains("final-expenditure"))
        #expect(identifiers.count == 7)
        // The tables that are there read as in the whole document.
        for identifier in identifiers {
            #expect(
                FinalAccountTests.amounts(of: identifier, in: document)
                    == FinalAccountTests.amounts(of: identifier, in: full),
                "\(identifier)"
            )
        }
        #expect(
            FinalAccountTests.amounts(of: "general-budget-expenditure", in: document)
                == FinalAccountTests.amounts(of: "general-budget-expenditure", in: full)
        )
        #expect(document.narrative.blocks.contains { $0.text.contains("本年收入合计2946.25万元") })
        let findings = Validator().validate(document).outcomes.flatMap(\.findings)
        let missing = findings.filter { $0.ruleID == "F6" }
        #expect(missing.count == 1)
        #expect(missing.first?.severity == .error)
        #expect(missing.first?.location.caption == "支出决算表")
        // Where it should stand: at the title of the table that follows it.
        let next = try #require(document.tables.additionalTables?.first { $0.identifier == "final-financial-summary" })
        #expect(missing.first?.location.line == next.header.line)
        #expect(missing.first?.message.zh.contains("应在“财政拨款收入支出决算总表”之前") == true)
    }

    // MARK: - Placing amounts

    /// A 收入决算表 with two 项 under 20106; the amounts of 2010602 are printed `offset` points below the code line of
    /// 2010601 (rows are 20 pt apart).
    static func incomeTable(amountsOf2010602At offset: Double) -> [Text] {
        var texts: [Text] = [
            Text(x: 380, y: 60, text: "收入决算表", size: 14), Text(x: 740, y: 80, text: "单位：万元"),
            Text(x: 100, y: 110, text: "项目"), Text(x: 60, y: 125, text: "科目编码"), Text(x: 150, y: 125, text: "科目名称"),
            Text(x: 300, y: 125, text: "本年收入合计"), Text(x: 380, y: 125, text: "财政拨款收入"),
            Text(x: 460, y: 125, text: "上级补助收入"), Text(x: 540, y: 125, text: "事业收入"),
            Text(x: 600, y: 125, text: "经营收入"), Text(x: 660, y: 125, text: "附属单位上缴收入"),
            Text(x: 760, y: 125, text: "其他收入"),
        ]
        let rows: [(String, String, String, Double)] = [
            ("", "合计", "100.00", 150), ("201", "一般公共服务支出", "100.00", 170), ("20106", "财政事务", "100.00", 190),
            ("2010601", "行政运行", "90.00", 210), ("2010602", "一般行政管理事务", "10.00", 230),
        ]
        for (code, name, amount, y) in rows {
            if !code.isEmpty { texts.append(Text(x: 60, y: y, text: code)) }
            texts.append(Text(x: 150, y: y, text: name))
            let amountY = code == "2010602" ? 210 + offset : y
            let x = amount.count == 6 ? 314.0 : 319.0
            texts.append(Text(x: x, y: amountY, text: amount))
            texts.append(Text(x: x + 80, y: amountY, text: amount))
        }
        return texts
    }

    static func importIncome(offset: Double) throws -> Disclosure {
        let data = FinalAccountTestPDF.make(pages: [
            FinalAccountOverprintTests.cover, Self.incomeTable(amountsOf2010602At: offset),
        ])
        return try DocumentImporter.importDocument(data: data, fileName: "income.pdf")
    }

    /// Amounts a third of a row above their code (as 支出决算表 of the corpus prints its 基本支出) find their row.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func amountsNearTheirCodeAreCertain() throws {
        let document = try Self.importIncome(offset: 13)
        #expect(document.tables.readingIssues == nil)
        let income = try #require(document.tables.additionalTables?.first { $0.identifier == "final-income" })
        #expect(income.row(code: "2010602")?.amounts.prefix(2) == [Amount("10.00"), Amount("10.00")])
        #expect(income.row(code: "2010601")?.amounts.prefix(2) == [Amount("90.00"), Amount("90.00")])
        #expect(income.totalRow?.amounts.first == Amount("100.00"))
    }

    /// Amounts halfway between two rows are not guessed: the table is a reading issue, its content kept.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func amountsBetweenTwoRowsAreAReadingIssue() throws {
        let document = try Self.importIncome(offset: 10)
        let issues = try #require(document.tables.readingIssues)
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.table == "final-income")
        #expect(issue.title == "收入决算表")
        #expect(issue.reason.contains("10.00") && issue.reason.contains("2010601 行政运行"))
        #expect(issue.reason.contains("2010602 一般行政管理事务") && issue.reason.contains("另有 1 处"))
        #expect(issue.reasonEnglish.contains("its row is not certain"))
        // The line of the amounts, between the lines of the two rows.
        let income = try #require(document.tables.additionalTables?.first { $0.identifier == "final-income" })
        let rowLines = try [#require(income.row(code: "2010601")?.line), #require(income.row(code: "2010602")?.line)]
        let line = try #require(issue.line)
        #expect(line > rowLines[0] && line < rowLines[1])
        // Nothing is lost: both amounts are in the table kept as read.
        #expect(income.rows.flatMap(\.amounts).compactMap { $0 }.filter { $0 == Amount("10.00") }.count == 2)
    }

    // MARK: - Fund tables without carry-over columns

    /// `政府性基金预算财政拨款支出决算表` (without 收入), with 合计, 基本支出, 项目支出, after a department and year.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func fundTableWithoutCarryOverColumns() throws {
        let fund: [Text] = [
            Text(x: 250, y: 60, text: "上海市测试局2024年度政府性基金预算财政拨款支出决算表", size: 14),
            Text(x: 740, y: 80, text: "单位：万元"), Text(x: 60, y: 110, text: "科目编码"), Text(x: 150, y: 110, text: "科目名称"),
            Text(x: 400, y: 110, text: "合计"), Text(x: 500, y: 110, text: "基本支出"), Text(x: 600, y: 110, text: "项目支出"),
            Text(x: 150, y: 135, text: "合计"), Text(x: 400, y: 135, text: "30.00"), Text(x: 610, y: 135, text: "30.00"),
            Text(x: 60, y: 155, text: "212"), Text(x: 150, y: 155, text: "城乡社区支出"), Text(x: 400, y: 155, text: "30.00"),
            Text(x: 610, y: 155, text: "30.00"),
        ]
        let data = FinalAccountTestPDF.make(pages: [FinalAccountOverprintTests.cover, fund])
        let document = try DocumentImporter.importDocument(data: data, fileName: "fund.pdf")
        let table = try #require(document.tables.additionalTables?.first { $0.identifier == "final-government-fund" })
        #expect(table.columns == ["合计", "基本支出", "项目支出"])
        #expect(table.row(code: "212")?.amounts == [Amount("30.00"), nil, Amount("30.00")])
        #expect(table.totalRow?.amounts == [Amount("30.00"), nil, Amount("30.00")])
        #expect(document.identity.variant == "shanghai")
        // F3 reads 合计 = 基本支出 + 项目支出 there.
        let outcome = Validator().validate(document).outcomes.first { $0.ruleID == "F3" }
        #expect(outcome?.findings.isEmpty == true)
    }
}
