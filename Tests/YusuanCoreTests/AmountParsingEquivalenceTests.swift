import Testing

@testable import YusuanCore

/// `Amount.parsing(utf8:)` reads amounts of up to 18 digits in shortcuts; these tests compare it with the byte-at-a-time
/// reading it replaced (kept as `Amount.parsingInGeneral(utf8:)`, which still reads longer numbers) over many plain,
/// grouped, signed and broken strings.
@Suite struct AmountParsingEquivalenceTests {
    @Test func plainAmountsWithEveryNumberOfDigitsAndDecimals() {
        var texts: [String] = []
        for integerDigits in 0...21 {
            let integer = String("9876543210987654321012".prefix(integerDigits))
            let nines = String(repeating: "9", count: integerDigits)
            let zeros = integerDigits > 0 ? "1" + String(repeating: "0", count: integerDigits - 1) : ""
            for whole in [integer, nines, zeros] {
                for decimals in 0...8 {
                    let fraction = String("12345678".prefix(decimals))
                    for text in [
                        whole, whole + ".", whole + "." + fraction,
                        whole + "." + String(repeating: "9", count: decimals),
                    ] {
                        texts += [text, "-" + text, " " + text + " ", "-" + text + "x", "+" + text, "--" + text]
                    }
                }
            }
        }
        texts += ["9223372036854775807", "-9223372036854775807", "9223372036854775808", "-9223372036854775808"]
        texts += ["922337203685477.5807", "922337203685477.5808", "92233720368547.75807", "999999999999999999.9"]
        expectSameResults(texts)
    }

    @Test func groupedAmounts() {
        var texts: [String] = []
        for groups in ["1", "12", "123", "1234", "1,234", "12,345", "123,456", "1,234,567", "1,23", "1,2345", "1,,234"]
        {
            for tail in ["", ".5", ".50", ".123456", ".1234567", ".", ",", ",5", "x", " ", ".5,"] {
                texts += [groups + tail, "-" + groups + tail, " " + groups + tail + "  "]
            }
        }
        texts += [
            ",123", "-,123", "9,223,372,036,854,775,807", "9,223,372,036,854,775,808", "999,999,999,999,999,999.99",
        ]
        expectSameResults(texts)
    }

    @Test func randomStringsOfAmountCharactersAndGarbage() {
        let alphabet: [String] = ["0", "1", "5", "9", ",", ".", "-", " ", "x", "１", "万", "\t", "+", "e"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [String] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var bits = state >> 8
            let length = Int(bits % 16)
            bits /= 16
            var text = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Digits are drawn more often than the rest, so that many strings are nearly amounts.
                let pick = Int((state >> 33) % 24)
                text += pick < alphabet.count ? alphabet[pick] : String(pick % 10)
            }
            texts.append(text)
        }
        let amounts = expectSameResults(texts)
        // The comparison means something only if many of the strings are amounts.
        #expect(amounts > 10_000)
    }

    /// Every text of up to five characters, and many of six to nine, over digits, sign, point, separator, space and
    /// the bytes next to the digits (`/`, `:`): the short amounts of the tables, and every near miss of them.
    @Test func everyShortTextOfAmountCharacters() {
        let alphabet: [String] = ["0", "1", "9", ".", "-", ",", " ", "x", "/", ":", "é"]
        var texts: [String] = [""]
        var level: [String] = [""]
        for _ in 1...5 {
            level = level.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += level
        }
        let digits: [String] = ["0", "3", "5", "7", "9"]
        for length in 6...9 {
            for point in -1..<length {
                for sign in ["", "-"] {
                    for variant in 0..<5 {
                        var text = sign
                        for position in 0..<length {
                            text += position == point ? "." : digits[(position * 3 + variant) % digits.count]
                        }
                        texts += [text, "x" + text, text + "/", String(text.dropFirst()) + ":"]
                    }
                }
            }
        }
        let amounts = expectSameResults(texts)
        #expect(amounts > 1_000)
    }

    /// Expects both readings to agree on every text; returns how many texts are amounts.
    @discardableResult
    private func expectSameResults(_ texts: [String]) -> Int {
        var amounts = 0
        var mismatches: [String] = []
        for text in texts {
            var copy = text
            let (parsed, reference) = copy.withUTF8 { (Amount.parsing(utf8: $0), Amount.parsingInGeneral(utf8: $0)) }
            if parsed != reference { mismatches.append(text) }
            if Amount(text) != reference { mismatches.append(text) }
            if reference != nil { amounts += 1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        return amounts
    }
}
