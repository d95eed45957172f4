import Testing
import YusuanCore
import YusuanGenerator

/// Generated documents come in department series, so a generated directory has consecutive years of the same
/// departments, like a district's archive.
@Suite("Generated department series")
struct SeriesTests {
    @Test("Documents 1–7 are one department's 2020–2026, documents 8–14 another's")
    func blocksOfSevenYears() {
        let documents = DisclosureGenerator.generate(count: 21, seed: 8)
        #expect(DisclosureGenerator.yearsPerDepartment == 7)
        var departments: Set<String> = []
        for block in 0..<3 {
            let series = documents[(block * 7)..<(block * 7 + 7)]
            #expect(series.map(\.identity.year) == Array(2020...2026))
            #expect(Set(series.map(\.identity.qualifiedName)).count == 1)
            #expect(Set(series.map(\.identity.wording)).count == 1)
            departments.formUnion(series.map(\.identity.qualifiedName))
        }
        #expect(departments.count == 3)
    }

    @Test("No department-year repeats", arguments: [1, 77] as [UInt64])
    func departmentYearsAreDistinct(seed: UInt64) {
        let documents = DisclosureGenerator.generate(count: 700, seed: seed)
        let keys = documents.map { "\($0.identity.qualifiedName) \($0.identity.year)" }
        #expect(Set(keys).count == keys.count)
        // As in a real district: one code per name, one name per code.
        var codesOfName: [String: Set<String>] = [:]
        var namesOfCode: [String: Set<String>] = [:]
        for document in documents {
            let name = document.identity.departmentName
            let code = document.identity.departmentCode ?? ""
            let district = String(name.prefix { $0 != "区" })
            codesOfName[name, default: []].insert(code)
            namesOfCode[district + code, default: []].insert(name)
        }
        #expect(codesOfName.filter { $0.value.count > 1 }.isEmpty)
        #expect(namesOfCode.filter { $0.value.count > 1 }.isEmpty)
        let codes = Set(documents.map { "\($0.identity.departmentCode ?? "")" })
        #expect(codes.count > 50, "departments should vary: \(codes.count) codes in 100 departments")
    }

    @Test("Seeds visit departments in different orders")
    func seedsDiffer() {
        let first = DisclosureGenerator.generate(count: 7, seed: 1)[0].identity.qualifiedName
        let second = DisclosureGenerator.generate(count: 7, seed: 2)[0].identity.qualifiedName
        #expect(first != second)
    }

    /// The changes a year states are the differences between its figures and the previous year's (the
    /// validator's N5 checks the same on imported text; this checks the model directly).
    @Test("A year's stated total change is its total minus the previous year's", arguments: [3, 4] as [UInt64])
    func statedChangesAreDifferences(seed: UInt64) throws {
        let documents = DisclosureGenerator.generate(count: 28, seed: seed)
        var unchanged = 0
        for (previous, current) in zip(documents, documents.dropFirst())
        where previous.identity.qualifiedName == current.identity.qualifiedName {
            let before = try #require(previous.narrative.facts.income)
            let after = try #require(current.narrative.facts.income)
            let change = try #require(after.change, "\(current.identity.qualifiedName) \(current.identity.year)")
            if change.direction == .unchanged {
                unchanged += 1
                #expect(after.amount.isNumericallyEqual(to: before.amount))
            } else {
                let amount = try #require(change.signedAmount)
                #expect((after.amount - before.amount).isNumericallyEqual(to: amount), "\(current.identity.year)")
            }
        }
        #expect(unchanged < 24)
    }
}
