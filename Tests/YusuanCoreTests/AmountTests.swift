import Testing
import YusuanCore

@Suite struct AmountTests {
    @Test(arguments: [
        ("967.73", 96773, 2), ("2,829.73", 282973, 2), ("0", 0, 0), ("4.3", 43, 1), ("1,164.93", 116493, 2),
        ("-47.28", -4728, 2), ("0.10", 10, 2), ("1,000", 1000, 0), ("12,345,678.5", 123456785, 1),
    ])
    func parsesPublishedAmounts(text: String, minorUnits: Int64, scale: Int) {
        #expect(Amount(text) == Amount(minorUnits: minorUnits, scale: scale))
    }

    @Test(arguments: [
        "", " ", "abc", "1.2.3", "1,23", "12,34.5", ",123", "1.", ".5", "1,2345", "--1", "1e5", "１２", "1.1234567",
    ])
    func rejectsWhatIsNotAnAmount(text: String) {
        #expect(Amount(text) == nil)
    }

    @Test func keepsSourcePrecision() throws {
        let short = try #require(Amount("2197.4"))
        let long = try #require(Amount("2,197.40"))
        #expect(short != long)
        #expect(short.isNumericallyEqual(to: long))
        #expect(short.plainText == "2197.4")
        #expect(long.plainText == "2197.40")
        #expect(long.formatted(groupingThousands: true) == "2,197.40")
    }

    @Test func exactArithmetic() throws {
        let parts = ["824.65", "71.97", "34.30", "36.82"].compactMap(Amount.init)
        let sum = try #require(Amount.sum(parts))
        #expect(sum.plainText == "967.74")
        #expect((try #require(Amount("967.73")) - sum).plainText == "-0.01")
        #expect((try #require(Amount("1")) + (try #require(Amount("0.10")))).plainText == "1.10")
        #expect(Amount(minorUnits: 5, scale: 2).plainText == "0.05")
        #expect(Amount(minorUnits: -5, scale: 2).plainText == "-0.05")
        #expect(try #require(Amount("66.60")).compare(try #require(Amount("66.6"))) == .orderedSame)
        #expect(try #require(Amount("1")).rescaled(to: 2)?.plainText == "1.00")
        #expect(try #require(Amount("1.25")).rescaled(to: 1) == nil)
    }

    @Test func overflowIsRejectedNotWrapped() {
        #expect(Amount("99999999999999999999") == nil)
    }
}
