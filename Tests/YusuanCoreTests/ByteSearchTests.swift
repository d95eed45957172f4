import Testing
import YusuanCore

/// The byte-wise search finds the first occurrence, as a naive scan does.
@Suite struct ByteSearchTests {
    /// The offset of the first occurrence by comparing at every position.
    static func naiveOffset(of needle: String, in text: String) -> Int? {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where Array(bytes[start..<(start + pattern.count)]) == pattern {
            return start
        }
        return nil
    }

    @Test(arguments: [
        ("比上年增加100万元，比上年增加", "增加"), ("XXX", "XX"), ("aXaXX", "XX"), ("待补充待填写", "待填写"),
        ("abc", "c"), ("abc", "abc"), ("ab", "abc"), ("", "a"), ("一般公共预算", "预算"), ("预算", "一般公共预算"),
        ("aaab", "aab"), ("%", "％"), ("50％", "％"), ("x\u{0301}x", "x"),
    ])
    func findsTheFirstOccurrence(text: String, needle: String) {
        let expected = Self.naiveOffset(of: needle, in: text)
        let found = text.byteRange(of: needle).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
        #expect(found == expected)
        #expect(text.has(needle) == (expected != nil))
        #expect(text.dropFirst(0).has(needle) == (expected != nil))
    }

    @Test func emptyNeedleIsNeverFound() {
        #expect(!"abc".has(""))
    }
}
