import Testing
import YusuanCore

/// `TextSpan.string` makes strings from spans of already validated text without validating them again. These tests
/// hold it to `String(decoding:as:)` on every cut of texts of one-, two-, three- and four-byte scalars, including
/// cuts inside a scalar, where the shortcut must give way to decoding.
@Suite struct SpanStringTests {
    static let texts: [String] = [
        "", "a", "财政拨款收入 1,234.50 合计", "é\u{301}ü\t\u{A0}x", "😀a😀\u{3000}b€", "\u{10FFFF}\u{80}\u{7FF}\u{800}\u{FFFF}",
        // Three-byte scalars next to four- and two-byte ones (the ends the shortcut answers first).
        "长😀长a长é长\u{10000}",
    ]

    @Test(arguments: texts) func everyCutGivesTheDecodedString(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            for start in 0...bytes.count {
                for end in start...bytes.count {
                    let cut = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let span = TextSpan(cut)
                    let expected = String(decoding: cut, as: UTF8.self)
                    #expect(span.string == expected)
                    #expect(Array(span.string.utf8) == Array(expected.utf8))
                    #expect(UTF8Boundaries.isWholeScalars(cut) == (String(validating: cut, as: UTF8.self) != nil))
                }
            }
        }
    }
}
