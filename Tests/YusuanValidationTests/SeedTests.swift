import Testing
import YusuanCore

@testable import YusuanValidation

/// The two real seeds: no error, exactly the published rounding differences as info, warnings only for the
/// plausibility oddities of DOMAIN §3.
struct SeedTests {
    static func key(_ finding: Finding) -> String {
        let location = finding.location
        let table = location.table?.caption ?? "情况说明"
        return [
            finding.ruleID, table, location.row ?? "", location.column ?? "", finding.actual?.plainText ?? "",
            finding.expected?.plainText ?? "",
        ].joined(separator: "|")
    }

    static let rounding2024: Set<String> = [
        "A1|表三|301|总计|594.47|594.48", "A1|表三|301|人员经费|594.47|594.48",
        "A2|表二|合计|总计|967.73|967.74", "A2|表二|合计|基本支出|699.81|699.82",
        "A2|表七|合计|总计|967.73|967.74", "A2|表七|合计|一般公共预算拨款收入|967.73|967.74",
        "A2|表八|合计|总计|967.73|967.74", "A2|表八|合计|基本支出|699.81|699.82",
        "A6|表一|一、本年支出|合计|967.73|967.74", "A6|表一|一、本年支出|一般公共预算|967.73|967.74",
        "A7|表六|合计|支出|967.73|967.74", "N2|情况说明|||967.73|967.74",
    ]

    static let rounding2025: Set<String> = [
        "A1|表二|21011|总计|119.83|119.84", "A1|表二|21011|基本支出|119.83|119.84",
        "A1|表三|302|总计|357.09|357.08", "A1|表三|302|日常公用经费|357.09|357.08",
        "A1|表七|21011|总计|119.83|119.84", "A1|表七|21011|一般公共预算拨款收入|119.83|119.84",
        "A1|表八|21011|总计|119.83|119.84", "A1|表八|21011|基本支出|119.83|119.84",
    ]

    @Test func seed2024HasNoErrorAndOnlyTheKnownRounding() throws {
        let report = Validator().validate(try Seeds.year2024)
        #expect(!report.hasErrors)
        #expect(report.errorCount == 0)
        let rounding = report.findings.filter(\.isRounding)
        #expect(Set(rounding.map(Self.key)) == Self.rounding2024)
        #expect(rounding.allSatisfy { $0.severity == .info })
        #expect(rounding.count == Self.rounding2024.count)
        let otherInfo = report.findings.filter { $0.severity == .info && !$0.isRounding }.map(\.ruleID)
        #expect(Set(otherInfo) == ["R6"])
        #expect(Set(report.findings.filter { $0.severity == .warning }.map(\.ruleID)) == ["P6"])
        #expect(report.warningCount == 3)
    }

    @Test func seed2025HasNoErrorAndOnlyTheKnownRounding() throws {
        let report = Validator().validate(try Seeds.year2025)
        #expect(!report.hasErrors)
        let rounding = report.findings.filter(\.isRounding)
        #expect(Set(rounding.map(Self.key)) == Self.rounding2025)
        #expect(rounding.count == Self.rounding2025.count)
        let otherInfo = Set(report.findings.filter { $0.severity == .info && !$0.isRounding }.map(\.ruleID))
        #expect(otherInfo == ["R5", "R6"])
        #expect(Set(report.findings.filter { $0.severity == .warning }.map(\.ruleID)) == ["P6"])
        #expect(report.warningCount == 2)
    }

    @Test(arguments: Seeds.names)
    func everyRuleReportsAnOutcome(name: String) throws {
        let report = Validator().validate(try Seeds.disclosure(name))
        #expect(report.outcomes.count == RuleCatalogue.standard.rules.count)
        #expect(report.outcome(of: "N5")?.status == .insufficientData)
        #expect(report.outcome(of: "R4")?.status == .insufficientData)
        for id in ["A1", "A2", "A6", "X1", "X2", "X9", "N1", "N2", "N3", "N4", "N6", "N8", "N9"] {
            #expect(report.outcome(of: id)?.status == .passed, "\(id)")
        }
    }

    @Test func findingsCarryLocationAndBothLanguages() throws {
        let report = Validator().validate(try Seeds.year2024)
        for finding in report.findings {
            #expect(!finding.message.zh.isEmpty && !finding.message.en.isEmpty)
            #expect(finding.location.line != nil, "\(finding.ruleID) has no line")
        }
        let narrative = try #require(report.findings.first { $0.ruleID == "N2" })
        #expect(narrative.location.sentence?.contains("967.73") == true)
        #expect(narrative.tolerance == Amount(minorUnits: 25, scale: 3))
    }
}
