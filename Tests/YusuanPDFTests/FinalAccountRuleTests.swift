import Testing
import YusuanCore
import YusuanValidation

/// The 部门决算 rules F2 … F6 on small generic tables (no PDF needed): each passes on consistent figures and reports a
/// changed one.
struct FinalAccountRuleTests {
    static func row(_ code: String, _ name: String, _ amounts: [String?]) -> GenericRow {
        GenericRow(code: code, name: name, amounts: amounts.map { $0.flatMap(Amount.init) })
    }

    static func table(
        _ identifier: String,
        _ title: String,
        _ columns: [String],
        _ rows: [GenericRow],
        note: String? = nil
    )
        -> GenericTable
    {
        GenericTable(
            identifier: identifier,
            header: TableHeader(caption: nil, title: title, note: note, unit: .tenThousandYuan),
            columns: columns,
            rows: rows
        )
    }

    static func document(_ tables: [GenericTable]) -> Disclosure {
        Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: "测试局",
                year: 2024,
                kind: .finalAccount,
                profile: .nationalFinalAccount
            ),
            narrative: Narrative(title: "测试局2024年度部门决算", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables(additionalTables: tables)
        )
    }

    static func findings(_ id: String, _ tables: [GenericTable]) -> [Finding] {
        Validator().validate(document(tables)).outcomes.first { $0.ruleID == id }?.findings ?? []
    }

    static func income(item: String = "84.65") -> GenericTable {
        table(
            "final-income",
            "收入决算表",
            ["本年收入合计", "财政拨款收入"],
            [
                row("", "合计", ["245.30", "245.30"]), row("208", "社会保障和就业支出", ["245.30", "245.30"]),
                row("20805", "行政事业单位养老支出", ["245.30", "245.30"]),
                row("2080501", "行政单位离退休", [item, "84.65"]), row("2080505", "机关事业单位基本养老保险缴费支出", ["160.65", "160.65"]),
            ]
        )
    }

    @Test func hierarchyAndTotals() {
        #expect(Self.findings("F2", [Self.income()]).isEmpty)
        // 84.65 → 85.65 in the 本年收入合计 column: the 款 no longer equals its 项 (1.00 beyond ±0.015).
        let errors = Self.findings("F2", [Self.income(item: "85.65")]).filter { $0.severity == .error }
        #expect(errors.map(\.location.row) == ["20805"])
    }

    @Test func rowSums() {
        let columns = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
        func expenditure(_ total: String) -> GenericTable {
            Self.table(
                "final-expenditure",
                "支出决算表",
                columns,
                [Self.row("2010601", "行政运行", [total, "1503.52", "8.37", nil, nil, nil])]
            )
        }
        #expect(Self.findings("F3", [expenditure("1511.89")]).isEmpty)
        #expect(Self.findings("F3", [expenditure("1512.89")]).map(\.severity) == [.error])
    }

    @Test func carryOverBalancesPerRow() {
        let columns = ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"]
        func fund(_ carryForward: String) -> GenericTable {
            Self.table(
                "final-government-fund",
                "政府性基金预算财政拨款收入支出决算表",
                columns,
                [Self.row("", "合计", ["10.00", "5.00", "12.00", "2.00", "10.00", carryForward])],
                note: nil
            )
        }
        #expect(Self.findings("F4", [fund("3.00")]).isEmpty)
        #expect(Self.findings("F4", [fund("4.00")]).map(\.severity) == [.error])
    }

    @Test func sameLineAcrossTables() {
        func tables(_ summaryAmount: String) -> [GenericTable] {
            [
                Self.table(
                    "final-summary",
                    "收入支出决算总表",
                    ["决算数", "决算数"],
                    [Self.row("", "八、其他收入 | 八、社会保障和就业支出", ["6.20", summaryAmount])]
                ),
                Self.table(
                    "final-expenditure",
                    "支出决算表",
                    ["本年支出合计"],
                    [
                        Self.row("208", "社会保障和就业支出", ["326.72"]), Self.row("20805", "行政事业单位养老支出", ["326.72"]),
                        Self.row("2080501", "行政单位离退休", ["84.65"]), Self.row("2080505", "机关事业单位基本养老保险缴费支出", ["160.75"]),
                        Self.row("2080506", "机关事业单位职业年金缴费支出", ["80.38"]), Self.row("2080599", "其他行政事业单位养老支出", ["0.94"]),
                    ]
                ),
            ]
        }
        #expect(Self.findings("F5", tables("326.72")).isEmpty)
        // 0.01 against a 类 of 4 项 is within ±0.025: rounding (info), as in the corpus document.
        let rounding = Self.findings("F5", tables("326.71"))
        #expect(rounding.map(\.severity) == [.info] && rounding.allSatisfy(\.isRounding))
        #expect(Self.findings("F5", tables("326.52")).map(\.severity) == [.error])
    }

    @Test func tablesAndFundNotes() {
        let columns = ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"]
        let empty = [Self.row("", "合计", [nil, nil, nil, nil, nil, nil])]
        func all(note: String?) -> [GenericTable] {
            [
                "final-summary", "final-income", "final-expenditure", "final-financial-summary",
                "final-basic-expenditure",
                "final-three-public",
            ].map { Self.table($0, $0, [], []) }
                + [
                    Self.table(
                        "final-state-capital",
                        "国有资本经营预算财政拨款收入支出决算表",
                        columns,
                        empty,
                        note: "注：本单位无国有资本经营预算财政拨款收入、支出。"
                    )
                ]
                + [Self.table("final-government-fund", "政府性基金预算财政拨款收入支出决算表", columns, empty, note: note)]
        }
        #expect(Self.findings("F6", all(note: "注：本单位无政府性基金预算财政拨款收入、支出，故本表无数据。")).isEmpty)
        #expect(Self.findings("F6", all(note: nil)).map(\.severity) == [.error])
        #expect(Self.findings("F6", all(note: "注：本表无数据。")).map(\.severity) == [.error])
        // Seven tables missing: one error each.
        #expect(Self.findings("F6", [Self.income()]).count == 7)
    }

    /// A table of the nine with its title at `line` (and, for the fund tables, an empty 合计 row and a note naming
    /// the fund on the next line).
    static func placed(_ identifier: String, _ title: String, line: Int) -> GenericTable {
        let isFund = identifier == "final-government-fund" || identifier == "final-state-capital"
        let fund = identifier == "final-government-fund" ? "政府性基金" : "国有资本经营"
        var table = Self.table(
            identifier,
            title,
            isFund ? ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"] : [],
            isFund ? [GenericRow(code: "", name: "合计", amounts: Array(repeating: nil, count: 6), line: line + 2)] : [],
            note: isFund ? "注：本单位无\(fund)预算财政拨款收入、支出，故本表无数据。" : nil
        )
        table.header.line = line
        table.header.noteLine = isFund ? line + 3 : nil
        return table
    }

    static let nine: [(String, String)] = [
        ("final-summary", "收入支出决算总表"), ("final-income", "收入决算表"), ("final-expenditure", "支出决算表"),
        ("final-financial-summary", "财政拨款收入支出决算总表"), ("final-basic-expenditure", "一般公共预算财政拨款基本支出决算表"),
        ("final-three-public", "财政拨款“三公”经费支出决算表"), ("final-government-fund", "政府性基金预算财政拨款收入支出决算表"),
        ("final-state-capital", "国有资本经营预算财政拨款收入支出决算表"),
    ]

    /// A missing table is reported where it should stand: at the title of the next table present, or after the last.
    @Test func missingTablesAreLocated() throws {
        func tables(without missing: Set<String>) -> [GenericTable] {
            Self.nine.enumerated().filter { !missing.contains($0.element.0) }.map {
                Self.placed($0.element.0, $0.element.1, line: 100 * ($0.offset + 1))
            }
        }
        #expect(Self.findings("F6", tables(without: [])).isEmpty)
        let expenditure = Self.findings("F6", tables(without: ["final-expenditure"]))
        #expect(expenditure.count == 1)
        #expect(expenditure.first?.location.line == 400)  // 财政拨款收入支出决算总表's title
        #expect(expenditure.first?.location.caption == "支出决算表")
        #expect(expenditure.first?.message.zh.contains("缺少“支出决算表”（应在“财政拨款收入支出决算总表”之前）") == true)
        #expect(expenditure.first?.message.en.contains("(before 财政拨款收入支出决算总表)") == true)
        // Two in a row: both before the next one present.
        let two = Self.findings("F6", tables(without: ["final-summary", "final-income"]))
        #expect(two.map(\.location.line) == [300, 300])
        // The last one: after the last table present, at its last line (the fund table's note).
        let last = try #require(Self.findings("F6", tables(without: ["final-state-capital"])).first)
        #expect(last.location.line == 703)
        #expect(last.message.zh.contains("（应在“政府性基金预算财政拨款收入支出决算表”之后）"))
    }

    /// R6 reads the tables' titles and notes and the rows of the generic tables; a `…` row is a row left to be filled.
    @Test func placeholdersInTables() throws {
        var income = Self.income()
        income.header.title = "上海市XX局收入决算表"
        income.header.line = 10
        income.rows.append(GenericRow(code: "", name: "…", amounts: [nil, nil], line: 16))
        var fund = Self.placed("final-government-fund", "政府性基金预算财政拨款收入支出决算表", line: 20)
        fund.header.note = "注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。\n说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"
        let findings = Self.findings("R6", [income, fund])
        #expect(findings.map(\.location.line) == [10, 16, 23])
        #expect(findings.map(\.severity) == [.warning, .warning, .warning])
        #expect(findings[1].message.zh == "“上海市XX局收入决算表”中有待填写的占位行“…”，请填写实际内容或删除。")
        #expect(findings[2].location.caption == "政府性基金预算财政拨款收入支出决算表")
        // Without placeholders, nothing.
        #expect(
            Self.findings("R6", [Self.income(), Self.placed("final-government-fund", "政府性基金预算财政拨款收入支出决算表", line: 20)])
                .isEmpty
        )
    }

    /// A fund table printed with 合计, 基本支出, 项目支出 only: F3 checks 合计 = 基本支出 + 项目支出.
    @Test func fundTableWithoutCarryOverColumns() {
        func fund(_ total: String) -> GenericTable {
            Self.table(
                "final-government-fund",
                "政府性基金预算财政拨款支出决算表",
                ["合计", "基本支出", "项目支出"],
                [Self.row("212", "城乡社区支出", [total, "10.00", "20.00"])]
            )
        }
        #expect(Self.findings("F3", [fund("30.00")]).isEmpty)
        #expect(Self.findings("F3", [fund("31.00")]).map(\.severity) == [.error])
        #expect(Self.findings("F4", [fund("31.00")]).isEmpty)
    }
}
