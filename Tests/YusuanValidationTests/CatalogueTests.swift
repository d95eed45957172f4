import Foundation
import Testing
import YusuanCore

@testable import YusuanGenerator
@testable import YusuanValidation

struct CatalogueTests {
    @Test func standardCatalogueLoads() throws {
        let catalogue = try RuleCatalogue.loadStandard()
        #expect(RuleCatalogue.standard.loadError == nil)
        #expect(catalogue.descriptors.count == catalogue.rules.count)
        #expect(catalogue.classification.entries.count > 300)
    }

    @Test("the 其他 项 of a 款 is …99 99; 2019901 is 国家赔偿费用支出 (it was listed as 其他一般公共服务支出)")
    func otherItemCodes() throws {
        let classification = try RuleCatalogue.loadStandard().classification
        #expect(classification.entry(system: .function, code: "2019901", year: 2025)?.name == "国家赔偿费用支出")
        let others = [
            "2019999": "其他一般公共服务支出", "2059999": "其他教育支出", "2089999": "其他社会保障和就业支出",
            "2109999": "其他卫生健康支出",
        ]
        for (code, name) in others {
            #expect(classification.entry(system: .function, code: code, year: 2025)?.name == name, "\(code)")
        }
    }

    @Test("every classification code the generator writes is in the catalogue under its name (80 were missing)")
    func generatorCodesAreCatalogued() throws {
        let classification = try RuleCatalogue.loadStandard().classification
        for (code, name) in FunctionClassification.names {
            let entry = classification.entry(system: .function, code: code, year: 2025)
            #expect(entry.map { ClassificationCatalogue.nameMatches(name, entry: $0) } == true, "\(code) \(name)")
        }
        for (code, name) in EconomicClassification.names {
            let entry = classification.entry(system: .economic, code: code, year: 2025)
            #expect(entry.map { ClassificationCatalogue.nameMatches(name, entry: $0) } == true, "\(code) \(name)")
        }
    }

    @Test func domainRulesAreAllPresent() {
        let expected =
            (1...11).map { "A\($0)" } + (1...11).map { "X\($0)" } + (1...14).map { "N\($0)" } + (1...6).map { "C\($0)" }
            + (1...8).map { "R\($0)" } + ["R-EMPTY"]
            // P7 and P8 read the 项目支出绩效自评表 (docs/VALIDATION.md).
            + ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"]
            // Profile rules (docs/PDF.md).
            + ["N15", "N16", "N17", "N18", "N19", "N20", "F1", "R-EMPTY-FUND"] + (2...11).map { "F\($0)" }
            + ["JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-A5", "JS-X1", "JS-N1", "JS-N2", "JS-EMPTY", "JS-R1"]
        #expect(Set(RuleCatalogue.standard.rules.map(\.id)) == Set(expected))
    }

    @Test(arguments: Seeds.names)
    func everySeedCodeIsInTheClassification(name: String) throws {
        let document = try Seeds.disclosure(name)
        let catalogue = RuleCatalogue.standard.classification
        let function = [document.tables.generalBudgetExpenditure, document.tables.departmentExpenditure].compactMap {
            $0
        }
        .flatMap(\.rows)
        for row in function {
            let entry = try #require(catalogue.entry(system: .function, code: row.code, year: document.identity.year))
            #expect(
                ClassificationCatalogue.nameMatches(row.name, entry: entry),
                "\(row.code) \(row.name) vs \(entry.name)"
            )
        }
        for row in document.tables.generalBudgetBasicExpenditure?.rows ?? [] {
            let entry = try #require(catalogue.entry(system: .economic, code: row.code, year: document.identity.year))
            #expect(
                ClassificationCatalogue.nameMatches(row.name, entry: entry),
                "\(row.code) \(row.name) vs \(entry.name)"
            )
        }
    }

    @Test(arguments: [
        ("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2010303", "机关服务"), ("2010306", "政务公开审批"),
        ("2010350", "事业运行"), ("2010399", "其他政府办公厅（室）及相关机构事务支出"), ("20101", "人大事务"),
        ("2080501", "行政单位离退休"), ("2080599", "其他行政事业单位养老支出"), ("2101103", "公务员医疗补助"),
        ("2210202", "提租补贴"), ("2210203", "购房补贴"), ("205", "教育支出"), ("233", "债务发行费用支出"),
    ])
    func commonFunctionCodes(code: String, name: String) throws {
        let entry = try #require(RuleCatalogue.standard.classification.entry(system: .function, code: code, year: 2025))
        #expect(entry.name == name)
    }

    @Test(arguments: ["30101", "30113", "30199", "30212", "30217", "30231", "30399", "30901", "31001", "31013"])
    func commonEconomicCodes(code: String) {
        #expect(RuleCatalogue.standard.classification.entry(system: .economic, code: code, year: 2025) != nil)
    }

    /// The name 210 had before 2019 is the name of those years, not an alias of the current one (C2 reports it with
    /// its years; ClassificationYearsTests).
    @Test func renamedClassHasEachNameInItsYears() throws {
        let entry = try #require(
            RuleCatalogue.standard.classification.entry(system: .function, code: "210", year: 2024)
        )
        #expect(!ClassificationCatalogue.nameMatches("医疗卫生与计划生育支出", entry: entry))
        #expect(ClassificationCatalogue.nameMatches("卫生健康支出", entry: entry))
        let old = try #require(RuleCatalogue.standard.classification.entry(system: .function, code: "210", year: 2018))
        #expect(ClassificationCatalogue.nameMatches("医疗卫生与计划生育支出", entry: old))
    }
}
