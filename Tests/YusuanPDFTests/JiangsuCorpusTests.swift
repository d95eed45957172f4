import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// Every Jiangsu provincial 部门预算 of the corpus (2017–2019: 江苏省人大常委会办公厅, 中共江苏省委办公厅, 江苏省人民检察院),
/// whatever its captions (`公开01表`, `公开 01 表`, `公开表一`, none) and whether narrative and tables are one file or
/// two. The totals below were read by hand from `pdftotext -layout` of each file.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct JiangsuCorpusTests {
    /// What a corpus file is, read by hand.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var department: String
        var year: Int
        var variant: String?
        /// `nil` for a file with narrative and tables.
        var content: DocumentPart.Content?
        /// 收入合计 = 支出合计 (收支预算总表), and 基本支出, 项目支出, 单位预留机动经费 (支出预算总表), as printed.
        var total: String?
        var uses: [String] = []
        /// 合计, “三公”经费小计, 会议费, 培训费 (“三公”经费、会议费、培训费支出预算表).
        var meetings: [String] = []
        /// The errors the validator reports (by hand: an empty 政府性基金 table printed without any note).
        var errors: [String] = []

        var testDescription: String { file }
    }

    static let files: [Expected] = [
        Expected(
            file: "jiangsu-npc-office-2017-budget.pdf",
            department: "江苏省人大常委会办公厅",
            year: 2017,
            variant: "no-caption",
            total: "13649.07",
            uses: ["7666.68", "5853.96", "128.43"],
            meetings: ["2542.60", "833.60", "1305.25", "403.75"]
        ),
        Expected(
            file: "jiangsu-npc-office-2018-budget.pdf",
            department: "江苏省人大常委会办公厅",
            year: 2018,
            variant: "caption-公开01表",
            total: "15897.44",
            uses: ["7877.76", "6333.96", "1685.72"],
            meetings: ["2542.60", "833.60", "1305.25", "403.75"]
        ),
        Expected(
            file: "jiangsu-npc-office-2019-budget-narrative.pdf",
            department: "江苏省人大常委会办公厅",
            year: 2019,
            content: .narrative
        ),
        Expected(
            file: "jiangsu-npc-office-2019-budget-tables.pdf",
            department: "江苏省人大常委会办公厅",
            year: 2019,
            variant: "caption-公开表一",
            content: .tables,
            total: "18330.37",
            uses: ["9312.90", "6459.58", "2557.89"],
            meetings: ["2600.71", "767.60", "1469.73", "363.38"],
            errors: ["R-EMPTY"]
        ),
        Expected(
            file: "jiangsu-party-office-2017-budget-narrative.pdf",
            department: "江苏省委办公厅",
            year: 2017,
            content: .narrative,
            // 行政运行 “增加 101.48 万元，增长 1.66%” to 6106.99: 101.48 / 6005.51 is 1.69 % (1.66 % divides by this
            // year's amount).
            errors: ["N19"]
        ),
        Expected(
            file: "jiangsu-party-office-2017-budget-tables.pdf",
            department: "中国共产党江苏省委员会办公厅",
            year: 2017,
            variant: "no-caption",
            content: .tables,
            total: "20849.45",
            uses: ["9964.07", "10688.66", "196.72"],
            meetings: ["1467.70", "509.20", "933.50", "25.00"],
            errors: ["R-EMPTY"]
        ),
        Expected(
            file: "jiangsu-party-office-2018-budget-narrative.pdf",
            department: "江苏省委办公厅",
            year: 2018,
            content: .narrative
        ),
        Expected(
            file: "jiangsu-party-office-2018-budget-tables.pdf",
            department: "中共江苏省委办公厅",
            year: 2018,
            variant: "no-caption",
            content: .tables,
            total: "24458.43",
            uses: ["10403.11", "12081.46", "1973.86"],
            meetings: ["1471.70", "508.20", "933.50", "30.00"]
        ),
        Expected(
            file: "jiangsu-party-office-2019-budget-narrative.pdf",
            department: "江苏省委办公厅",
            year: 2019,
            content: .narrative
        ),
        Expected(
            file: "jiangsu-party-office-2019-budget-tables.pdf",
            department: "中共江苏省委办公厅",
            year: 2019,
            variant: "no-caption",
            content: .tables,
            total: "27664.22",
            uses: ["11700.63", "13025.38", "2938.21"],
            meetings: ["1471.70", "508.20", "933.50", "30.00"]
        ),
        Expected(
            file: "jiangsu-procuratorate-2019-budget.pdf",
            department: "江苏省人民检察院",
            year: 2019,
            variant: "caption-公开01表",
            total: "24169.74",
            uses: ["15844.04", "4335.30", "3990.4"],
            meetings: ["1276.7", "418.26", "158.44", "700"],
            // 住房公积金 “增加368.97万元，增长34.38%” to 1442.74: 368.97 / 1073.77 is 34.36 %.
            errors: ["N19"]
        ),
    ]

    static func load(_ file: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(file), fileName: file)
    }

    static func generic(_ document: Disclosure, _ number: Int) -> GenericTable? {
        let identifier = "jiangsu-" + (number < 10 ? "0" : "") + String(number)
        return document.tables.additionalTables?.first { $0.identifier == identifier }
    }

    @Test(arguments: files)
    func importsWithIdentityAndParts(_ expected: Expected) throws {
        let document = try Self.load(expected.file)
        #expect(document.identity.profile == .jiangsuProvincialBudget)
        #expect(document.identity.departmentName == expected.department)
        #expect(document.identity.year == expected.year)
        #expect(document.identity.variant == expected.variant)
        #expect(document.identity.unit == .tenThousandYuan)
        if let content = expected.content {
            let part = try #require(document.parts?.first)
            #expect(document.parts?.count == 1)
            #expect(part.content == content)
            #expect(part.file == expected.file)
            #expect(part.firstLine == 1)
            #expect(
                part.lineCount == (try PDFImporter.lines(data: PDFFixtures.data(expected.file), fileName: "x")).count
            )
        } else {
            #expect(document.parts == nil)
        }
        #expect(document.tables.readingIssues == nil)
    }

    @Test(arguments: files)
    func everyTableIsFound(_ expected: Expected) throws {
        let document = try Self.load(expected.file)
        let tables = document.tables
        let generic = (tables.additionalTables ?? []).map(\.identifier)
        if expected.content == .narrative {
            #expect(generic.isEmpty)
            #expect(tables.generalBudgetExpenditure == nil && tables.threePublicExpenditure == nil)
            // The narrative-only file keeps its text: the 情况说明 with its figures.
            #expect(document.narrative.blocks.contains { $0.text.contains("情况说明") })
            return
        }
        // The nine generic kinds and the four typed ones: all twelve tables.
        #expect(
            generic.sorted() == [
                "jiangsu-01", "jiangsu-02", "jiangsu-03", "jiangsu-04", "jiangsu-05", "jiangsu-06", "jiangsu-09",
                "jiangsu-11", "jiangsu-12",
            ]
        )
        #expect(tables.generalBudgetExpenditure != nil)
        #expect(tables.generalBudgetBasicExpenditure != nil)
        #expect(tables.threePublicExpenditure != nil)
        #expect(tables.governmentFundExpenditure?.isEmpty == true)
    }

    /// 收入合计 = 支出合计 (收支预算总表); 支出预算总表's 合计 = 基本支出 + 项目支出 + 单位预留机动经费, each in its own
    /// column; the “三公”经费、会议费、培训费 table's 合计 = “三公” + 会议费 + 培训费 — all as read by hand.
    @Test(arguments: files.filter { $0.total != nil })
    func keyTotals(_ expected: Expected) throws {
        let document = try Self.load(expected.file)
        let total = try #require(expected.total.flatMap { Amount($0) })
        let summary = try #require(Self.generic(document, 1))
        let income = try #require(summary.rows.first { $0.name.hasPrefix("收入合计") })
        #expect(income.amounts[0] == total)
        #expect(income.amounts.last == total)
        let expenditure = try #require(Self.generic(document, 3))
        #expect(expenditure.columns == ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"])
        #expect(expenditure.rows.count == 1)
        #expect(expenditure.rows.first?.amounts == [total] + expected.uses.map { Amount($0) } + [nil])
        let parts = expected.uses.compactMap { Amount($0) }
        #expect(Amount.sum(parts).map { ($0 - total).isZero } == true)
        let meetings = expected.meetings.compactMap { Amount($0) }
        let three = try #require(document.tables.threePublicExpenditure)
        #expect(three.amounts.total == meetings[1])
        #expect(Self.generic(document, 9)?.rows.first?.amounts == [meetings[0], meetings[2], meetings[3]])
        #expect(Amount.sum([meetings[1], meetings[2], meetings[3]]).map { ($0 - meetings[0]).isZero } == true)
    }

    /// The validator's errors on each file, read against the PDF by hand: none on the consistent files; on two tables
    /// files the empty 政府性基金 table is printed without any note (R-EMPTY), a real defect.
    @Test(arguments: files)
    func validationErrorsAreTheRealOnes(_ expected: Expected) throws {
        let report = Validator().validate(try Self.load(expected.file))
        let errors = report.outcomes.flatMap(\.findings).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == expected.errors, "\(errors.map { "\($0.ruleID): \($0.message.zh)" })")
        func status(_ id: String) -> RuleOutcome.Status? { report.outcomes.first { $0.ruleID == id }?.status }
        switch expected.content {
        case .narrative:
            // The tables are in the other file: no missing-table errors.
            #expect(status("R1") == .insufficientData)
            #expect(status("JS-R1") == .insufficientData)
        case .tables:
            #expect(status("R1") == .passed)
            #expect(status("JS-R1") == .passed)
            #expect(status("JS-N2") == .insufficientData)
            for id in ["JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-A5", "JS-X1"] { #expect(status(id) == .passed, "\(id)") }
        default:
            for id in ["JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-A5", "JS-X1", "JS-N1", "JS-N2", "JS-R1", "R1"] {
                #expect(status(id) == .passed, "\(id)")
            }
        }
    }

    /// Every number `pdftotext -layout` prints under a table's title (up to the next table's title, `第三部分` or the
    /// end) is an amount of that table in the model, and the model holds no other: nothing is lost, nothing is
    /// invented, whatever the captions.
    @Test(arguments: files.filter { $0.content != .narrative })
    func everyPrintedAmountIsInItsTable(_ expected: Expected) throws {
        let document = try Self.load(expected.file)
        var lines: [String] = []
        for page in try JiangsuBudgetTests.layoutText(expected.file).components(separatedBy: "\u{0C}") {
            var pageLines = page.components(separatedBy: "\n")
            // The page number: a number alone on the page's last line.
            if let last = pageLines.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
                pageLines[last].trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber)
            {
                pageLines.remove(at: last)
            }
            lines += pageLines
        }
        func compact(_ line: String) -> String { line.filter { $0 != " " } }
        func isCaption(_ line: String) -> Bool {
            let text = compact(line)
            let numerals = "一二三四五六七八九十"
            return (text.hasPrefix("公开") || text.hasPrefix("表")) && text.count <= 6
                && text.dropFirst(text.hasPrefix("公开") ? 2 : 0).allSatisfy {
                    $0.isNumber || numerals.contains($0) || $0 == "表"
                }
        }
        // The tables in printed order, each with its title and its amounts in the model.
        var tables: [(title: String, line: Int, amounts: [Amount?])] = []
        for table in document.tables.additionalTables ?? []
        where !tables.contains(where: { $0.title == table.header.title }) {
            tables.append((table.header.title, table.header.line ?? 0, []))
        }
        let typed = document.tables
        for header in [
            typed.generalBudgetExpenditure?.header, typed.generalBudgetBasicExpenditure?.header,
            typed.threePublicExpenditure?.header, typed.governmentFundExpenditure?.header,
        ].compactMap({ $0 }) where !tables.contains(where: { $0.title == header.title }) {
            tables.append((header.title, header.line ?? 0, []))
        }
        tables.sort { $0.line < $1.line }
        for index in tables.indices {
            let title = tables[index].title
            var amounts = (document.tables.additionalTables ?? []).filter { $0.header.title == title }.flatMap {
                $0.rows.flatMap(\.amounts)
            }
            if let table = typed.generalBudgetExpenditure, table.header.title == title {
                amounts += ((table.totalRow.map { [$0] } ?? []) + table.rows).map(\.amounts.total)
            }
            if let table = typed.governmentFundExpenditure, table.header.title == title {
                amounts += ((table.totalRow.map { [$0] } ?? []) + table.rows).map(\.amounts.total)
            }
            if let table = typed.generalBudgetBasicExpenditure, table.header.title == title {
                amounts += ((table.totalRow.map { [$0] } ?? []) + table.rows).map(\.total)
            }
            if let table = typed.threePublicExpenditure, table.header.title == title {
                amounts += table.amounts.columns
            }
            tables[index].amounts = amounts
        }
        // Where each title is printed (a title wrapped over two lines starts the first).
        var starts: [Int] = []
        var from = 0
        for table in tables {
            let title = compact(table.title)
            let found = (from..<lines.count).first { index in
                let text = compact(lines[index])
                let next = lines[(index + 1)...].first { !compact($0).isEmpty }.map(compact) ?? ""
                return text == title || (!text.isEmpty && text + next == title)
            }
            let start = try #require(found, "\(table.title) printed after line \(from)")
            starts.append(start)
            from = start + 1
        }
        var total = 0
        for (position, table) in tables.enumerated() {
            var end = position + 1 < starts.count ? starts[position + 1] : lines.count
            if let narrative = (starts[position]..<end).first(where: { compact(lines[$0]).hasPrefix("第三部分") }) {
                end = narrative
            }
            var printed: [Int64] = []
            for line in lines[(starts[position] + 1)..<end] where !isCaption(line) && !compact(line).hasSuffix("表") {
                var tokens = line.split(separator: " ").map(String.init)
                if let first = tokens.first, [3, 5, 7].contains(first.count), first.allSatisfy(\.isNumber) {
                    tokens.removeFirst()
                }
                for token in tokens
                where token.first?.isNumber == true && token.last?.isNumber == true
                    && token.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." })
                {
                    if let value = Amount(token)?.rescaled(to: 2) { printed.append(value.minorUnits) }
                }
            }
            let model = table.amounts.compactMap { $0?.rescaled(to: 2)?.minorUnits }
            total += printed.count
            #expect(
                printed.sorted() == model.sorted(),
                "\(table.title): printed \(printed.sorted()) model \(model.sorted())"
            )
        }
        #expect(total > 100)
    }

    /// 江苏省人大常委会办公厅 2018, 公开 03 表: `15897.44` stands in the gap between the headers 合计 and 基本支出 (amounts
    /// are right-aligned, headers centred); 基本支出 holds `7877.76` under its header, so `15897.44` is 合计's. The old
    /// reader put each amount under the nearest header centre and shifted the row one column (false JS-A2/JS-X1
    /// errors).
    @Test func npc2018ExpenditureTableKeepsItsColumns() throws {
        let document = try Self.load("jiangsu-npc-office-2018-budget.pdf")
        let table = try #require(Self.generic(document, 3))
        #expect(table.header.caption == "公开03表")
        #expect(
            table.rows.first?.amounts == [
                Amount("15897.44"), Amount("7877.76"), Amount("6333.96"), Amount("1685.72"), nil,
            ]
        )
        let report = Validator().validate(document)
        for id in ["JS-A2", "JS-X1"] {
            #expect(report.outcomes.first { $0.ruleID == id }?.status == .passed, "\(id)")
        }
    }

    /// Tables without any caption (中共江苏省委办公厅 2017, A3 landscape) are found by their titles, in their printed
    /// order (财政拨款支出预算表 before 财政拨款收支预算总表 in 2017 …), with 2017's titles (`财政拨款政府性基金支出预算表`,
    /// `2017年政府采购预算表`).
    @Test func captionlessTablesAreFoundByTitle() throws {
        let document = try Self.load("jiangsu-party-office-2017-budget-tables.pdf")
        let tables = try #require(document.tables.additionalTables)
        #expect(tables.allSatisfy { $0.header.caption == nil })
        #expect(Self.generic(document, 12)?.header.title == "2017年政府采购预算表")
        #expect(document.tables.governmentFundExpenditure?.header.title == "财政拨款政府性基金支出预算表")
        // 收入: 财政拨款 20,702.25 and 财政专户管理资金 147.20.
        let summary = try #require(Self.generic(document, 1))
        #expect(summary.rows.contains { $0.name.hasPrefix("二、财政专户管理资金") && $0.amounts[0] == Amount("147.20") })
        let income = try #require(Self.generic(document, 2))
        #expect(income.rows.contains { $0.name == "财政专户管理资金 | 其他非税收入" && $0.amounts == [Amount("147.20")] })
        // 财政拨款收支预算总表: 项目支出 10,541.46 (of 财政拨款 only).
        let appropriation = try #require(Self.generic(document, 4))
        #expect(appropriation.rows.contains { $0.name.hasSuffix("二、项目支出") && $0.amounts[1] == Amount("10541.46") })
    }

    /// 江苏省人大常委会办公厅 2017: a title wrapped over two lines (`“三公”经费、会议费、培训费支出预算` / `表`), a
    /// “三公” header of several levels with `小` / `计` stacked and staggered, and a `0` printed on the line below the
    /// others under 公务用车购置费; the 收支预算总表's labels wrapped over two lines around their amounts and over a
    /// page break (`当年收入` / `小计`, `八、社会保障和就` / `业支出`).
    @Test func npc2017WrappedCellsAndTitle() throws {
        let document = try Self.load("jiangsu-npc-office-2017-budget.pdf")
        let three = try #require(document.tables.threePublicExpenditure)
        #expect(three.header.title == "“三公”经费、会议费、培训费支出预算表")
        #expect(
            three.amounts
                == ThreePublicAmounts(
                    total: Amount("833.60"),
                    abroad: Amount("222.50"),
                    vehicleSubtotal: Amount("183.60"),
                    vehiclePurchase: Amount("0"),
                    vehicleOperation: Amount("183.60"),
                    reception: Amount("427.50")
                )
        )
        let summary = try #require(Self.generic(document, 1))
        #expect(summary.rows.first?.name == "一、财政拨款 | 一、一般公共服务支出 | 一、基本支出")
        #expect(summary.rows.first?.amounts == [Amount("13649.07"), Amount("10528.33"), Amount("7666.68")])
        #expect(summary.rows.contains { $0.name == " | 八、社会保障和就业支出 | " && $0.amounts[1] == Amount("1608.51") })
        #expect(summary.rows.contains { $0.name == "当年收入小计 | 当年支出小计 | " })
        let income = try #require(Self.generic(document, 2))
        #expect(income.rows.contains { $0.name == "一般公共预算资金 | 公共财政拨款(补助)资金" && $0.amounts == [Amount("13649.07")] })
        #expect(income.rows.contains { $0.name == "财政专户管理资金 | 其他非税收入" })
        // The empty fund table's mark `(无政府性基金支出）` is its note.
        #expect(document.tables.governmentFundExpenditure?.header.note == "(无政府性基金支出）")
        // 2017's 机关运行经费 counts project operating costs too (310 其他资本性支出 included).
        #expect(Self.generic(document, 11)?.row(code: "31002")?.amounts == [Amount("59.00")])
        let procurement = try #require(Self.generic(document, 12))
        #expect(procurement.columns == ["总计"])
        #expect(procurement.rows.first?.amounts == [Amount("2247.85")])
        #expect(procurement.rows.contains { $0.code == "C" && $0.amounts == [Amount("2188.85")] })
    }

    /// The table of contents lists the titles (`一、收支预算总表` …, or under `序号 报表名称` on the cover of the
    /// 2018 tables) with no table under them: they stay in the narrative, and no table starts there.
    @Test func tableOfContentsIsNoTable() throws {
        let document = try Self.load("jiangsu-party-office-2018-budget-tables.pdf")
        let tocLines = document.narrative.blocks.filter { $0.text.hasSuffix("收支预算总表") }.compactMap(\.line)
        #expect(!tocLines.isEmpty)
        let first = try #require(Self.generic(document, 1)?.header.line)
        #expect(tocLines.allSatisfy { $0 < first })
        #expect(document.narrative.title.contains("省级部门预算公开报表"))
        // The narrative-only files list all twelve titles in their contents and hold no table.
        let narrative = try Self.load("jiangsu-npc-office-2019-budget-narrative.pdf")
        #expect(narrative.tables.additionalTables == nil)
        #expect(narrative.narrative.blocks.contains { $0.text.contains("政府采购支出预算表") })
    }

    /// Suzhou's 2026 budgets follow the national template under captions `公开01表` (收支总表, 收入总表 …): not Jiangsu's
    /// provincial family, whatever reads them.
    @Test(arguments: ["suzhou-audit-2026-budget.pdf", "suzhou-water-unit-2026-budget.pdf"])
    func suzhouIsNotClaimed(_ file: String) throws {
        do {
            let document = try Self.load(file)
            #expect(document.identity.profile != .jiangsuProvincialBudget)
        } catch let error as ImportError {
            // Not an error of the Jiangsu reader (which expected 公开01表's title under it, before): the document goes
            // to the other templates (the national template's reader, where it is present).
            #expect(error.description.contains("a budget disclosure PDF of a known template"), "\(error)")
        }
    }
}
