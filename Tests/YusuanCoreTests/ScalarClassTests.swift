import Foundation
import Testing
import YusuanCore

/// `ScalarClass` against every Unicode scalar: the byte classifier gives the scalar classifier's answer, every plain
/// scalar is its own canonical form and a character of its own beside any plain scalar. Every byte-level shortcut of
/// the text layer (Labels, hasIdeographPrefix) is only as right as this class.
@Suite("ScalarClass")
struct ScalarClassTests {
    /// Every Unicode scalar (U+0000–U+10FFFF without the surrogates).
    static let everyScalar: [Unicode.Scalar] = (0...0x10_FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    /// Plain scalars of each range and of each UTF-8 length class, beside which every plain scalar must stand alone.
    static let probes: [Unicode.Scalar] = ["a", "\n", " ", "‐", "“", "”", "…", "　", "、", "〩", "䀀", "中", "鿿", "！", "～"]

    @Test func theByteClassifierAgreesWithTheScalarClassifierOnEveryScalar() {
        var disagreements: [String] = []
        for scalar in Self.everyScalar {
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { ScalarClass.plainLength($0, at: 0) }
            let expected = ScalarClass.isPlain(scalar) ? bytes.count : 0
            if length != expected { disagreements.append(String(scalar.value, radix: 16)) }
            #expect(ScalarClass.scalarLength(lead: bytes[0]) == bytes.count)
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func isPlainIsMembershipOfTheNamedRangesOnEveryScalar() {
        let ranges =
            ScalarClass.asciiExceptCarriageReturn + [
                ScalarClass.generalPunctuation, ScalarClass.cjkPunctuation, ScalarClass.cjkIdeographs,
                ScalarClass.fullwidthForms,
            ]
        var disagreements: [String] = []
        for scalar in Self.everyScalar
        where ScalarClass.isPlain(scalar) != ranges.contains(where: { $0.contains(scalar.value) }) {
            disagreements.append(String(scalar.value, radix: 16))
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func everyPlainScalarIsItsOwnCanonicalFormAndACharacterOfItsOwn() {
        var wrong: [String] = []
        var plainCount = 0
        for scalar in Self.everyScalar where ScalarClass.isPlain(scalar) {
            plainCount += 1
            let text = String(scalar)
            let canonical =
                scalar.properties.canonicalCombiningClass == .notReordered
                && Array(text.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
                && Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
            let alone = Self.probes.allSatisfy { probe in
                var before = String.UnicodeScalarView()
                before.append(scalar)
                before.append(probe)
                var after = String.UnicodeScalarView()
                after.append(probe)
                after.append(scalar)
                return String(before).count == 2 && String(after).count == 2
            }
            if !(canonical && alone) { wrong.append(String(scalar.value, radix: 16)) }
        }
        #expect(wrong.isEmpty, "U+\(wrong.prefix(20).joined(separator: ", U+"))")
        // ASCII without CR (127), U+2010–2027 (24), U+3000–3029 (42), U+4000–9FFF (24,576), U+FF01–FF5E (94).
        #expect(plainCount == 127 + 24 + 42 + 24_576 + 94)
    }

    @Test func namedExamples() {
        for plain: Unicode.Scalar in ["中", "“", "，", "ａ", "、", "a", "\n"] { #expect(ScalarClass.isPlain(plain)) }
        // CR joins LF; U+0301 combines; U+F900 is canonically 豈 U+8C48; U+FF00 is unassigned; U+302A is a tone mark.
        for other: Unicode.Scalar in ["\r", "\u{0301}", "\u{F900}", "\u{FF00}", "\u{302A}", "\u{200D}", "😀"] {
            #expect(!ScalarClass.isPlain(other))
        }
        #expect(ScalarClass.isPlain("“三公”经费（万元）"))
        #expect(!ScalarClass.isPlain("e\u{0301}"))
    }
}
