import Foundation
import Testing
import YusuanCore

@testable import YusuanValidation

/// The classification catalogue by year (2017–2026): the codes of real published budgets, the names of each year,
/// the integrity of the data, and what C2 says about them (docs/CLASSIFICATION.md).
struct ClassificationYearsTests {
    static var classification: ClassificationCatalogue { RuleCatalogue.standard.classification }

    /// A table of `year` that uses the code with its parents, the way a published 一般公共预算支出表 prints them.
    static func document(year: Int, rows: [(code: String, name: String)]) throws -> Disclosure {
        var document = try Seeds.year2025
        document.identity.year = year
        document.tables.generalBudgetExpenditure?.rows = rows.map { Check.row($0.code, $0.name, "1.00", nil, "1.00") }
        document.tables.departmentExpenditure = nil
        document.tables.departmentIncome = nil
        document.tables.governmentFundExpenditure = nil
        document.tables.generalBudgetBasicExpenditure = nil
        return document
    }

    static func c2(_ document: Disclosure) throws -> RuleOutcome {
        try #require(Check.outcome("C2", document))
    }

    /// The codes of real 2025/2026 budgets that C2 reported as unknown (18 false warnings on one document), each with
    /// its parents: every one is in the 2026 classification under its name, and a table using it gets no warning.
    static let falseWarnings: [[(code: String, name: String)]] = [
        [("204", "公共安全支出"), ("20406", "司法"), ("2040613", "信息化建设")],
        [("206", "科学技术支出"), ("20605", "科技条件与服务"), ("2060503", "科技条件专项")],
        [("215", "资源勘探工业信息等支出"), ("21508", "支持中小企业发展和管理支出"), ("2150899", "其他支持中小企业发展和管理支出")],
        [("216", "商业服务业等支出"), ("21699", "其他商业服务业等支出"), ("2169999", "其他商业服务业等支出")],
    ]

    @Test(arguments: falseWarnings)
    func realCodesAreKnownIn2026(_ chain: [(code: String, name: String)]) throws {
        for (code, name) in chain {
            let entry = try #require(Self.classification.entry(system: .function, code: code, year: 2026), "\(code)")
            #expect(entry.name == name, "\(code)")
        }
    }

    /// Failed before: C2 warned "科目编码 2040613 不在 2026 年支出功能分类科目中" (and the same for each code here).
    @Test(arguments: falseWarnings)
    func tableUsingRealCodesGetsNoC2Warning(_ chain: [(code: String, name: String)]) throws {
        for year in [2025, 2026] {
            let outcome = try Self.c2(Self.document(year: year, rows: chain))
            #expect(outcome.status == .passed, "\(year) \(chain.map(\.code)): \(outcome.findings.map(\.message.zh))")
            #expect(outcome.findings.isEmpty)
        }
    }

    /// 210 and 207 were renamed in 2019 (the Jiangsu 2017/2018 budgets print the old names, the 2019 ones the new).
    @Test(arguments: [
        ("210", "医疗卫生与计划生育支出", "卫生健康支出"), ("207", "文化体育与传媒支出", "文化旅游体育与传媒支出"),
        ("220", "国土海洋气象等支出", "自然资源海洋气象等支出"),
    ])
    func renamedClassUsesTheNameOfItsYear(code: String, before: String, after: String) throws {
        #expect(Self.classification.entry(system: .function, code: code, year: 2017)?.name == before)
        #expect(Self.classification.entry(system: .function, code: code, year: 2018)?.name == before)
        #expect(Self.classification.entry(system: .function, code: code, year: 2019)?.name == after)
        #expect(Self.classification.entry(system: .function, code: code, year: 2026)?.name == after)

        // Accepted under the name of its year.
        #expect(try Self.c2(Self.document(year: 2018, rows: [(code, before)])).findings.isEmpty)
        #expect(try Self.c2(Self.document(year: 2026, rows: [(code, after)])).findings.isEmpty)

        // Reported under the name of another year, with that name's years.
        let stale = try Self.c2(Self.document(year: 2026, rows: [(code, before)]))
        #expect(stale.status == .failed)
        let staleMessage = try #require(stale.findings.first?.message.zh)
        #expect(staleMessage.contains("“\(before)”，这是2017—2018年的科目名称"))
        #expect(staleMessage.contains("2026年科目名称为“\(after)”"))

        let early = try Self.c2(Self.document(year: 2017, rows: [(code, after)]))
        let earlyMessage = try #require(early.findings.first?.message.zh)
        #expect(earlyMessage.contains("这是2019—2026年的科目名称"))
        #expect(earlyMessage.contains("2017年科目名称为“\(before)”"))
    }

    /// 215 is 资源勘探信息等支出 in the 2017–2019 Jiangsu budgets and 资源勘探工业信息等支出 in 2025/2026; the year of the
    /// rename is not known, so both names are accepted in between.
    @Test func resourceClassNameByYear() throws {
        #expect(Self.classification.entry(system: .function, code: "215", year: 2019)?.name == "资源勘探信息等支出")
        #expect(Self.classification.entry(system: .function, code: "215", year: 2026)?.name == "资源勘探工业信息等支出")
        #expect(try Self.c2(Self.document(year: 2022, rows: [("215", "资源勘探信息等支出")])).findings.isEmpty)
        #expect(try Self.c2(Self.document(year: 2022, rows: [("215", "资源勘探工业信息等支出")])).findings.isEmpty)
        #expect(try Self.c2(Self.document(year: 2026, rows: [("215", "资源勘探信息等支出")])).status == .failed)
    }

    /// 224 灾害防治及应急管理支出 is in the 2019 class list and not in the 2017/2018 ones.
    @Test func classAddedIn2019() throws {
        #expect(Self.classification.entry(system: .function, code: "224", year: 2018) == nil)
        #expect(Self.classification.entry(system: .function, code: "224", year: 2019)?.name == "灾害防治及应急管理支出")
        let outcome = try Self.c2(Self.document(year: 2018, rows: [("224", "灾害防治及应急管理支出")]))
        let message = try #require(outcome.findings.first?.message.zh)
        #expect(message.contains("不在2018年支出功能分类科目中（该编码见于2019—2026年科目）"))
    }

    /// A code the classification dropped is reported with the years it was in.
    @Test func droppedCodeNamesItsYears() throws {
        let outcome = try Self.c2(
            Self.document(
                year: 2023,
                rows: [("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("2080504", "未归口管理的行政单位离退休")]
            )
        )
        #expect(outcome.findings.count == 1)
        #expect(outcome.findings.first?.message.zh.contains("2080504") == true)
        #expect(outcome.findings.first?.message.zh.contains("该编码见于2017—2019年科目") == true)
    }

    /// A document year outside the catalogue is not checked code by code: C2 says which years it covers.
    @Test(arguments: [2016, 2027, 2030])
    func yearOutsideTheCatalogue(year: Int) throws {
        let outcome = try Self.c2(Self.document(year: year, rows: [("201", "一般公共服务支出")]))
        #expect(outcome.status == .insufficientData)
        #expect(outcome.findings.isEmpty)
        let reason = try #require(outcome.reason)
        #expect(reason.zh.contains("2017—2026年"))
        #expect(reason.zh.contains("不含文档年度\(year)年"))
        #expect(reason.en.contains("2017–2026"))
    }

    @Test func catalogueCoversExactly2017To2026() {
        #expect(Self.classification.coveredYears[.function] == 2017...2026)
        #expect(Self.classification.coveredYears[.economic] == 2017...2026)
        // Every row is closed (a later year must be checked before it is claimed) and names its source.
        for entry in Self.classification.entries {
            #expect(entry.yearTo != nil, "\(entry.code) \(entry.yearFrom)")
            #expect(entry.source?.isEmpty == false, "\(entry.code) \(entry.yearFrom)")
        }
    }

    @Test func noCodeHasTwoEntriesInOneYear() {
        var seen: [String: [ClassificationEntry]] = [:]
        for entry in Self.classification.entries {
            let key = "\(entry.system.rawValue) \(entry.code)"
            for other in seen[key, default: []] {
                let overlap =
                    entry.yearFrom <= (other.yearTo ?? Int.max) && other.yearFrom <= (entry.yearTo ?? Int.max)
                #expect(!overlap, "\(key): \(other.yearFrom)–\(String(describing: other.yearTo)) and \(entry.yearFrom)")
            }
            seen[key, default: []].append(entry)
        }
    }

    @Test(arguments: 2017...2026)
    func everyCodeHasItsParentInTheSameYear(year: Int) {
        for system in ClassificationSystem.allCases {
            let entries = Self.classification.entries.filter { $0.system == system && $0.isValid(in: year) }
            let codes = Set(entries.map(\.code))
            for entry in entries {
                #expect([3, 5, 7].contains(entry.code.count) && entry.code.allSatisfy(\.isASCII))
                if entry.code.count == 3 {
                    #expect(entry.parent == nil, "\(year) \(entry.code)")
                } else {
                    let parent = String(entry.code.dropLast(2))
                    #expect(entry.parent == parent, "\(year) \(entry.code)")
                    #expect(codes.contains(parent), "\(year) \(system) \(entry.code): parent \(parent) missing")
                }
            }
        }
    }

    /// The counts of docs/CLASSIFICATION.md: 2017–2018 function 28 类 (no 224), 2019 on 29; economic 4 类 in 2017
    /// (only what the 2017 budgets print), 10 from 2018.
    @Test(arguments: 2017...2026)
    func countsPerYearArePlausible(year: Int) {
        func count(_ system: ClassificationSystem, digits: Int) -> Int {
            Self.classification.entries.filter {
                $0.system == system && $0.code.count == digits && $0.isValid(in: year)
            }
            .count
        }
        #expect(count(.function, digits: 3) == (year < 2019 ? 28 : 29))
        #expect(count(.function, digits: 5) >= 85)
        #expect(count(.function, digits: 7) >= 350)
        #expect(count(.function, digits: 7) > count(.function, digits: 5))
        #expect(count(.economic, digits: 3) == (year == 2017 ? 4 : 10))
        #expect(count(.economic, digits: 5) >= (year == 2017 ? 30 : 85))
        #expect(count(.economic, digits: 7) == 0)
    }

    /// 2017 used the 支出经济分类 before the 部门预算 one: 住房公积金 was 30311 (303), from 2018 it is 30113 (301).
    @Test func economicCodesOf2017() {
        #expect(Self.classification.entry(system: .economic, code: "30311", year: 2017)?.name == "住房公积金")
        #expect(Self.classification.entry(system: .economic, code: "30311", year: 2018) == nil)
        #expect(Self.classification.entry(system: .economic, code: "30113", year: 2018)?.name == "住房公积金")
        #expect(Self.classification.entry(system: .economic, code: "30101", year: 2017)?.name == "基本工资")
    }
}

/// The CSV form of the catalogue.
struct ClassificationCSVTests {
    @Test func sourceColumnIsOptional() throws {
        let catalogue = try ClassificationCatalogue.parse(
            csv: """
                year_from,year_to,system,code,name,parent,aliases,source
                2019,2026,function,201,一般公共服务支出,,,prior
                2019,2026,function,20101,人大事务,201,
                """
        )
        #expect(catalogue.entries.map(\.source) == ["prior", nil])
        #expect(catalogue.coveredYears[.function] == 2019...2026)
        #expect(catalogue.coveredYears[.economic] == nil)
        #expect(catalogue.covers(.function, year: 2026) && !catalogue.covers(.function, year: 2027))
    }

    @Test(arguments: [
        ("2019,20x6,function,201,一般公共服务支出,,", "year_to empty or a year not before year_from"),
        ("2019,2018,function,201,一般公共服务支出,,", "year_to empty or a year not before year_from"),
        ("x,2026,function,201,一般公共服务支出,,", "a year in year_from"),
        ("2019,2026,revenue,101,税收收入,,", "system function or economic"),
        ("2019,2026,function,201,,,", "a code and a name"),
        ("2019,2026,function,201,一般公共服务支出", "7 or 8 fields"),
    ])
    func malformedLineIsLocated(line: String, expected: String) {
        let text = "year_from,year_to,system,code,name,parent,aliases,source\n" + line
        let error = #expect(throws: CatalogueError.self) { try ClassificationCatalogue.parse(csv: text) }
        #expect(
            error?.message.hasPrefix("classification.csv:2: expected \(expected)") == true,
            "\(String(describing: error))"
        )
    }

    @Test func yearRangesAreJoinedForMessages() throws {
        let catalogue = try ClassificationCatalogue.parse(
            csv: """
                year_from,year_to,system,code,name,parent,aliases,source
                2017,2018,function,210,医疗卫生与计划生育支出,,,a
                2019,2022,function,210,卫生健康支出,,,b
                2023,2026,function,210,卫生健康支出,,,c
                """
        )
        #expect(catalogue.years(system: .function, code: "210") == [2017...2026])
        #expect(catalogue.years(system: .function, code: "210", name: "卫生健康支出") == [2019...2026])
        #expect(catalogue.years(system: .function, code: "210", name: "医疗卫生与计划生育支出") == [2017...2018])
        #expect(catalogue.years(system: .function, code: "211") == [])
        #expect(ClassificationCatalogue.describe([2017...2018, 2020...2020]) == "2017—2018年、2020年")
        #expect(ClassificationCatalogue.describeInEnglish([2017...2018, 2020...2020]) == "2017–2018, 2020")
    }
}
