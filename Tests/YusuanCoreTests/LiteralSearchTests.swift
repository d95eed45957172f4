import Testing
import YusuanCore

/// `ByteSearch.firstOffset(of:in:from:)` (the text layer's one search) and `ByteSearch.matches(_:in:at:)` compare words of bytes rather than one byte
/// at a time: they must answer as the byte-by-byte search did, for needles of every length from 1 to 21 bytes, at
/// every offset of short and long texts that hold near misses (same first byte, same last byte).
@Suite struct LiteralSearchTests {
    static let needles: [StaticString] = [
        "a", "年", "ab", "万元", "比上", "abc", "abcd", "项目支出", "abcdefg", "abcdefgh", "基本支出预算表", "abcdefghijklmnop",
        "财政拨款收支总表", "部门收支总表x", "政府性基金预算支出表",
    ]

    /// The offset of the first occurrence of `needle` in `bytes[from...]`, one byte at a time.
    static func referenceOffset(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count - from >= needle.count else { return nil }
        for index in from...(bytes.count - needle.count) where Array(bytes[index..<(index + needle.count)]) == needle {
            return index
        }
        return nil
    }

    /// Texts built of the needle's own bytes, its first and last bytes alone, and other words, so that most
    /// positions are near misses.
    static func texts(for needle: [UInt8]) -> [[UInt8]] {
        let pieces: [[UInt8]] = [
            needle, Array(needle.dropLast()), Array(needle.dropFirst()), [needle[0]], [needle[needle.count - 1]],
            Array("年度".utf8), Array(" ".utf8), Array("项目".utf8), needle.map { $0 ^ 1 },
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var result: [[UInt8]] = [[], needle, Array(needle.dropLast())]
        for length in [1, 2, 3, 5, 8, 13, 21, 40] {
            var text: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            result.append(text)
        }
        return result
    }

    @Test(arguments: needles) func searchAndMatchAnswerAsByteByByte(_ needle: StaticString) {
        let pattern = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        for text in Self.texts(for: pattern) {
            text.withUnsafeBufferPointer { bytes in
                for from in 0...text.count {
                    #expect(
                        ByteSearch.firstOffset(of: needle, in: bytes, from: from)
                            == Self.referenceOffset(pattern, in: text, from: from)
                    )
                    let expected =
                        text.count - from >= pattern.count && Array(text[from..<(from + pattern.count)]) == pattern
                    #expect(ByteSearch.matches(needle.bytes, in: bytes, at: from) == expected)
                }
            }
        }
    }

    @Test func equalBytesComparesEveryByteOfEveryLength() {
        for count in 0...40 {
            // One byte more than compared (never empty, so both have an address), different in the two copies.
            var first = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
            first.append(0)
            for changed in -1..<count {
                var second = first
                second[count] = 1
                if changed >= 0 { second[changed] ^= 0x40 }
                let equal = first.withUnsafeBufferPointer { one in
                    second.withUnsafeBufferPointer { other in
                        ByteSearch.equalBytes(one.baseAddress!, other.baseAddress!, count)
                    }
                }
                #expect(equal == (changed < 0), "count \(count), changed byte \(changed)")
            }
        }
    }
}
