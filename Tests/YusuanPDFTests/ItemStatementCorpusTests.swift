import Foundation
import Testing
import YusuanCore

@testable import YusuanImport
@testable import YusuanValidation

/// The per-项 statements of the corpus PDFs: how many are read from each file (counted by hand in `pdftotext -layout`),
/// that the Shanghai ones are read whole, and that N17–N20 find exactly the defects the corpus README lists.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct ItemStatementCorpusTests {
    static let justice = "shanghai-putuo-justice-2026-budget.pdf"
    static let justiceUnit = "shanghai-putuo-justice-unit-2026-budget.pdf"
    static let wanli2023 = "shanghai-putuo-wanli-subdistrict-2023-budget.pdf"
    static let wanli2024 = "shanghai-putuo-wanli-subdistrict-2024-budget.pdf"

    /// Statements per file; every other corpus file has none (a 决算's `…（项）。主要用于：…年初预算为…` is no statement).
    static let counts: [String: Int] = [
        justice: 13, justiceUnit: 13, wanli2023: 34, wanli2024: 33,
        "shanghai-putuo-commerce-unit-2025-budget.pdf": 16,
        "hangzhou-meteorology-2026-budget.pdf": 9, "hangzhou-public-security-2026-budget.pdf": 16,
        "suzhou-audit-2026-budget.pdf": 8, "suzhou-water-unit-2026-budget.pdf": 14,
        "jiangsu-procuratorate-2019-budget.pdf": 10, "jiangsu-npc-office-2017-budget.pdf": 1,
        "jiangsu-npc-office-2018-budget.pdf": 14, "jiangsu-npc-office-2019-budget-narrative.pdf": 14,
        "jiangsu-party-office-2017-budget-narrative.pdf": 5, "jiangsu-party-office-2018-budget-narrative.pdf": 7,
        "jiangsu-party-office-2019-budget-narrative.pdf": 7,
        // `行政运行（2010401）2740.23 万元，较上年增加 957.62 万元，原因是：…`.
        "xian-development-reform-2019-budget.pdf": 5,
    ]

    static func statements(_ name: String) throws -> [ItemStatement] {
        let blocks = try PDFImporter.narrativeBlocks(data: PDFFixtures.data(name), fileName: name)
        return ItemStatementReader.statements(in: blocks) ?? []
    }

    @Test func everyCorpusFileGivesItsCount() throws {
        for name in try PDFFixtures.corpusFiles() {
            #expect(try Self.statements(name).count == Self.counts[name, default: 0], "\(name)")
        }
    }

    @Test(arguments: [justice, justiceUnit, wanli2023, wanli2024])
    func shanghaiStatementsAreReadWhole(_ name: String) throws {
        let statements = try Self.statements(name)
        for statement in statements {
            let label = "\(name): \(statement.sectionName) \(statement.itemName)"
            #expect(statement.amount != nil, "\(label)")
            #expect(statement.priorAmount != nil, "\(label)")
            #expect(statement.budgetAmount != nil, "\(label)")
            // 持平 states no percentage (万里街道: 公共法律服务, 科普活动 …).
            #expect(statement.statedPercent != nil || statement.direction == .unchanged, "\(label)")
            #expect(statement.direction != nil, "\(label)")
            #expect(statement.reason != nil && statement.usage != nil, "\(label)")
            #expect(!statement.className.isEmpty && !statement.sectionName.isEmpty && !statement.itemName.isEmpty)
            #expect(statement.unit == .tenThousandYuan)
            #expect(statement.priorYear == (name.contains("2026") ? 2025 : name.contains("2024") ? 2023 : 2022))
            #expect(statement.code.isEmpty == name.contains("wanli"), "\(label)")
        }
    }

    @Test func theKnownFiguresAreReadAsPrinted() throws {
        let justice = try Self.statements(Self.justice)
        let other = try #require(justice.first { $0.code == "2040699" })
        #expect(other.priorAmount == Amount("43269.3"))
        #expect(other.statedPercent == Amount("17.62"))
        let housing = try #require(justice.first { $0.code == "2210201" })
        #expect(housing.amount == Amount("208.8"))
        #expect(housing.budgetAmount == Amount("201.50"))
        let unit = try Self.statements(Self.justiceUnit)
        let purchase = try #require(unit.first { $0.code == "2210203" })
        #expect(purchase.amount == Amount("207"))
        #expect(purchase.budgetAmount == Amount("170.03"))
        #expect(purchase.priorAmount == Amount("241.76"))
        let wanli = try Self.statements(Self.wanli2023)
        let annuity = try #require(wanli.first { $0.itemName == "机关事业单位职业年金缴费支出" })
        #expect(annuity.amount == Amount("220.63"))
        #expect(annuity.budgetAmount == Amount("441.25"))
        let later = try Self.statements(Self.wanli2024)
        let fund = try #require(later.first { $0.itemName == "住房公积金" })
        #expect(fund.amount == Amount("350.35"))
        #expect(fund.budgetAmount == Amount("352.67"))
    }

    /// The findings of N17–N20 as `rule item` pairs (errors and warnings), the item named by the statement the
    /// finding quotes: its code and name, or its 款 and name when it prints no code.
    static func defects(_ report: ValidationReport, _ document: Disclosure) -> [String] {
        let statements = document.narrative.facts.itemStatements ?? []
        return ["N17", "N18", "N19", "N20"].flatMap { id in
            (report.outcome(of: id)?.findings ?? []).filter { $0.severity != .info }.map { finding in
                guard let statement = statements.first(where: { $0.sentence.text == finding.location.sentence }) else {
                    return "\(id) ?"
                }
                let item = statement.code.isEmpty ? "\(statement.sectionName)—" : "\(statement.code) "
                return "\(id) \(item)\(statement.itemName)"
            }
        }
    }

    @Test("the statements survive canonical JSON: import(json(document)) == document, byte for byte again")
    func statementsRoundTrip() throws {
        let document = try PDFImporter.importDocument(data: PDFFixtures.data(Self.justice), fileName: Self.justice)
        let data = try CanonicalJSON.encode(document)
        let decoded = try CanonicalJSON.decode(data)
        #expect(decoded.narrative.facts.itemStatements == document.narrative.facts.itemStatements)
        #expect(decoded == document)
        #expect(try CanonicalJSON.encode(decoded) == data)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"priorAmount\" : \"43269.3\""))
    }

    @Test("司法局 2026, end to end: 其他司法支出's prior figure, 住房公积金's two amounts, 职业年金's percentage")
    func justiceEndToEnd() throws {
        let document = try PDFImporter.importDocument(data: PDFFixtures.data(Self.justice), fileName: Self.justice)
        #expect(document.narrative.facts.itemStatements?.count == 13)
        let report = Validator().validate(document)
        #expect(
            Self.defects(report, document).sorted() == [
                "N17 2210201 住房公积金", "N19 2080506 机关事业单位职业年金缴费支出", "N20 2040699 其他司法支出",
            ]
        )
        // Every X is the table's 项 (2,087,959.00 元 is 208.8 万元).
        #expect(report.outcome(of: "N18")?.status == .passed)
        let prior = try #require(report.outcome(of: "N20")?.findings.first)
        #expect(prior.actual == Amount("43269.3"))
        #expect(prior.expected == Amount("3269.3"))
        #expect(prior.message.zh.contains("约为 3269.4万元"))
        let twice = try #require(report.outcome(of: "N17")?.findings.first)
        #expect(twice.message.zh.contains("与前一处一致"))
        let percent = try #require(report.outcome(of: "N19")?.findings.first)
        #expect(percent.expected == Amount("17.93"))
    }

    @Test("万里街道 2023 and 2024, end to end: the 314.82%, the 220.63/441.25 paragraph, the 350.35/352.67 one")
    func wanliEndToEnd() throws {
        let first = try PDFImporter.importDocument(data: PDFFixtures.data(Self.wanli2023), fileName: Self.wanli2023)
        let report = Validator().validate(first)
        // 职业年金 was copied from the 养老保险 paragraph above it with 441.25 and 60.54% kept: the table has 220.63,
        // and 132.59 → 220.63 is +66.40%, so its percentage is wrong too.
        #expect(
            Self.defects(report, first).sorted() == [
                "N17 行政事业单位养老支出—机关事业单位职业年金缴费支出", "N19 群众团体事务—一般行政管理事务",
                "N19 行政事业单位养老支出—机关事业单位职业年金缴费支出",
            ]
        )
        let percent = try #require(report.outcome(of: "N19")?.findings.first)
        #expect(percent.expected == Amount("289.12"))
        #expect(percent.actual == Amount("314.82"))
        #expect(report.outcome(of: "N18")?.status == .passed)
        let second = try PDFImporter.importDocument(data: PDFFixtures.data(Self.wanli2024), fileName: Self.wanli2024)
        let later = Validator().validate(second)
        #expect(Self.defects(later, second) == ["N17 住房改革支出—住房公积金"])
        #expect(later.outcome(of: "N18")?.status == .passed)
        #expect(later.outcome(of: "N19")?.status == .passed)
        // N18 found every statement's 项 by its names (the 款 tells the six 一般行政管理事务 apart).
        for document in [first, second] {
            let table = try #require(ItemStatementTable(document.tables))
            for statement in document.narrative.facts.itemStatements ?? [] {
                guard case .found(_, _, let row) = table.lookup(statement) else {
                    Issue.record("\(statement.sectionName) \(statement.itemName) not found")
                    continue
                }
                #expect(row.name == statement.itemName)
            }
        }
    }

    /// The 单位预算's 一般公共预算支出功能分类预算表 as printed (元): the importer does not read this template yet.
    static let unitTable: [(String, String, String)] = [
        ("2040601", "行政运行", "14348853.34"), ("2040604", "基层司法业务", "21703947.00"),
        ("2040605", "普法宣传", "1242900.00"), ("2040607", "公共法律服务", "1160000.00"),
        ("2040613", "信息化建设", "2278800.00"), ("2040699", "其他司法支出", "38454900.00"),
        ("2080501", "行政单位离退休", "561240.00"), ("2080505", "机关事业单位基本养老保险缴费支出", "1572307.00"),
        ("2080506", "机关事业单位职业年金缴费支出", "786150.00"), ("2080599", "其他行政事业单位养老支出", "6160.00"),
        ("2101101", "行政单位医疗", "982692.00"), ("2210201", "住房公积金", "1791459.00"),
        ("2210203", "购房补贴", "2070000.00"),
    ]

    @Test("司法局 单位预算 2026: 行政运行's 减少1.10%, 行政单位离退休's 56.12/57.8, 购房补贴's 207/170.03 and 增加21.74%")
    func justiceUnitWithItsTable() throws {
        var facts = NarrativeFacts()
        facts.itemStatements = try Self.statements(Self.justiceUnit)
        let rows = Self.unitTable.map { code, name, total in
            FunctionRow(
                code: code,
                name: name,
                amounts: ExpenditureSplit(total: Amount(total), basic: nil, project: nil)
            )
        }
        let document = Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: "上海市普陀区司法局",
                year: 2026,
                unit: .yuan,
                profile: .shanghaiDistrictBudget
            ),
            narrative: Narrative(title: "2026年单位预算", blocks: [], facts: facts),
            tables: DisclosureTables(
                generalBudgetExpenditure: FunctionExpenditureTable(
                    header: TableHeader(caption: nil, title: "2026年预算单位一般公共预算支出功能分类预算表", unit: .yuan),
                    totalRow: nil,
                    rows: rows
                )
            )
        )
        let report = Validator().validate(document)
        #expect(
            Self.defects(report, document).sorted() == [
                "N17 2080501 行政单位离退休", "N17 2210203 购房补贴", "N19 2040601 行政运行", "N19 2210203 购房补贴",
            ]
        )
        #expect(report.outcome(of: "N18")?.status == .passed)
        #expect(report.outcome(of: "N20")?.status == .passed)
        let percents = report.outcome(of: "N19")?.findings ?? []
        #expect(percents.map(\.expected) == [Amount("-15.13"), Amount("-29.67")])
        #expect(percents.last?.message.zh.contains("增减方向也相反") == true)
        // Without the table N18 has nothing to compare with.
        var bare = document
        bare.tables = DisclosureTables()
        #expect(Validator().validate(bare).outcome(of: "N18")?.status == .insufficientData)
    }
}
