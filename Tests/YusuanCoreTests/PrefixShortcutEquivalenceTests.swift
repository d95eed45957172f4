import Testing
import YusuanCore

/// `hasPrefixBytes` answers as `utf8.starts(with:)`, `isBytes` as `elementsEqual` and `has` as a naive byte scan,
/// and `hasIdeographPrefix` as `hasPrefix`, on edge cases and on texts made of every scalar next to the prefix.
@Suite struct PrefixShortcutEquivalenceTests {
    static let texts = [
        "", "2", "23", "2010301", "309", "3090101", "310", "31", "30", "一般公共预算拨款收入", "一般公共预算", "一般公共预",
        "政府性基金预算拨款收入", "a longer text than fifteen bytes, stored out of line", "2\u{301}", "é", "e\u{301}",
        "一般公共预算\u{301}拨款", "#", "# comment", "万元", "元", ".parts[0]", "threePublic.total",
    ]
    static let prefixes = [
        "", "2", "23", "309", "310", "#", "万元", "元", "一般公共预算", ".parts[", "threePublic.", "e", "é",
        "a longer prefix than fifteen bytes",
    ]

    @Test func hasPrefixBytesIsUTF8StartsWith() {
        for text in Self.texts {
            for prefix in Self.prefixes {
                let expected = text.utf8.starts(with: prefix.utf8)
                #expect(text.hasPrefixBytes(prefix) == expected, "\(text) \(prefix)")
                #expect(text.dropFirst(0).hasPrefixBytes(prefix) == expected, "\(text) \(prefix)")
                // A substring that does not start at the string's start.
                let shifted = "x" + text
                #expect(shifted.dropFirst().hasPrefixBytes(prefix) == expected, "\(text) \(prefix)")
            }
        }
    }

    @Test func isBytesAndHasAsTheUTF8Views() {
        for text in Self.texts {
            for other in Self.texts + Self.prefixes {
                let expected = text.utf8.elementsEqual(other.utf8)
                #expect(text.isBytes(other) == expected, "\(text) \(other)")
                #expect(("x" + text).dropFirst().isBytes(other) == expected, "\(text) \(other)")
                let found = ByteSearchTests.naiveOffset(of: other, in: text) != nil
                #expect(text.has(other) == found, "\(text) \(other)")
                #expect(("x" + text).dropFirst().has(other) == found, "\(text) \(other)")
            }
        }
    }

    /// Texts of 0 to 40 bytes that differ from another in one byte, at each position (the words of eight bytes
    /// and the bytes after them).
    @Test func isBytesFindsADifferenceAtEveryPosition() {
        for count in 0...40 {
            let base = [UInt8](repeating: 0x61, count: count)
            let text = String(decoding: base, as: UTF8.self)
            #expect(text.isBytes(String(decoding: base, as: UTF8.self)))
            #expect(!text.isBytes(text + "a"))
            #expect(text.hasPrefixBytes(text) && (text + "b").hasPrefixBytes(text))
            for position in 0..<count {
                var changed = base
                changed[position] = 0x62
                let other = String(decoding: changed, as: UTF8.self)
                #expect(!text.isBytes(other), "\(count) \(position)")
                #expect(!other.hasPrefixBytes(text), "\(count) \(position)")
            }
        }
    }

    @Test func hasIdeographPrefixOnEdgeCases() {
        let prefix = "一般公共预算"
        let texts =
            Self.texts + [
                "一般公共预算（财政拨款）", "一般公共预算 拨款", "一般公共预算\u{FE0F}", "一般公共预算\u{200D}收入", "一般公共预算\u{E0100}",
                "\u{F9D1}般公共预算", "一般公共預算", "一般公共预算\r\n", "一般公共预算\u{FF9E}", "一般公共预算😀", "一\u{301}般公共预算",
            ]
        for text in texts {
            #expect(text.hasIdeographPrefix(prefix) == text.hasPrefix(prefix), "\(text)")
        }
    }

    /// Each scalar after the prefix (every one of the Basic Multilingual Plane and the variation selectors, and a
    /// sample of the others) gives `hasPrefix`'s answer.
    @Test func hasIdeographPrefixBeforeEveryScalar() {
        let prefix = "一般公共预算"
        var values = Array(0..<0x1_0000)
        values += Array(0xE_0100...0xE_01EF)
        values += Array(stride(from: 0x1_0000, to: 0x11_0000, by: 97))
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = prefix + String(Character(scalar)) + "收入"
            #expect(text.hasIdeographPrefix(prefix) == text.hasPrefix(prefix), "U+\(String(value, radix: 16))")
        }
    }

    /// The bytes decide a mismatch only when no scalar of the text is U+F000 or above: no scalar below that is
    /// canonically equivalent to an ideograph of the prefix without being it.
    @Test func noScalarBelowF000IsEquivalentToAPrefixIdeograph() {
        let ideographs = Array("一般公共预算".unicodeScalars)
        for value in 0..<0xF000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            for ideograph in ideographs where ideograph != scalar {
                #expect(text != String(Character(ideograph)), "U+\(String(value, radix: 16))")
            }
        }
        // Above, compatibility ideographs are: the byte test then falls back to `hasPrefix`.
        for value in 0xF900...0xFAD9 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar)) + "般公共预算拨款"
            #expect(text.hasIdeographPrefix("一般公共预算") == text.hasPrefix("一般公共预算"))
        }
    }
}
