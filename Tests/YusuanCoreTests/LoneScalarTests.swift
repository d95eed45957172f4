import Foundation
import Testing
import YusuanCore

/// `Character.loneScalar` (its plain-scalar part compiled in the caller, the rest through the canonical composition)
/// against the definition: the one scalar of the character's NFC, nil when the NFC has several.
@Suite("LoneScalar")
struct LoneScalarTests {
    static func reference(_ character: Character) -> Unicode.Scalar? {
        let composed = Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
        return composed.count == 1 ? composed[0] : nil
    }

    @Test func everyBasicPlaneScalarAloneIsItsCanonicalComposition() {
        var wrong: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if character.loneScalar != Self.reference(character) { wrong.append(String(value, radix: 16)) }
        }
        #expect(wrong.isEmpty, "U+\(wrong.prefix(20).joined(separator: ", U+"))")
    }

    @Test(arguments: [
        "a", "\n", "\r\n", "中", "，", "（", "“", "\u{F9D1}", "\u{37E}", "e\u{301}", "\u{E9}", "\u{301}", "一\u{301}",
        "：\u{301}", "😀", "𠀀", "\u{2F800}", "👨‍👩‍👧‍👦", "\u{1F1E8}\u{1F1F3}", "\u{0600}1", "각", "\u{1100}\u{1161}",
        "ก\u{E33}", "\u{FF1A}\u{200D}",
    ])
    func charactersGiveTheScalarOfTheirComposition(_ text: String) {
        #expect(text.count == 1)
        let character = Character(text)
        #expect(character.loneScalar == Self.reference(character))
        // A comparison with a one-scalar character answers the same.
        for probe: Unicode.Scalar in ["a", "中", "六", ";", "：", "\u{E9}", "\u{AC01}"] {
            #expect((character == Character(probe)) == (character.loneScalar == probe), "\(text.debugDescription)")
        }
    }
}
