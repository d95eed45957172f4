import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanStorage

struct ModelTests {
    @Test(arguments: [
        ("重庆市南岸区人民政府办公室", "重庆市南岸区"),
        ("重庆市南岸区政务服务管理办公室", "重庆市南岸区"),
        ("重庆市沙坪坝区教育委员会", "重庆市沙坪坝区"),
        ("重庆市财政局", "重庆市"),
        ("四川省成都市武侯区民政局", "四川省成都市武侯区"),
        ("区政府办公室", ""),
    ])
    func regionIsReadFromTheName(_ name: String, _ region: String) {
        #expect(Region.name(inDepartmentName: name) == region)
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(
            SHA256.hexDigest(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        #expect(SHA256.hexDigest(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Data(String(repeating: "a", count: 1_000).utf8)
        #expect(SHA256.hexDigest(of: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func factsOfTheSeedsHaveUniqueAddressesAndNoBlankCells() throws {
        for document in [try Seeds.services2024(), try Seeds.office2025()] {
            let facts = FactExtractor.facts(of: document)
            #expect(Set(facts.map(\.address)).count == facts.count)
            #expect(facts.map(\.table.rawValue) == facts.map(\.table.rawValue).sorted())
            // 表二 of 2024: 合计 and every coded row, three columns each where printed.
            let table = try #require(document.tables.generalBudgetExpenditure)
            let printed = ([table.totalRow].compactMap { $0 } + table.rows).flatMap { $0.amounts.columns }.compactMap {
                $0
            }
            #expect(facts.filter { $0.table == .generalBudgetExpenditure }.count == printed.count)
        }
        let office = FactExtractor.facts(of: try Seeds.office2025())
        #expect(office.amount(.threePublicExpenditure, "合计", "合计") == .of("75.65"))
        #expect(office.first { $0.row == "2010301" }?.level == .item)
        #expect(office.contains { $0.table == .projectPerformance && $0.rowKind == .project })
    }

    @Test func factsOfGeneratedDocumentsHaveUniqueAddresses() {
        for document in DisclosureGenerator.generate(count: 50, seed: 3) {
            let facts = FactExtractor.facts(of: document)
            #expect(Set(facts.map(\.address)).count == facts.count)
        }
    }

    @Test func lineageBases() {
        let region = "重庆市南岸区"
        let key = { DepartmentKey(region: region, code: $0) }
        let resolver = LineageResolver(events: [
            LineageEvent(kind: .merge, region: region, fromCodes: ["236"], toCodes: ["202"], effectiveYear: 2025),
            LineageEvent(kind: .rename, region: region, fromCodes: ["110"], toCodes: ["111"], effectiveYear: 2024),
            LineageEvent(
                kind: .split,
                region: region,
                fromCodes: ["300"],
                toCodes: ["301", "302"],
                effectiveYear: 2023
            ),
            LineageEvent(kind: .merge, region: region, fromCodes: ["250"], toCodes: ["236"], effectiveYear: 2022),
        ])
        let merge = resolver.basis(for: key("202"), year: 2025)
        #expect(merge.prior == [key("202"), key("236")])
        #expect(merge.narrativeSubject == key("202"))
        #expect(resolver.basis(for: key("202"), year: 2026).prior == [key("202")])
        let rename = resolver.basis(for: key("111"), year: 2024)
        #expect(rename.prior == [key("110")])
        #expect(rename.narrativeSubject == key("110"))
        let split = resolver.basis(for: key("301"), year: 2023)
        #expect(split.current == [key("301"), key("302")])
        #expect(split.prior == [key("300")])
        #expect(split.narrativeSubject == nil)
        // 202's history in 2021 reaches 236 (merged 2025) and 250 (merged into 236 in 2022).
        #expect(Set(resolver.predecessors(of: key("202"), in: 2021)) == [key("202"), key("236"), key("250")])
        #expect(Set(resolver.predecessors(of: key("202"), in: 2024)) == [key("202"), key("236")])
        #expect(resolver.predecessors(of: key("202"), in: 2025) == [key("202")])
    }

    @Test func impliedPriorOfTheSeed() throws {
        let office = try Seeds.office2025()
        let facts = DisclosureFacts(
            revision: RevisionKey(disclosure: DisclosureKey(department: Seeds.office, year: 2025), number: 1),
            departmentName: office.identity.departmentName,
            facts: FactExtractor.facts(of: office)
        )
        let comparison = YearOverYear.make(
            department: Seeds.office,
            departmentName: office.identity.departmentName,
            year: 2025,
            basis: LineageResolver(events: []).basis(for: Seeds.office, year: 2025),
            current: [facts],
            prior: [],
            narrative: office.narrative.facts
        )
        let total = try #require(comparison.measures.first)
        #expect(total.prior?.plainText == "1664.80")
        #expect(total.basis == .impliedByNarrative)
        #expect(comparison.lines.allSatisfy { $0.prior == nil })
    }

    @Test(arguments: [("2332.37", "2829.73", "82.42"), ("1", "3", "33.33"), ("2", "3", "66.67"), ("0", "5", "0.00")])
    func percentages(_ part: String, _ whole: String, _ expected: String) {
        #expect(SideBySide.percentage((.of(part), .of(whole))) == .of(expected))
    }

    @Test func diffIgnoresPrecisionOnlyChanges() {
        let key = RevisionKey(disclosure: DisclosureKey(department: Seeds.office, year: 2025), number: 1)
        let a = [
            Fact(
                table: .generalBudgetExpenditure,
                row: "201",
                rowKind: .function,
                name: "x",
                column: "总计",
                amount: .of("2197.4")
            )
        ]
        var b = a
        b[0].amount = .of("2197.40")
        #expect(RevisionDiff(old: key, new: key, oldFacts: a, newFacts: b).changes.isEmpty)
        let c = [
            Fact(
                table: .generalBudgetExpenditure,
                row: "202",
                rowKind: .function,
                name: "y",
                column: "总计",
                amount: .of("1")
            )
        ]
        let diff = RevisionDiff(old: key, new: key, oldFacts: a, newFacts: c)
        #expect(diff.changes.map(\.address.row) == ["201", "202"])
        #expect(diff.changes[0].new == nil && diff.changes[1].old == nil)
    }
}
