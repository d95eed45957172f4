import Testing
import YusuanCore

@testable import YusuanValidation

/// The rounding envelope: 0.005 · (n + 1) for a total of n rounded parts; inside it info, outside an error.
struct ToleranceTests {
    /// 201 with three 款 of 3.33: Σ = 9.99, envelope 0.020.
    static func document(categoryTotal: String) -> Disclosure {
        Check.document(table2: [
            Check.row("201", "一般公共服务支出", categoryTotal, categoryTotal, nil),
            Check.row("20101", "人大事务", "3.33", "3.33", nil), Check.row("20102", "政协事务", "3.33", "3.33", nil),
            Check.row("20103", "政府办公厅（室）及相关机构事务", "3.33", "3.33", nil),
        ])
    }

    @Test(arguments: [
        ("9.99", nil), ("10.00", Severity.info), ("10.01", .info), ("10.02", .error), ("9.97", .info), ("9.96", .error),
    ])
    func envelopeBoundaryForA1(total: String, expected: Severity?) {
        let findings = Check.outcome("A1", Self.document(categoryTotal: total))?.findings ?? []
        #expect(findings.map(\.severity).max() == expected)
        if expected == .info {
            #expect(findings.allSatisfy { $0.isRounding && $0.tolerance == Amount(minorUnits: 20, scale: 3) })
        }
    }

    @Test func envelopeGrowsWithTheNumberOfParts() {
        let context = ValidationContext(
            disclosure: Self.document(categoryTotal: "9.99"),
            prior: nil,
            options: .init(),
            catalogue: .standard
        )
        #expect(context.roundingEnvelope(for: [Check.amount("1.00")], count: 1) == Amount(minorUnits: 10, scale: 3))
        #expect(context.roundingEnvelope(for: [Check.amount("1.00")], count: 10) == Amount(minorUnits: 55, scale: 3))
        // Narrative figures that drop trailing zeros (`207`) still count as rounded to 0.01 万元.
        #expect(context.roundingEnvelope(for: [Amount(207)], count: 2) == Amount(minorUnits: 15, scale: 3))
    }

    /// A figure printed with fewer decimals than the figures it is compared with (`22,118,861` as the total of
    /// `….34` figures, in a real Shanghai table) may be a rounded one: the envelope is half a unit of its last
    /// printed decimal, so a difference of 0.34 is rounding, not an error; a larger one stays an error.
    @Test func envelopeCoversAFigurePrintedWithFewerDecimals() {
        let context = ValidationContext(
            disclosure: Self.document(categoryTotal: "9.99"),
            prior: nil,
            options: .init(),
            catalogue: .standard
        )
        let mixed = [Amount(22_118_861), Check.amount("22118860.34"), Check.amount("1.00")]
        #expect(
            context.roundingEnvelope(for: [Amount(22_118_861), Check.amount("22118860.34")], count: 1)
                == Amount(minorUnits: 10, scale: 3)
        )
        #expect(context.roundingEnvelope(for: mixed, count: 2) == Amount(minorUnits: 5, scale: 1))
        // Zeros are exact whatever their decimals.
        #expect(
            context.roundingEnvelope(for: [Amount(0), Check.amount("1.00")], count: 1)
                == Amount(minorUnits: 10, scale: 3)
        )
        let rounded = Check.document(table2: [
            Check.row("201", "一般公共服务支出", "10", "10", nil),
            Check.row("20101", "人大事务", "5.17", "5.17", nil), Check.row("20102", "政协事务", "5.00", "5.00", nil),
        ])
        #expect(Check.outcome("A1", rounded)?.findings.map(\.severity).max() == .info)
        let wrong = Check.document(table2: [
            Check.row("201", "一般公共服务支出", "11", "11", nil),
            Check.row("20101", "人大事务", "5.17", "5.17", nil), Check.row("20102", "政协事务", "5.00", "5.00", nil),
        ])
        #expect(Check.outcome("A1", wrong)?.findings.map(\.severity).max() == .error)
        // No figure prints a trailing zero (a spreadsheet's general format: `10.17`, `5.2`, `5`): `10` is exact.
        let general = Check.document(table2: [
            Check.row("201", "一般公共服务支出", "10", "10", nil),
            Check.row("20101", "人大事务", "5.17", "5.17", nil), Check.row("20102", "政协事务", "5.2", "5.2", nil),
        ])
        #expect(Check.outcome("A1", general)?.findings.map(\.severity).max() == .error)
    }

    @Test func blankIsAbsentNotZero() {
        // A 款 blank in every column and its 类 blank too: nothing to check.
        let blank = Check.document(table2: [
            Check.row("201", "一般公共服务支出", nil, nil, nil), Check.row("20101", "人大事务", nil, nil, nil),
        ])
        #expect(Check.outcome("A1", blank)?.findings.isEmpty == true)
        // A blank 类 over a 款 with money: the 类 counts as zero and the difference is an error.
        let missing = Check.document(table2: [
            Check.row("201", "一般公共服务支出", nil, nil, nil), Check.row("20101", "人大事务", "5.00", "5.00", nil),
        ])
        #expect(Check.worst("A1", missing) == .error)
    }

    @Test func exactCrossTableComparisonHasNoEnvelope() throws {
        let seed = try Seeds.year2024
        let changed = seed.with { d in
            d.tables.generalBudgetBasicExpenditure?.totalRow?.total = Amount("699.82")
        }
        #expect(Check.worst("X2", changed) == .error)
        let finding = try #require(Check.outcome("X2", changed)?.findings.first)
        #expect(finding.tolerance?.isZero == true)
        #expect(finding.difference == Amount("0.01"))
    }
}
