import Testing
import YusuanCore
import YusuanGenerator

/// One generated district: its documents are `yusuan generate`'s for the same department-years, renamed when asked.
@Suite("Generated district")
struct GeneratedDistrictTests {
    @Test("a district's department-year is the generator's document of the index it names")
    func documentIndexNamesTheGeneratorsDocument() {
        let district = GeneratedDistrict(seed: 7, number: 3)
        for department in [0, 5, GeneratedDistrict.departmentCount - 1] {
            for year in [2020, 2024, 2026] {
                let index = district.documentIndex(department: department, year: year)
                var generator = DisclosureGenerator(seed: 7)
                #expect(district.budget(department: department, year: year) == generator.makeDisclosure(index: index))
                #expect(
                    district.finalAccount(department: department, year: year)
                        == DisclosureGenerator.finalAccount(seed: 7, index: index)
                )
                #expect(district.budget(department: department, year: year).identity.year == year)
            }
        }
    }

    @Test("a district's departments are distinct, named under one district, each with the same code every year")
    func departmentsAreOneDistrict() throws {
        let district = GeneratedDistrict(seed: 1, number: 0)
        let budgets = (0..<GeneratedDistrict.departmentCount).map { district.budget(department: $0, year: 2025) }
        #expect(Set(budgets.map(\.identity.departmentName)).count == GeneratedDistrict.departmentCount)
        #expect(Set(budgets.map(\.identity.departmentCode)).count == GeneratedDistrict.departmentCount)
        let prefix = try #require(budgets.first?.identity.departmentName.prefix(6))
        #expect(budgets.allSatisfy { $0.identity.departmentName.hasPrefix(prefix) })
        #expect(
            district.budget(department: 4, year: 2024).identity.departmentCode == budgets[4].identity.departmentCode
        )
    }

    @Test("a renamed district names every department, title and 决算 under its place, nothing else changed")
    func renamedDistrict() {
        let original = GeneratedDistrict(seed: 3, number: 0)
        let renamed = GeneratedDistrict(seed: 3, number: 0, place: "示例市生成区")
        let budget = renamed.budget(department: 2, year: 2025)
        let final = renamed.finalAccount(department: 2, year: 2025)
        #expect(budget.identity.departmentName.hasPrefix("示例市生成区"))
        #expect(final.identity.departmentName == budget.identity.departmentName)
        #expect(final.identity.kind == .finalAccount)
        #expect(final.narrative.title.hasPrefix("示例市生成区"))
        let before = original.budget(department: 2, year: 2025)
        #expect(budget.identity.departmentCode == before.identity.departmentCode)
        #expect(budget.tables.generalBudgetExpenditure?.rows == before.tables.generalBudgetExpenditure?.rows)
        #expect(budget.tables.generalBudgetExpenditure?.rows.isEmpty == false)
        #expect(!before.identity.departmentName.hasPrefix("示例市"))
    }

    @Test("the departments chosen by kind, street and town")
    func chosenDepartments() {
        let chosen = GeneratedDistrict.departments(streets: 3, towns: 2)
        #expect(Set(chosen).count == chosen.count)
        #expect(chosen.allSatisfy { (0..<GeneratedDistrict.departmentCount).contains($0) })
        let district = GeneratedDistrict(seed: 1, number: 0)
        let names = chosen.map { district.budget(department: $0, year: 2024).identity.departmentName }
        #expect(names.filter { $0.hasSuffix("街道办事处") }.count == 3)
        #expect(names.filter { $0.hasSuffix("镇人民政府") }.count == 2)
        #expect(names.contains { $0.hasSuffix("财政局") })
        #expect(GeneratedDistrict.departments(streets: 0, towns: 0).count == chosen.count - 5)
    }
}
