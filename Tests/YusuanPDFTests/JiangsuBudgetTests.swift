import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The Jiangsu provincial budget template (公开01表 … 公开12表): the 2019 budget of 江苏省人民检察院 (corpus), in 万元,
/// arithmetically consistent (24,169.74 万元 = 15,844.04 + 4,335.30 + 3,990.40).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct JiangsuBudgetTests {
    static func load() throws -> Disclosure {
        try DocumentImporter.importDocument(
            data: PDFFixtures.data(PDFFixtures.jiangsuBudget),
            fileName: PDFFixtures.jiangsuBudget
        )
    }

    static func generic(_ document: Disclosure, _ number: Int) throws -> GenericTable {
        let identifier = "jiangsu-" + (number < 10 ? "0" : "") + String(number)
        return try #require(document.tables.additionalTables?.first { $0.identifier == identifier }, "\(identifier)")
    }

    @Test func identityAndUnit() throws {
        let document = try Self.load()
        #expect(document.identity.profile == .jiangsuProvincialBudget)
        #expect(document.identity.kind == .budget)
        #expect(document.identity.year == 2019)
        #expect(document.identity.unit == .tenThousandYuan)
        #expect(document.identity.departmentName == "江苏省人民检察院")
        #expect(document.narrative.title == "江苏省人民检察院2019年度部门预算公开")
        #expect(document.tables.generalBudgetExpenditure?.header.caption == "公开07表")
        #expect(document.tables.generalBudgetExpenditure?.header.unit == .tenThousandYuan)
    }

    @Test func summaryTablesAreRebuilt() throws {
        let document = try Self.load()
        // 公开01表: 收入 | 功能分类 | 支出用途, labels wrapped in their cells joined.
        let summary = try Self.generic(document, 1)
        #expect(summary.columns == ["收入金额", "功能分类金额", "支出用途金额"])
        let reserve = try #require(summary.rows.first { $0.name.hasSuffix("三、单位预留机动经费") })
        #expect(reserve.name == "2.政府性基金预算 | 三、国防支出 | 三、单位预留机动经费")
        #expect(reserve.amounts == [nil, nil, Amount("3,990.40")])
        let security = try #require(summary.rows.first { $0.name.contains("四、公共安全支出") })
        #expect(security.name == "二、财政专户管理资金 | 四、公共安全支出 | ")
        #expect(security.amounts[1] == Amount("16593.12"))
        let total = try #require(summary.rows.last)
        #expect(total.name == "收入合计 | 支出合计 | ")
        #expect(total.amounts == [Amount("24169.74"), nil, Amount("24169.74")])
        // 公开02表: sources in merged cells.
        let income = try Self.generic(document, 2)
        #expect(income.rows.first?.name == "收入总计")
        #expect(income.rows.contains { $0.name == "一般公共预算资金 | 公共财政拨款（补助）资金" && $0.amounts == [Amount("24169.74")] })
        #expect(income.rows.contains { $0.name == "其他资金 | 经营收入" })
        #expect(income.rows.contains { $0.name == "上年结转和结余资金 | 其中：动用上年结转和结余资金" })
        // 公开03表: 单位预留机动经费 as an expenditure column.
        let expenditure = try Self.generic(document, 3)
        #expect(expenditure.columns == ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"])
        #expect(
            expenditure.rows.first?.amounts == [
                Amount("24169.74"), Amount("15844.04"), Amount("4335.30"), Amount("3990.4"), nil,
            ]
        )
        // 公开04表: two-sided.
        let appropriation = try Self.generic(document, 4)
        #expect(appropriation.rows.contains { $0.name == " | 三、单位预留机动经费" && $0.amounts == [nil, Amount("3990.4")] })
    }

    @Test func codedTablesAreRebuilt() throws {
        let document = try Self.load()
        let general = try #require(document.tables.generalBudgetExpenditure)
        #expect(general.totalRow?.amounts == ExpenditureSplit(total: Amount("24169.74"), basic: nil, project: nil))
        #expect(general.row(code: "2040401")?.name == "行政运行")
        #expect(general.rows.count == 16)
        let economic = try #require(document.tables.generalBudgetBasicExpenditure)
        #expect(economic.totalRow?.total == Amount("15844.04"))
        // A name wrapped above and below its amount (公开08表, 30108).
        #expect(economic.row(code: "30108")?.name == "机关事业单位基本养老保险缴费")
        #expect(economic.row(code: "30103")?.name == "奖金")
        #expect(economic.rows.count == 30)
        #expect(try Self.generic(document, 5).rows.count == 17)
        #expect(try Self.generic(document, 6).row(code: "30309")?.amounts == [Amount("1.05")])
        // 公开05表's note is printed without its 注.
        #expect(try Self.generic(document, 5).header.note == "：“科目编码”和“科目名称”为必填项。")
        let operating = try Self.generic(document, 11)
        #expect(operating.totalRow?.amounts == [Amount("2391.92")])
        #expect(operating.header.note?.hasPrefix("注：1.“机关运行经费”指行政单位") == true)
    }

    @Test func threePublicMeetingsAndTraining() throws {
        let document = try Self.load()
        let table = try #require(document.tables.threePublicExpenditure)
        #expect(table.header.caption == "公开09表")
        #expect(
            table.amounts
                == ThreePublicAmounts(
                    total: Amount("418.26"),
                    abroad: Amount("80"),
                    vehicleSubtotal: Amount("237"),
                    vehiclePurchase: nil,
                    vehicleOperation: Amount("237"),
                    reception: Amount("101.26")
                )
        )
        let beside = try Self.generic(document, 9)
        #expect(beside.columns == ["合计", "会议费", "培训费"])
        #expect(beside.rows.first?.amounts == [Amount("1276.7"), Amount("158.44"), Amount("700")])
    }

    @Test func emptyFundTableKeepsItsMark() throws {
        let document = try Self.load()
        let fund = try #require(document.tables.governmentFundExpenditure)
        #expect(fund.isEmpty)
        #expect(fund.header.caption == "公开10表")
        #expect(fund.header.note?.hasPrefix("此表为空\n注：") == true)
    }

    @Test func procurementRows() throws {
        let procurement = try Self.generic(try Self.load(), 12)
        #expect(procurement.rows.first?.name == "合计")
        #expect(procurement.rows.first?.amounts == [Amount("2744.84")])
        let goods = try #require(procurement.rows.first { $0.code == "A" })
        #expect(goods.name == "一、货物 |  |  |  | ")
        // Project and item text wrapped around their amounts.
        #expect(
            procurement.rows.contains {
                $0.name == " | 网络、电子检务、实验室、机要通道、档案数字化系统运行维护费 | 信息网络及软件购置更新 |  | " && $0.amounts == [Amount("100.00")]
            }
        )
        #expect(procurement.rows.contains { $0.name == " |  |  | 台式计算机（20万以下） | 政府集中采购" })
        #expect(
            procurement.rows.contains { $0.name == " |  |  | 专业技能培训服务 | 分散自行组织" && $0.amounts == [Amount("630.00")] }
        )
        #expect(procurement.rows.count == 41)
    }

    @Test func narrativeFollowsTheTables() throws {
        let narrative = try Self.load().narrative
        #expect(narrative.blocks.contains { $0.kind == .heading && $0.text == "十一、一般公共预算机关运行经费支出预算情况说明" })
        #expect(narrative.blocks.contains { $0.text.contains("单位预留机动经费预算数为3990.4万元") })
        // No table text leaks into the narrative.
        #expect(!narrative.blocks.contains { $0.text.contains("此表为空") || $0.text.contains("分散自行组织") })
    }

    /// Every number `pdftotext -layout` prints in a table's region (from its caption `公开 NN 表` to the next one) is
    /// an amount of that table in the model, and the model holds no other amount for it.
    @Test func everyTableAmountIsCaptured() throws {
        let document = try Self.load()
        let text = try Self.layoutText()
        let lines = text.components(separatedBy: "\n")
        func caption(_ line: String) -> Int? {
            let compact = line.filter { $0 != " " && $0 != "\u{0C}" }
            guard compact.hasPrefix("公开"), compact.hasSuffix("表"), compact.count == 5 else { return nil }
            return Int(compact.dropFirst(2).dropLast())
        }
        var regions: [Int: [String]] = [:]
        var current: Int?
        for page in lines {
            let line = page.replacingOccurrences(of: "\u{0C}", with: "")
            if let number = caption(line) {
                current = number
                continue
            }
            if line.contains("第三部分") { current = nil }
            if let current { regions[current, default: []].append(line) }
        }
        #expect(regions.keys.sorted() == Array(1...12))
        var total = 0
        for number in 1...12 {
            let printed = Self.printedAmounts(regions[number] ?? [])
            let model = Self.modelAmounts(document, caption: "公开" + (number < 10 ? "0" : "") + String(number) + "表")
            total += printed.count
            #expect(
                printed.sorted() == model.sorted(),
                "公开\(number)表: printed \(printed.sorted()) model \(model.sorted())"
            )
        }
        #expect(total > 150)
    }

    /// Numbers standing alone between spaces; not page numbers (a line with one number), not codes (the first token
    /// of a line, 3, 5 or 7 digits) and not numbers inside words (`台式计算机（20`).
    static func printedAmounts(_ lines: [String]) -> [Int64] {
        var result: [Int64] = []
        for line in lines {
            var tokens = line.split(separator: " ").map(String.init)
            if tokens.count == 1, tokens[0].allSatisfy(\.isNumber) { continue }
            if let first = tokens.first, [3, 5, 7].contains(first.count), first.allSatisfy(\.isNumber) {
                tokens.removeFirst()
            }
            for token in tokens
            where token.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) && token.first?.isNumber == true {
                if let value = Amount(token)?.rescaled(to: 2) { result.append(value.minorUnits) }
            }
        }
        return result
    }

    /// The amounts of the tables printed under a caption (typed and generic), in hundredths.
    static func modelAmounts(_ document: Disclosure, caption: String) -> [Int64] {
        var amounts: [Amount?] = []
        let tables = document.tables
        for table in tables.additionalTables ?? [] where table.header.caption == caption {
            amounts += table.rows.flatMap(\.amounts)
        }
        for table in [tables.generalBudgetExpenditure, tables.governmentFundExpenditure].compactMap({ $0 })
        where table.header.caption == caption {
            amounts += ((table.totalRow.map { [$0] } ?? []) + table.rows).flatMap(\.amounts.columns)
        }
        if let table = tables.generalBudgetBasicExpenditure, table.header.caption == caption {
            amounts += ((table.totalRow.map { [$0] } ?? []) + table.rows).flatMap(\.columns)
        }
        if let table = tables.threePublicExpenditure, table.header.caption == caption {
            amounts += table.amounts.columns + [table.operatingCost]
        }
        return amounts.compactMap { $0?.rescaled(to: 2)?.minorUnits }
    }

    static func layoutText(_ file: String = PDFFixtures.jiangsuBudget) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-jiangsu-\(UUID().uuidString).txt"
        )
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", try PDFFixtures.url(file).path, output.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try String(contentsOf: output, encoding: .utf8)
    }

    @Test func validatesWithoutErrors() throws {
        let report = Validator().validate(try Self.load())
        // The per-项 statements (N19) hold two slips of the narrative: 住房公积金 states 增加368.97万元、34.38% to
        // 1442.74万元, which is 34.36% of 1073.77 (an error); 一般行政管理事务's 35.77% is 35.777% cut (info).
        let statements = report.outcomes.first { $0.ruleID == "N19" }?.findings ?? []
        #expect(statements.map(\.severity) == [.info, .error])
        #expect(statements.last?.message.zh.contains("34.36%") == true)
        let findings = report.outcomes.filter { $0.ruleID != "N19" }.flatMap(\.findings)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.ruleID): \($0.message.zh)" })")
        // The tables add up exactly: no rounding difference either.
        #expect(!findings.contains { $0.isRounding })
        func status(_ id: String) -> RuleOutcome.Status? { report.outcomes.first { $0.ruleID == id }?.status }
        for id in [
            "JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-A5", "JS-X1", "JS-N1", "JS-N2", "JS-EMPTY", "JS-R1", "A1", "A2",
            "A5", "R1", "R-EMPTY", "X7",
        ] {
            let outcome = report.outcomes.first { $0.ruleID == id }
            #expect(status(id) == .passed, "\(id): \(outcome?.findings.map(\.message.zh) ?? [])")
        }
        // No warning either: every code of the document is in the classification catalogue (C2).
        #expect(findings.filter { $0.severity == .warning }.isEmpty)
        // Rules for tables or columns the template does not print, and the Chongqing-only rules.
        for id in ["A3", "X2", "A4", "A6", "A7", "X1", "X5", "X9", "P1", "N10", "N14", "R2", "N16", "F1"] {
            #expect(status(id) == .notApplicable, "\(id)")
        }
    }

    /// The first 21 pages (up to 公开11表) with poppler's `pdfseparate`/`pdfunite`: the tables are found by their
    /// titles, so the eleven present are read, and the missing 政府采购支出预算表 is a located finding of JS-R1 (not an
    /// unreadable document).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfunite")))
    func missingTableIsAFinding() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-js-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ tool: String, _ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        let source = try PDFFixtures.url(PDFFixtures.jiangsuBudget).path
        try run("pdfseparate", ["-f", "1", "-l", "21", source, directory.path + "/page-%d.pdf"])
        let output = directory.appendingPathComponent("cut.pdf")
        try run("pdfunite", (1...21).map { directory.path + "/page-\($0).pdf" } + [output.path])
        let document = try DocumentImporter.importDocument(data: Data(contentsOf: output), fileName: "cut.pdf")
        #expect(document.tables.additionalTables?.count == 8)
        #expect(try Self.generic(document, 11).totalRow?.amounts == [Amount("2391.92")])
        let report = Validator().validate(document)
        let missing = report.outcomes.first { $0.ruleID == "JS-R1" }?.findings ?? []
        #expect(missing.map(\.message.zh) == ["缺少“政府采购支出预算表”。江苏省部门预算公开应包含该表，没有数据时也应列出空表并说明。"])
        #expect(missing.first?.severity == .error)
    }

    @Test func canonicalJSONRoundTrips() throws {
        let document = try Self.load()
        let data = try CanonicalJSON.encode(document)
        let decoded = try CanonicalJSON.decode(data)
        #expect(decoded == document)
        #expect(decoded.tables.additionalTables?.count == 9)
        #expect(try CanonicalJSON.encode(decoded) == data)
    }

    /// One change to the imported model and the rules that must report it as an error.
    enum Mutation: String, CaseIterable, Sendable {
        case functionItem, summaryClass, reserveFund, income, procurementItem, operatingCost, meetings,
            emptyFundHasAmounts,
            emptyNoteNamesOtherFund

        var expectedRules: Set<String> {
            switch self {
            case .functionItem: ["A1", "JS-X1"]
            case .summaryClass: ["JS-A1", "JS-X1"]
            case .reserveFund: ["JS-A2", "JS-X1", "JS-N1"]
            case .income: ["JS-A2"]
            case .procurementItem: ["JS-A5"]
            case .operatingCost: ["JS-A3", "JS-N2"]
            case .meetings: ["JS-A4", "JS-N1"]
            case .emptyFundHasAmounts: ["JS-EMPTY"]
            case .emptyNoteNamesOtherFund: ["JS-EMPTY"]
            }
        }

        func apply(to document: inout Disclosure) throws {
            let cent = try #require(Amount("0.10"))
            func generic(_ identifier: String, _ change: (inout GenericTable) throws -> Void) throws {
                var tables = try #require(document.tables.additionalTables)
                let index = try #require(tables.firstIndex { $0.identifier == identifier })
                try change(&tables[index])
                document.tables.additionalTables = tables
            }
            func bump(_ table: inout GenericTable, row: (GenericRow) -> Bool, column: Int) throws {
                let found = table.rows.firstIndex(where: row)
                let index = try #require(found)
                let amount = try #require(table.rows[index].amounts[column])
                table.rows[index].amounts[column] = amount + cent
            }
            switch self {
            case .functionItem:
                var table = try #require(document.tables.generalBudgetExpenditure)
                let index = try #require(table.rows.firstIndex { $0.code == "2040401" })
                table.rows[index].amounts.total = try #require(table.rows[index].amounts.total) + cent
                document.tables.generalBudgetExpenditure = table
            case .summaryClass:
                try generic("jiangsu-01") { try bump(&$0, row: { $0.name.contains("四、公共安全支出") }, column: 1) }
            case .reserveFund:
                try generic("jiangsu-03") { try bump(&$0, row: { _ in true }, column: 3) }
            case .income:
                try generic("jiangsu-02") { try bump(&$0, row: { $0.name.hasSuffix("公共财政拨款（补助）资金") }, column: 0) }
            case .procurementItem:
                try generic("jiangsu-12") { try bump(&$0, row: { $0.name.contains("计算机软件") }, column: 0) }
            case .operatingCost:
                try generic("jiangsu-11") { try bump(&$0, row: { $0.isTotal }, column: 0) }
            case .meetings:
                try generic("jiangsu-09") { try bump(&$0, row: { _ in true }, column: 1) }
            case .emptyFundHasAmounts:
                var table = try #require(document.tables.governmentFundExpenditure)
                table.rows = [
                    FunctionRow(
                        code: "229",
                        name: "其他支出",
                        amounts: ExpenditureSplit(total: cent, basic: nil, project: nil)
                    )
                ]
                document.tables.governmentFundExpenditure = table
            case .emptyNoteNamesOtherFund:
                let index = try #require(document.narrative.blocks.firstIndex { $0.text.contains("无政府性基金预算") })
                document.narrative.blocks[index].text = document.narrative.blocks[index].text.replacingOccurrences(
                    of: "无政府性基金预算",
                    with: "无国有资本经营预算"
                )
            }
        }
    }

    @Test(arguments: Mutation.allCases)
    func mutatedCopyIsCaught(_ mutation: Mutation) throws {
        var document = try Self.load()
        try mutation.apply(to: &document)
        let errors = Validator().validate(document).outcomes.flatMap(\.findings).filter { $0.severity == .error }
        let rules = Set(errors.map(\.ruleID))
        #expect(
            mutation.expectedRules.isSubset(of: rules),
            "\(mutation): \(errors.map { "\($0.ruleID): \($0.message.zh)" })"
        )
    }
}
