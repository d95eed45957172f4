import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The national 部门决算 template: the 2024 final account of 上海市普陀区财政局 (nine tables in 万元, corpus README).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FinalAccountTests {
    static func load() throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(PDFFixtures.finalAccount), fileName: "final.pdf")
    }

    /// The nine titles as printed, in document order, with the model table each one fills.
    static let titles: [(title: String, table: String)] = [
        ("收入支出决算总表", "final-summary"),
        ("收入决算表", "final-income"),
        ("支出决算表", "final-expenditure"),
        ("财政拨款收入支出决算总表", "final-financial-summary"),
        ("一般公共预算财政拨款支出决算表", "general-budget-expenditure"),
        ("一般公共预算财政拨款基本支出决算表", "final-basic-expenditure"),
        ("财政拨款“三公”经费支出决算表", "final-three-public"),
        ("政府性基金预算财政拨款收入支出决算表", "final-government-fund"),
        ("国有资本经营预算财政拨款收入支出决算表", "final-state-capital"),
    ]

    /// Every amount of a model table (by the identifiers above), rescaled to 6 decimals.
    static func amounts(of identifier: String, in document: Disclosure) -> [Int64] {
        var values: [Amount?] = []
        if identifier == "general-budget-expenditure", let table = document.tables.generalBudgetExpenditure {
            values = ((table.totalRow.map { [$0] } ?? []) + table.rows).flatMap(\.amounts.columns)
        } else if let table = document.tables.additionalTables?.first(where: { $0.identifier == identifier }) {
            values = table.rows.flatMap(\.amounts)
        }
        return values.compactMap { $0?.rescaled(to: 6)?.minorUnits }
    }

    @Test func identityAndUnit() throws {
        let document = try Self.load()
        #expect(document.identity.profile == .nationalFinalAccount)
        #expect(document.identity.kind == .finalAccount)
        #expect(document.identity.year == 2024)
        #expect(document.identity.unit == .tenThousandYuan)
        #expect(document.identity.departmentName == "上海市普陀区财政局")
        #expect(document.identity.variant == "shanghai")
        // Every amount is placed with certainty (the tightest, 支出决算表's 135.25 printed 7 pt above its code, is at
        // 0.43 of the runner-up row's distance; 2/3 is the limit).
        #expect(document.tables.readingIssues == nil)
        let generic = try #require(document.tables.additionalTables)
        #expect(
            Set(generic.map(\.identifier)) == Set(Self.titles.map(\.table)).subtracting(["general-budget-expenditure"])
        )
        for table in generic {
            #expect(table.header.unit == .tenThousandYuan, "\(table.identifier)")
            #expect(table.header.unitLine == "单位：万元", "\(table.identifier)")
        }
        #expect(document.tables.generalBudgetExpenditure?.header.unit == .tenThousandYuan)
        // The narrative after the tables is kept (第三部分 情况说明, 名词解释).
        #expect(document.narrative.blocks.contains { $0.text.contains("本年收入合计2946.25万元") })
    }

    @Test func tablesAreRebuilt() throws {
        let document = try Self.load()
        func table(_ identifier: String) throws -> GenericTable {
            try #require(document.tables.additionalTables?.first { $0.identifier == identifier })
        }
        // Two-sided 总表, continued on the next page without its header.
        let summary = try table("final-summary")
        #expect(summary.columns == ["决算数", "决算数"])
        let social = try #require(summary.rows.first { $0.name.hasSuffix("八、社会保障和就业支出") })
        #expect(social.name == "八、其他收入 | 八、社会保障和就业支出")
        #expect(social.amounts == [Amount("6.20"), Amount("326.71")])
        #expect(summary.rows.first { $0.name.hasPrefix("年初结转和结余") }?.amounts == [Amount("49.14"), Amount("55.34")])
        #expect(summary.rows.last?.name == "总计 | 总计")
        #expect(summary.rows.last?.amounts == [Amount("2995.39"), Amount("2995.39")])
        // Wrapped labels on both sides are joined; amounts printed above their label find their row.
        let financial = try table("final-financial-summary")
        #expect(financial.columns.count == 5)
        #expect(financial.rows.contains { $0.name == "二、政府性基金预算财政拨款 | 二、外交支出" })
        #expect(financial.rows.contains { $0.name == " | 七、文化旅游体育与传媒支出" })
        let expenditureTotal = try #require(financial.rows.first { $0.name.contains("本年支出合计") })
        #expect(expenditureTotal.amounts == [Amount("2940.05"), Amount("2940.05"), Amount("2940.05"), nil, nil])
        // Coded tables: 类/款/项 columns joined, merged header columns, amounts above the code line.
        let income = try table("final-income")
        #expect(income.columns.first == "本年收入合计" && income.columns.count == 7)
        #expect(
            income.row(code: "2010601")?.amounts == [
                Amount("1511.90"), Amount("1511.89"), nil, nil, nil, nil, Amount("0.01"),
            ]
        )
        #expect(income.row(code: "2080505")?.name == "机关事业单位基本养老保险缴费支出")
        #expect(income.totalRow?.amounts.first == Amount("2946.25"))
        let expenditure = try table("final-expenditure")
        #expect(
            expenditure.row(code: "2010601")?.amounts == [
                Amount("1511.89"), Amount("1503.52"), Amount("8.37"), nil, nil, nil,
            ]
        )
        let general = try #require(document.tables.generalBudgetExpenditure)
        #expect(general.rows.count == 19)
        #expect(general.totalRow?.amounts.total == Amount("2940.05"))
        #expect(general.row(code: "2010602")?.amounts.project == Amount("10.00"))
        // The two side-by-side economic tables: 人员经费 on the left, 公用经费 on the right.
        let basic = try table("final-basic-expenditure")
        #expect(basic.columns == ["人员经费", "公用经费"])
        #expect(basic.row(code: "30101")?.amounts == [Amount("262.33"), nil])
        #expect(basic.row(code: "30201")?.amounts == [nil, Amount("21.21")])
        #expect(basic.row(code: "30108")?.name == "机关事业单位基本养老保险缴费")
        #expect(basic.row(code: "31002")?.amounts == [nil, Amount("13.58")])
        #expect(basic.totalRow?.name == "人员经费合计 | 公用经费合计")
        #expect(basic.totalRow?.amounts == [Amount("2152.26"), Amount("184.65")])
        // “三公”: 预算数 and 决算数 of six groups.
        let threePublic = try table("final-three-public")
        #expect(threePublic.columns.count == 12)
        #expect(threePublic.rows.count == 1)
        #expect(threePublic.rows.first?.amounts.first == Amount("0.95"))
        #expect(threePublic.rows.first?.amounts[10] == Amount("0.95"))
        #expect(threePublic.columns[10] == "公务接待费预算数")
        // Empty fund tables keep their notes.
        for (identifier, fund) in [("final-government-fund", "政府性基金"), ("final-state-capital", "国有资本经营")] {
            let fundTable = try table(identifier)
            #expect(fundTable.isEmpty)
            #expect(fundTable.header.note?.contains(fund) == true)
            #expect(fundTable.totalRow != nil)
        }
    }

    // MARK: - (a) every amount pdftotext sees is in the model

    /// The page text of `pdftotext -layout`, independent of the importer's word boxes and table reader.
    static func layoutText() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-final-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("final.pdf")
        try PDFFixtures.data(PDFFixtures.finalAccount).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", input.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The numbers with decimals (`2,946.25`, `0.95`) of a piece of text; codes (`201`, `06`) have none.
    static func printedAmounts(_ text: Substring) -> [String] {
        let pattern = /-?[0-9]{1,3}(,[0-9]{3})*\.[0-9]+|-?[0-9]+\.[0-9]+/
        return text.matches(of: pattern).map { String($0.output.0) }
    }

    @Test func everyTableAmountIsCaptured() throws {
        let document = try Self.load()
        let lines = try Self.layoutText().split(separator: "\n", omittingEmptySubsequences: false)
        // Pages start with a form feed.
        func trimmed(_ line: Substring) -> String {
            line.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{0C}")))
        }
        // A title line is followed by its unit line (the table of contents' entries are not).
        var starts: [(index: Int, table: String)] = []
        for (index, line) in lines.enumerated() {
            guard let entry = Self.titles.first(where: { $0.title == trimmed(line) }) else { continue }
            if lines[(index + 1)..<min(index + 4, lines.count)].contains(where: { $0.contains("单位：万元") }) {
                starts.append((index, entry.table))
            }
        }
        #expect(starts.map(\.table) == Self.titles.map(\.table))
        let last = try #require(starts.last).index
        let end = try #require(lines[last...].firstIndex { trimmed($0).hasPrefix("第三部分") && $0.contains("决算情况") })
        var total = 0
        for (position, start) in starts.enumerated() {
            let stop = position + 1 < starts.count ? starts[position + 1].index : end
            let region = lines[(start.index + 1)..<stop].joined(separator: "\n")
            let printed = Self.printedAmounts(region[...])
            var model = Self.amounts(of: start.table, in: document)
            total += printed.count
            // Each printed amount is matched to one distinct cell of the same table.
            for token in printed {
                let value = try #require(Amount(token)?.rescaled(to: 6)?.minorUnits)
                if let index = model.firstIndex(of: value) {
                    model.remove(at: index)
                } else {
                    Issue.record("\(start.table): \(token) is printed but not in the imported table")
                }
            }
            // And the table holds nothing that is not printed.
            #expect(model.isEmpty, "\(start.table) has amounts pdftotext does not show: \(model)")
        }
        #expect(total > 150)
    }

    // MARK: - (b) validation finds exactly the real findings

    @Test func validationFindsOnlyTheRealRoundingDifferences() throws {
        let report = Validator().validate(try Self.load())
        // The 决算 narrative rules find two real errors of the narrative (FinalAccountNarrativeTests); here the rest.
        let narrativeRules: Set<String> = ["F7", "F8", "F9", "F10", "F11"]
        let findings = report.outcomes.flatMap(\.findings).filter { !narrativeRules.contains($0.ruleID) }
        let serious = findings.filter { $0.severity == .error }
        #expect(serious.isEmpty, "\(serious.map(\.message.zh))")
        // The rounding differences the corpus README lists, each inside its envelope 0.005·(n+1) for a total of n
        // rounded parts:
        // - 收入决算表 合计 2,946.25 (and its 财政拨款收入 2,940.05) against 4 类 adding to 0.01 more: n = 4, ±0.025;
        // - 支出决算表 and 一般公共预算财政拨款支出决算表 合计 2,940.05 and 基本支出 2,336.91 against 4 类: ±0.025;
        // - 301 2,082.85 against its 8 款 (2,082.86): ±0.045; 302 171.07 against its 12 款 (171.09): ±0.065;
        // - 社会保障和就业 326.71 in both 总表 against 326.72 in 支出决算表 and 一般公共预算财政拨款支出决算表, a 类 that
        //   is the rounded sum of 4 项: ±0.025.
        // - and in the narrative: 政府采购金额 251.25 against 货物 4.79 + 工程 0 + 服务 246.47 = 251.26 (N8): n = 3, ±0.02.
        // All are info; a difference beyond the envelope would be an error.
        let rounding = findings.filter(\.isRounding)
        #expect(rounding.allSatisfy { $0.severity == .info })
        let seen = Set(
            rounding.map {
                "\($0.ruleID) \($0.location.caption ?? "") \($0.location.row ?? "") \($0.location.column ?? "")"
            }
        )
        let expected: Set<String> = [
            "F2 收入决算表 合计 本年收入合计",
            "F2 收入决算表 合计 财政拨款收入",
            "F2 支出决算表 合计 本年支出合计",
            "F2 支出决算表 合计 基本支出",
            // A2 reads the typed table; its location names the table as printed (no caption here: its title), not by
            // the Chongqing template's number (表二).
            "A2 一般公共预算财政拨款支出决算表 合计 总计",
            "A2 一般公共预算财政拨款支出决算表 合计 基本支出",
            "F2 一般公共预算财政拨款基本支出决算表 301 人员经费",
            "F2 一般公共预算财政拨款基本支出决算表 302 公用经费",
            "F5 收入支出决算总表 八、其他收入 | 八、社会保障和就业支出 决算数",
            "F5 财政拨款收入支出决算总表  | 八、社会保障和就业支出 一般公共预算财政拨款",
            // A narrative location names no table.
            "N8   ",
        ]
        #expect(seen == expected)
        // Nothing else: no warning either (the codes 2010607 信息化建设 and 2010608 财政委托业务支出 are in the bundled
        // classification).
        #expect(findings.count == rounding.count, "\(findings.filter { !$0.isRounding }.map(\.message.zh))")
        let differences = rounding.compactMap { $0.difference?.magnitude }
        #expect(differences.allSatisfy { $0 == Amount("0.01") || $0 == Amount("0.02") })
    }

    // MARK: - (c) a changed amount is caught

    @Test func changedAmountIsAnError() throws {
        var document = try Self.load()
        var tables = try #require(document.tables.additionalTables)
        let index = try #require(tables.firstIndex { $0.identifier == "final-basic-expenditure" })
        let row = try #require(tables[index].rows.firstIndex { $0.code == "30101" })
        tables[index].rows[row].amounts[0] = Amount("263.33")  // printed 262.33
        document.tables.additionalTables = tables
        // (Without the narrative rules' two real errors of the corpus narrative: FinalAccountNarrativeTests.)
        let errors = Validator().validate(document).outcomes.flatMap(\.findings).filter {
            $0.severity == .error && !["F8", "F9"].contains($0.ruleID)
        }
        #expect(errors.map(\.ruleID) == ["F2"])
        #expect(errors.first?.location.row == "301")
        #expect(errors.first?.difference == Amount("-1.01"))  // 2,082.85 against 2,083.86
    }

    @Test func changedCarryForwardBreaksTheBalance() throws {
        var document = try Self.load()
        var tables = try #require(document.tables.additionalTables)
        let index = try #require(tables.firstIndex { $0.identifier == "final-summary" })
        let row = try #require(tables[index].rows.firstIndex { $0.name.hasPrefix("年初结转和结余") })
        tables[index].rows[row].amounts[1] = Amount("65.34")  // printed 55.34
        document.tables.additionalTables = tables
        let errors = Validator().validate(document).outcomes.flatMap(\.findings).filter {
            $0.severity == .error && !["F8", "F9"].contains($0.ruleID)
        }
        #expect(errors.map(\.ruleID) == ["F1"])
    }

    // MARK: - (d) canonical JSON

    @Test func canonicalJSONRoundTrips() throws {
        let document = try Self.load()
        let data = try CanonicalJSON.encode(document)
        #expect(try CanonicalJSON.decode(data) == document)
        #expect(try CanonicalJSON.encode(CanonicalJSON.decode(data)) == data)
    }
}
