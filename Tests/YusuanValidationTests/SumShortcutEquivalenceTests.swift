import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// `RuleReporter.sumMatches`, with which A1 and A2 skip building the parts list, is true exactly when `checkSum` on the
/// same parts reports nothing.
struct SumShortcutEquivalenceTests {
    @Test func sumMatchesExactlyWhenCheckSumReportsNothing() {
        let context = ValidationContext(
            disclosure: ToleranceTests.document(categoryTotal: "9.99"),
            prior: nil,
            options: .init(),
            catalogue: .standard
        )
        let values: [Amount?] = [
            nil, Amount.zero(scale: 2), Amount.zero(scale: 0), Amount(minorUnits: 0, scale: 4), Amount(1), Amount(2),
            Amount(minorUnits: 100, scale: 2), Amount(minorUnits: 150, scale: 2), Amount(minorUnits: -150, scale: 2),
            Amount(minorUnits: 1500, scale: 3), Amount(minorUnits: 3, scale: 1), Amount(minorUnits: 999, scale: 2),
        ]
        var random = SplitMix64(seed: 31)
        var cases: [(Amount?, [Amount?])] = []
        for total in values {
            cases.append((total, []))
            for part in values { cases.append((total, [part])) }
        }
        for _ in 0..<4000 {
            let total = values[random.int(in: 0...(values.count - 1))]
            let parts = (0..<random.int(in: 0...4)).map { _ in values[random.int(in: 0...(values.count - 1))] }
            cases.append((total, parts))
        }
        // Totals equal to the sum of their parts, at the parts' and at other scales.
        for _ in 0..<1000 {
            let parts = (0..<random.int(in: 1...4)).map { _ in values[random.int(in: 0...(values.count - 1))] }
            var sum: Amount?
            for case let part? in parts { sum = sum.map { $0 + part } ?? part }
            cases.append((sum, parts))
            if let sum { cases.append((Amount(minorUnits: sum.minorUnits * 10, scale: sum.scale + 1), parts)) }
        }
        for (total, parts) in cases {
            var sum: Amount?
            for case let part? in parts { sum = sum.map { $0 + part } ?? part }
            var reporter = context.reporter(for: "A1")
            reporter.checkSum(
                total: total,
                parts: parts,
                at: FindingLocation(table: .generalBudgetExpenditure),
                subject: LocalizedText(zh: "", en: ""),
                partsDescription: LocalizedText(zh: "", en: "")
            )
            #expect(
                RuleReporter.sumMatches(total: total, sum: sum) == reporter.findings.isEmpty,
                "\(total as Any) \(parts)"
            )
        }
    }
}
