import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// Jiangsu layouts the corpus does not show, on small PDFs written word by word (``TextPDF``): a table of contents of
/// bare titles, captions `表三`, a table continued on the next page under its repeated title, and amounts standing
/// between two column headers — placed when a neighbour is taken, a reading issue when not.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct JiangsuLayoutTests {
    typealias Word = TextPDF.Word

    /// The cover and a table of contents listing titles without numbers and without tables under them.
    static let contents: [Word] = [
        Word("江苏省测试厅2019年度部门预算公开", x: 120, y: 40, size: 16), Word("目录", x: 280, y: 80, size: 12),
        Word("收支预算总表", x: 80, y: 110), Word("收入预算总表", x: 80, y: 130), Word("支出预算总表", x: 80, y: 150),
        Word("财政拨款收支预算总表", x: 80, y: 170), Word("一般公共预算支出预算表", x: 80, y: 190),
        Word("政府采购支出预算表…………12", x: 80, y: 210),
    ]

    /// 支出预算总表 under the caption `表三`: headers 合计 [100, 120], 基本支出 [200, 240], 项目支出 [300, 340],
    /// 单位预留机动经费 [380, 460], 结转下年资金 [480, 540]; the amounts at their x.
    static func expenditureTable(_ amounts: [(String, Double)]) -> [Word] {
        [
            Word("表三", x: 60, y: 60), Word("支出预算总表", x: 240, y: 80, size: 16), Word("部门：江苏省测试厅", x: 60, y: 120),
            Word("单位：万元", x: 480, y: 120), Word("合计", x: 100, y: 150), Word("基本支出", x: 200, y: 150),
            Word("项目支出", x: 300, y: 150), Word("单位预留机动经费", x: 380, y: 150), Word("结转下年资金", x: 480, y: 150),
        ] + amounts.map { Word($0.0, x: $0.1, y: 180) }
    }

    /// 一般公共预算支出预算表 (caption `表七`) over two pages, its title and header repeated on the second.
    static let generalBudgetPages: [[Word]] = {
        func top(_ caption: Bool) -> [Word] {
            (caption ? [Word("表七", x: 60, y: 60)] : []) + [
                Word("一般公共预算支出预算表", x: 200, y: 80, size: 16), Word("部门：江苏省测试厅", x: 60, y: 120),
                Word("单位：万元", x: 480, y: 120), Word("科目编码", x: 60, y: 150), Word("科目名称", x: 200, y: 150),
                Word("金额", x: 460, y: 150),
            ]
        }
        return [
            top(true) + [
                Word("合计", x: 200, y: 180), Word("100.00", x: 460, y: 180), Word("201", x: 60, y: 200),
                Word("一般公共服务支出", x: 200, y: 200), Word("100.00", x: 460, y: 200), Word("20101", x: 60, y: 220),
                Word("人大事务", x: 200, y: 220), Word("100.00", x: 460, y: 220),
            ],
            top(false) + [
                Word("2010101", x: 60, y: 180), Word("行政运行", x: 200, y: 180), Word("60.00", x: 462.5, y: 180),
                Word("2010102", x: 60, y: 200), Word("一般行政管理事务", x: 200, y: 200), Word("40.00", x: 462.5, y: 200),
            ],
        ]
    }()

    static func document(_ pages: [[Word]]) throws -> Disclosure {
        try DocumentImporter.importDocument(data: TextPDF.make(pages: pages), fileName: "layout.pdf")
    }

    static func generic(_ document: Disclosure, _ identifier: String) -> GenericTable? {
        document.tables.additionalTables?.first { $0.identifier == identifier }
    }

    /// `100.00` stands between 合计 and 基本支出; `60.00` stands under 基本支出, so `100.00` is 合计's. The table of
    /// contents lists the same titles without tables: they are no tables (else 支出预算总表 would be found twice).
    @Test func amountBesideATakenColumnIsPlaced() throws {
        let document = try Self.document([
            Self.contents,
            Self.expenditureTable([("100.00", 150), ("60.00", 210), ("40.00", 310)]),
        ])
        #expect(document.identity.profile == .jiangsuProvincialBudget)
        #expect(document.identity.departmentName == "江苏省测试厅")
        #expect(document.identity.year == 2019)
        #expect(document.identity.variant == "caption-表一")
        #expect(document.parts?.first?.content == .tables)
        let table = try #require(Self.generic(document, "jiangsu-03"))
        #expect(table.header.caption == "表三")
        #expect(table.rows.first?.amounts == [Amount("100.00"), Amount("60.00"), Amount("40.00"), nil, nil])
        #expect(document.tables.readingIssues == nil)
        #expect(document.narrative.blocks.contains { $0.text.contains("收入预算总表") })
    }

    /// `100.00` stands between 合计 and 基本支出, and no amount stands under either: its column cannot be told. The table
    /// is kept as printed (each amount named by the headers around it), with a reading issue; no rule reads it, and it
    /// is not missing.
    @Test func amountBetweenTwoFreeColumnsIsAReadingIssue() throws {
        let document = try Self.document([Self.contents, Self.expenditureTable([("100.00", 150), ("40.00", 310)])])
        let issue = try #require(document.tables.readingIssues?.first)
        #expect(document.tables.readingIssues?.count == 1)
        #expect(issue.table == "jiangsu-03")
        #expect(issue.caption == "表三")
        #expect(issue.title == "支出预算总表")
        #expect(issue.reason.contains("“合计”") && issue.reason.contains("“基本支出”"))
        #expect(issue.reasonEnglish.contains("合计 and 基本支出"))
        let kept = try #require(Self.generic(document, "jiangsu-03"))
        #expect(kept.columns == ["金额"])
        #expect(kept.rows.map(\.name) == ["合计 / 基本支出", "项目支出"])
        #expect(kept.rows.map(\.amounts) == [[Amount("100.00")], [Amount("40.00")]])
        let report = Validator().validate(document)
        func outcome(_ id: String) -> RuleOutcome? { report.outcomes.first { $0.ruleID == id } }
        #expect(outcome("JS-A2")?.status == .notApplicable)
        // A tables-only document: the narrative rules lack their part.
        #expect(outcome("JS-N1")?.status == .insufficientData)
        // JS-R1 reports the tables this document lacks, not the one it could not read.
        let missing = outcome("JS-R1")?.findings.map(\.message.zh) ?? []
        #expect(missing.contains { $0.contains("缺少“收支预算总表”") })
        #expect(!missing.contains { $0.contains("缺少“支出预算总表”") })
    }

    /// A coded table continued on the next page under its repeated title and header is one table.
    @Test func tableContinuedUnderItsRepeatedTitle() throws {
        let document = try Self.document([Self.contents] + Self.generalBudgetPages)
        let table = try #require(document.tables.generalBudgetExpenditure)
        #expect(table.header.caption == "表七")
        #expect(table.totalRow?.amounts.total == Amount("100.00"))
        #expect(table.rows.map(\.code) == ["201", "20101", "2010101", "2010102"])
        #expect(table.row(code: "2010102")?.amounts.total == Amount("40.00"))
        #expect(document.tables.readingIssues == nil)
        let report = Validator().validate(document)
        #expect(report.outcomes.first { $0.ruleID == "A1" }?.status == .passed)
    }

    /// The “三公” table with `5.00` between the headers 小计 (公务用车) and 公务用车购置费, neither holding another amount:
    /// the typed table is left out, the table kept as printed with the issue, and JS-A4 does not read it.
    @Test func typedTableNotReadWithCertaintyIsLeftOut() throws {
        let headers: [(String, Double)] = [
            ("合计", 30), ("小计", 80), ("因公出国（境）费", 120), ("小计", 190), ("公务用车购置费", 220), ("公务用车运行维护费", 280),
            ("公务接待费", 350), ("会议费", 400), ("培训费", 450),
        ]
        let amounts: [(String, Double)] = [
            ("90.00", 30), ("30.00", 80), ("10.00", 130), ("5.00", 206), ("15.00", 355), ("40.00", 400), ("20.00", 450),
        ]
        let page =
            [
                Word("表九", x: 60, y: 60), Word("“三公”经费、会议费、培训费支出预算表", x: 150, y: 80, size: 16),
                Word("部门：江苏省测试厅", x: 60, y: 120), Word("单位：万元", x: 480, y: 120),
            ] + headers.map { Word($0.0, x: $0.1, y: 150, size: 6) }
            + amounts.map { Word($0.0, x: $0.1, y: 180, size: 6) }
        let document = try Self.document([Self.contents, page])
        #expect(document.tables.threePublicExpenditure == nil)
        let issue = try #require(document.tables.readingIssues?.first)
        #expect(issue.table == TableKind.threePublicExpenditure.identifier)
        #expect(issue.reason.contains("5.00"))
        let kept = try #require(Self.generic(document, "jiangsu-09"))
        #expect(kept.rows.count == amounts.count)
        #expect(kept.rows.contains { $0.name == "小计 / 公务用车购置费" && $0.amounts == [Amount("5.00")] })
        let report = Validator().validate(document)
        // The rules that need a table not read with certainty report insufficient data (docs/VALIDATION.md).
        #expect(report.outcomes.first { $0.ruleID == "JS-A4" }?.status == .insufficientData)
        #expect(
            !(report.outcomes.first { $0.ruleID == "R1" }?.findings ?? []).contains {
                $0.location.table == .threePublicExpenditure
            }
        )
    }

    /// A title printed twice with other tables between is a second table of the same kind: a located error.
    @Test func sameTableTwiceIsAnError() throws {
        let pages =
            [Self.contents, Self.expenditureTable([("100.00", 150), ("60.00", 210), ("40.00", 310)])]
            + Self.generalBudgetPages.prefix(1)
            + [Self.expenditureTable([("100.00", 150), ("60.00", 210), ("40.00", 310)])]
        let error = try #require(throws: ImportError.self) { _ = try Self.document(pages) }
        #expect(error.code == .duplicateTable)
        #expect(error.description.contains("支出预算总表"))
    }
}
