#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The byte-level primitives of the text layer on UTF-8 held in memory: the one substring search, the one trim of
/// spaces and the comparison of runs of bytes. Callers outside the text layer use them through ``TextSpan`` and the
/// `StringProtocol` extensions (`has`, `hasPrefixBytes`, `isBytes`, `byteRange(of:)`), which hold the pointers.
///
/// Matching the UTF-8 bytes of NFC text gives the same answers as `hasPrefix`/`contains` for the fixed Chinese words
/// the readers look for, many times faster than their Unicode-equivalence comparisons.
public enum ByteSearch {
    /// The bounds of `bytes[start..<end]` without leading and trailing spaces, tabs, no-break spaces (U+00A0) and
    /// ideographic spaces (U+3000): the same set as `trimmingSpaces()`.
    @inlinable @inline(__always)
    public static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
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
    @inlinable @inline(__always)
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        leadingSpacesEnd(bytes, start, end) == end
    }

    /// Where the spaces ``trimmedBounds(_:_:_:)`` removes at the start of `bytes[start..<end]` end (`end` when there
    /// is nothing else).
    @inlinable @inline(__always)
    public static func leadingSpacesEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
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

    /// The offset of the first occurrence of `pattern` in `bytes[from...]` (nil for an empty pattern): the one
    /// substring search of the text layer.
    ///
    /// In a short text the first and the last byte are compared before the others: in Chinese text the lead byte of
    /// a word's first scalar recurs every few bytes, its last byte (a continuation byte) much less often. In a long
    /// text `memchr` finds each place of that last byte and the bytes before it are compared there.
    @inlinable @inline(__always)
    public static func firstOffset(
        of pattern: UnsafeBufferPointer<UInt8>,
        in bytes: UnsafeBufferPointer<UInt8>,
        from: Int = 0
    ) -> Int? {
        let count = pattern.count
        guard count > 0, from >= 0, bytes.count - from >= count, let base = bytes.baseAddress,
            let needle = pattern.baseAddress
        else { return nil }
        if bytes.count - from >= 48 { return longFirstOffset(of: needle, count: count, in: bytes, from: from) }
        let first = needle[0]
        let lastByte = needle[count - 1]
        let last = bytes.count - count
        var index = from
        while index <= last {
            if base[index] == first && base[index + count - 1] == lastByte && equalBytes(base + index, needle, count) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// ``firstOffset(of:in:from:)`` for the bytes of a literal.
    @inlinable @inline(__always)
    public static func firstOffset(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int?
    {
        firstOffset(of: needle.bytes, in: bytes, from: from)
    }

    /// ``firstOffset(of:in:from:)`` for a long text: matches are met in the order they end, which is the order they
    /// start.
    ///
    /// Inlinable, and comparing with ``equalBytes(_:_:_:)``: called with a literal from another module, the pattern's
    /// length is then a constant and the comparison a load or two, where an opaque call compared every candidate
    /// with `memcmp` (docs/PERFORMANCE.md).
    @inlinable
    static func longFirstOffset(
        of pattern: UnsafePointer<UInt8>,
        count: Int,
        in bytes: UnsafeBufferPointer<UInt8>,
        from: Int
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let lastByte = Int32(pattern[count - 1])
        var end = from + count - 1
        while end < bytes.count {
            guard let found = memchr(base + end, lastByte, bytes.count - end) else { return nil }
            end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = end - (count - 1)
            if equalBytes(base + start, pattern, count - 1) { return start }
            end += 1
        }
        return nil
    }

    /// The offset of the first `byte` in `bytes[from...]`, found by `memchr`.
    @inlinable
    public static func firstOffset(ofByte byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard from >= 0, from < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the `count` bytes at `first` and at `second` are equal: compared a word at a time (two overlapping
    /// loads cover any length from 2 to 16 bytes), `memcmp` for longer runs.
    @inlinable @inline(__always)
    public static func equalBytes(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, _ count: Int) -> Bool {
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

    /// Whether `bytes[index...]` starts with `pattern`.
    @inlinable @inline(__always)
    public static func matches(
        _ pattern: UnsafeBufferPointer<UInt8>,
        in bytes: UnsafeBufferPointer<UInt8>,
        at index: Int
    ) -> Bool {
        let count = pattern.count
        guard index >= 0, bytes.count - index >= count else { return false }
        guard let base = bytes.baseAddress, let needle = pattern.baseAddress else { return count == 0 }
        return equalBytes(base + index, needle, count)
    }
}

extension StaticString {
    /// The UTF-8 bytes of the literal (a string literal is stored as UTF-8 for the life of the process).
    @inlinable @inline(__always)
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}
