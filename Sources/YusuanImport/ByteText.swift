import Foundation
import YusuanCore

/// Byte-level text helpers for the importer's hot paths: trimming and searching UTF-8 bytes of fixed words without
/// allocating. Matching the UTF-8 bytes of NFC text gives the same answers as `hasPrefix`/`contains` for the
/// fixed Chinese words the importer looks for.
enum ByteText {
    /// The bounds of `bytes[start..<end]` without leading and trailing spaces, tabs, no-break spaces (U+00A0) and
    /// ideographic spaces (U+3000): the same set as `trimmingSpaces()`.
    @inline(__always)
    static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        // Most cells neither start with a byte that can begin a space (20, 09, C2, E3) nor end with one that can
        // end one (20, 09, A0, 80): answer those at once.
        if start < end {
            let first = bytes[start]
            let last = bytes[end - 1]
            if first > 0x20 && first != 0xC2 && first != 0xE3 && last > 0x20 && last != 0xA0 && last != 0x80 {
                return start..<end
            }
        }
        let lower = leadingSpacesEnd(bytes, start, end)
        var upper = end
        while lower < upper {
            let byte = bytes[upper - 1]
            if byte == 0x20 || byte == 0x09 {
                upper -= 1
            } else if byte == 0xA0 && upper - lower >= 2 && bytes[upper - 2] == 0xC2 {
                upper -= 2
            } else if byte == 0x80 && upper - lower >= 3 && bytes[upper - 2] == 0x80 && bytes[upper - 3] == 0xE3 {
                upper -= 3
            } else {
                break
            }
        }
        return lower..<upper
    }

    /// Whether `bytes[start..<end]` holds nothing but the spaces ``trimmedBounds(_:_:_:)`` removes: its leading loop
    /// alone (where that loop stops, a scalar stands that the trailing loop cannot remove either).
    @inline(__always)
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        leadingSpacesEnd(bytes, start, end) == end
    }

    /// Where the spaces ``trimmedBounds(_:_:_:)`` removes at the start of `bytes[start..<end]` end (`end` when there
    /// is nothing else).
    @inline(__always)
    static func leadingSpacesEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var lower = start
        while lower < end {
            let byte = bytes[lower]
            if byte == 0x20 || byte == 0x09 {
                lower += 1
            } else if byte == 0xC2 && lower + 1 < end && bytes[lower + 1] == 0xA0 {
                lower += 2
            } else if byte == 0xE3 && lower + 2 < end && bytes[lower + 1] == 0x80 && bytes[lower + 2] == 0x80 {
                lower += 3
            } else {
                break
            }
        }
        return lower
    }

    /// The offset of the first occurrence of `needle` in `bytes[from...]`.
    @inline(__always)
    static func firstOffset(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, bytes.count - from >= count else { return nil }
        if bytes.count - from >= 48 { return longFirstOffset(of: needle, in: bytes, from: from) }
        guard let base = bytes.baseAddress else { return nil }
        let pattern = needle.utf8Start
        let first = pattern[0]
        // The first and the last byte are compared before the others: in Chinese text the lead byte of a word's
        // first scalar recurs every few bytes, its last byte (a continuation byte) much less often.
        let lastByte = pattern[count - 1]
        let last = bytes.count - count
        var index = from
        while index <= last {
            if base[index] == first && base[index + count - 1] == lastByte && equalBytes(base + index, pattern, count) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether the `count` bytes at `first` and at `second` are equal: compared a word at a time (two overlapping
    /// loads cover any length from 2 to 16 bytes), `memcmp` for longer runs.
    @inline(__always)
    static func equalBytes(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let one = UnsafeRawPointer(first)
        let other = UnsafeRawPointer(second)
        switch count {
        case 0:
            return true
        case 1:
            return first[0] == second[0]
        case 2...3:
            return one.loadUnaligned(as: UInt16.self) == other.loadUnaligned(as: UInt16.self)
                && first[count - 1] == second[count - 1]
        case 4...7:
            return one.loadUnaligned(as: UInt32.self) == other.loadUnaligned(as: UInt32.self)
                && one.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                    == other.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        case 8...16:
            return one.loadUnaligned(as: UInt64.self) == other.loadUnaligned(as: UInt64.self)
                && one.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    == other.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        default:
            return memcmp(first, second, count) == 0
        }
    }

    /// ``firstOffset(of:in:from:)`` for a long text: `memchr` finds each place of the needle's last byte (a
    /// continuation byte of a Chinese word, rarer than its lead byte), and the bytes before it are compared there.
    /// Matches are met in the order they end, which is the order they start.
    private static func longFirstOffset(
        of needle: StaticString,
        in bytes: UnsafeBufferPointer<UInt8>,
        from: Int
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = needle.utf8CodeUnitCount
        let pattern = needle.utf8Start
        let lastByte = Int32(pattern[count - 1])
        var end = from + count - 1
        while end < bytes.count {
            guard let found = memchr(base + end, lastByte, bytes.count - end) else { return nil }
            end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = end - (count - 1)
            if count == 1 || memcmp(base + start, pattern, count - 1) == 0 { return start }
            end += 1
        }
        return nil
    }

    /// Whether `bytes[at...]` starts with `needle`.
    @inline(__always)
    static func matches(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard index >= 0, bytes.count - index >= count else { return false }
        guard let base = bytes.baseAddress else { return count == 0 }
        return equalBytes(base + index, needle.utf8Start, count)
    }
}

extension StringProtocol {
    /// Runs `body` on the UTF-8 bytes of the text (a native copy when the text is not contiguous).
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return try copy.withUTF8(body)
    }

    /// Whether the bytes of `needle` occur in the text (no allocation).
    @inline(__always)
    func contains(bytes needle: StaticString) -> Bool {
        withBytes { ByteText.firstOffset(of: needle, in: $0) != nil }
    }

    /// The range of the first occurrence of the bytes of `needle` (no allocation).
    @inline(__always)
    func range(bytes needle: StaticString) -> Range<Index>? {
        guard let offset = withBytes({ ByteText.firstOffset(of: needle, in: $0) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8CodeUnitCount)
    }

    /// The text after a leading `needle` when it starts with its bytes.
    @inline(__always)
    func dropping(prefix needle: StaticString) -> SubSequence? {
        guard starts(bytes: needle) else { return nil }
        return self[utf8.index(utf8.startIndex, offsetBy: needle.utf8CodeUnitCount)...]
    }

    /// The text before a trailing `needle` when it ends with its bytes.
    @inline(__always)
    func dropping(suffix needle: StaticString) -> SubSequence? {
        guard ends(bytes: needle) else { return nil }
        return self[..<utf8.index(utf8.endIndex, offsetBy: -needle.utf8CodeUnitCount)]
    }

    /// Whether the text starts with the bytes of `needle`.
    @inline(__always)
    func starts(bytes needle: StaticString) -> Bool {
        withBytes { ByteText.matches(needle, in: $0, at: 0) }
    }

    /// Whether the text is byte for byte `word`.
    @inline(__always)
    func equals(bytes word: StaticString) -> Bool {
        withBytes { $0.count == word.utf8CodeUnitCount && ByteText.matches(word, in: $0, at: 0) }
    }

    /// Whether the text ends with the bytes of `needle`.
    @inline(__always)
    func ends(bytes needle: StaticString) -> Bool {
        withBytes { ByteText.matches(needle, in: $0, at: $0.count - needle.utf8CodeUnitCount) }
    }
}

extension Substring {
    /// The slice without leading and trailing spaces (see `trimmingSpaces()`), without copying.
    var trimmedSlice: Substring {
        let bounds: Range<Int>? = utf8.withContiguousStorageIfAvailable { ByteText.trimmedBounds($0, 0, $0.count) }
        guard let bounds else { return trimmingSpaces()[...] }
        let lower = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return self[lower..<utf8.index(lower, offsetBy: bounds.count)]
    }
}

extension String {
    /// The text without leading and trailing spaces, as a slice (see `trimmingSpaces()`).
    var trimmedSlice: Substring { self[...].trimmedSlice }

    /// The text without leading and trailing spaces: `trimmingSpaces()` specialised for this module.
    func trimmedString() -> String { String(self[...].trimmedSlice) }
}

extension Substring {
    /// The text without leading and trailing spaces: `trimmingSpaces()` specialised for this module.
    func trimmedString() -> String { String(trimmedSlice) }
}
