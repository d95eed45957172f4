import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// Rules that need more than one mutation: year over year (N4/N5), percentages (N13), the plausibility rule (P6)
/// and timeliness (R4).
struct NarrativeRuleTests {
    /// A prior-year document consistent with the 2024 seed's stated changes.
    static func prior(of document: Disclosure) -> Disclosure {
        document.with { prior in
            prior.identity.year -= 1
            var facts = prior.narrative.facts
            func back(_ figure: inout StatedFigure?) {
                guard var value = figure, let change = value.change?.signedAmount else { return }
                value.amount = value.amount - change
                value.change = nil
                figure = value
            }
            back(&facts.income)
            back(&facts.expenditure)
            back(&facts.appropriationIncome)
            back(&facts.appropriationExpenditure)
            back(&facts.basicExpenditure)
            back(&facts.projectExpenditure)
            back(&facts.operatingCost)
            back(&facts.threePublic[default: ThreePublicFacts()].total)
            back(&facts.threePublic[default: ThreePublicFacts()].abroad)
            back(&facts.threePublic[default: ThreePublicFacts()].reception)
            back(&facts.threePublic[default: ThreePublicFacts()].vehicleOperation)
            back(&facts.threePublic[default: ThreePublicFacts()].vehiclePurchase)
            prior.narrative.facts = facts
        }
    }

    @Test func n4ChangesAgreeInBothSeeds() throws {
        for document in [try Seeds.year2024, try Seeds.year2025] {
            let outcome = try #require(Check.outcome("N4", document))
            #expect(outcome.status == .passed)
            #expect(outcome.findings.isEmpty)
        }
    }

    @Test func n4ThreePublicTotalMustMatchItsItems() throws {
        let changed = try Seeds.year2025.with { $0.narrative.facts.threePublic?.total?.change?.amount.bump() }
        #expect(Check.worst("N4", changed) == .error)
    }

    /// Regression: a department whose 政府性基金 ended last year has 表八 = 表二 this year, but its 支出预算 change
    /// includes the fund's decrease; N4 compared that 项目支出 component with the appropriation's 项目支出 change
    /// and reported an error on a consistent document.
    @Test func n4AllowsAnIncomeSourceThatEndedLastYear() throws {
        var found = 0
        for document in DisclosureGenerator.generate(count: 210, seed: 1) {
            let facts = document.narrative.facts
            let named = facts.income?.change?.components.contains { $0.label.has("政府性基金") } ?? false
            guard named, facts.governmentFund?.statesNoExpenditure == true else { continue }
            let component = facts.expenditure?.change?.components.first { $0.label == "项目支出" }?.signedAmount
            let appropriation = facts.projectExpenditure?.change?.signedAmount
            #expect(component != appropriation, "the two levels' 项目支出 changes differ in this document")
            let outcome = try #require(Check.outcome("N4", document))
            #expect(outcome.status == .passed, "\(outcome.findings.map(\.message.zh))")
            found += 1
        }
        #expect(found > 0, "seed 1 has departments whose 政府性基金 ended (30 departments, 7 years each)")
    }

    @Test func n5PassesAgainstAConsistentPriorYear() throws {
        let document = try Seeds.year2024
        let outcome = try #require(Check.outcome("N5", document, prior: Self.prior(of: document)))
        #expect(outcome.status == .passed, "\(outcome.findings.map(\.message.zh))")
    }

    @Test func n5FailsWhenTheStatedChangeDisagreesWithThePriorYear() throws {
        let document = try Seeds.year2024
        var prior = Self.prior(of: document)
        prior.narrative.facts.basicExpenditure?.amount = Check.amount("600.00")
        #expect(Check.worst("N5", document, prior: prior) == .error)
    }

    @Test func n5WithinTheEnvelopeIsRounding() throws {
        let document = try Seeds.year2024
        var prior = Self.prior(of: document)
        let basic = try #require(prior.narrative.facts.basicExpenditure?.amount)
        prior.narrative.facts.basicExpenditure?.amount = basic + Check.amount("0.01")
        let outcome = try #require(Check.outcome("N5", document, prior: prior))
        #expect(outcome.status == .passed)
        #expect(outcome.findings.contains { $0.isRounding && $0.severity == .info })
    }

    @Test func n5RefusesAnotherDepartment() throws {
        let outcome = try #require(Check.outcome("N5", try Seeds.year2025, prior: try Seeds.year2024))
        #expect(outcome.status == .failed)
        #expect(outcome.findings.allSatisfy { $0.severity == .warning })
    }

    @Test(arguments: [("2.04", nil), ("5", Severity.warning)])
    func n13RecomputesAStatedPercentage(percentage: String, expected: Severity?) throws {
        let seed = try Seeds.year2024
        let none = try #require(Check.outcome("N13", seed))
        #expect(none.status == .notApplicable)
        // 收入 967.73, 比上年增加 19.32: 19.32 / 948.41 = 2.04 %.
        let changed = seed.with { $0.narrative.facts.income?.sentence.text += "，增长\(percentage)%" }
        let outcome = try #require(Check.outcome("N13", changed))
        #expect(outcome.status != .notApplicable)
        #expect(Check.worst("N13", changed) == expected)
    }

    @Test func p6FlagsThePlausibilityOdditiesOfTheSeeds() throws {
        let seed = try Seeds.year2024
        #expect(Check.worst("P6", seed) == .warning)
        let names = Check.outcome("P6", seed)?.findings.compactMap(\.location.row) ?? []
        #expect(names.contains { $0.contains("PUE") })
        #expect(names.contains("政府采购节约资金量"))
        let cleaned = seed.with { d in
            d.tables.overallPerformance?.indicators.removeAll { $0.name.contains("PUE") }
            for i in d.tables.projectPerformance.indices {
                d.tables.projectPerformance[i].indicators.removeAll {
                    $0.name.contains("PUE") || $0.name.contains("节约")
                }
            }
        }
        #expect(Check.outcome("P6", cleaned)?.status == .passed)
    }

    @Test(arguments: [("2024-01-30", nil), ("2024-01-31", Severity.error), ("2024-01-05", Severity.warning)])
    func r4TwentyDaysAfterApproval(published: String, expected: Severity?) throws {
        let document = try Seeds.year2024.with {
            $0.identity.publication = PublicationDates(approved: "2024-01-10", published: published)
        }
        #expect(Check.outcome("R4", document)?.status != .insufficientData)
        #expect(Check.worst("R4", document) == expected)
    }

    @Test func r5ReportsTheMixedWordingOf2025AsInfo() throws {
        let findings = Check.outcome("R5", try Seeds.year2025)?.findings ?? []
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(Check.outcome("R5", try Seeds.year2024)?.findings.isEmpty == true)
    }
}
