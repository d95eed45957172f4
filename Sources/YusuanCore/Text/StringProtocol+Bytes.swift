#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-wise text tests. The importer and the validator match fixed Chinese words against NFC text, where comparing UTF-8
/// bytes gives the same answer as `hasPrefix`/`contains` and is many times faster than their
/// Unicode-equivalence comparisons.
extension StringProtocol {
    /// Whether the text starts with the bytes of `prefix`.
    ///
    /// Compares the contiguous UTF-8 of both (a small string is copied to the stack, without allocating) rather
    /// than walking the two `UTF8View`s with their index checks; `starts(with:)` remains for text that is not
    /// contiguous.
    @inlinable
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { pattern in bytes(text, startWith: pattern) }
        }
        if let answer = answer ?? nil { return answer }
        return utf8.starts(with: prefix.utf8)
    }

    /// Whether the bytes of `needle` occur in the text.
    @inlinable
    public func has(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// Whether the text is byte-for-byte `other`: the byte counts, then the contiguous bytes are compared
    /// (`elementsEqual` on the two `UTF8View`s for text that is not contiguous).
    @inlinable
    public func isBytes(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            other.utf8.withContiguousStorageIfAvailable { pattern in bytes(text, startWith: pattern) }
        }
        if let answer = answer ?? nil { return answer }
        return utf8.elementsEqual(other.utf8)
    }

    /// The range of the first occurrence of `needle`, found by bytes.
    @inlinable
    public func byteRange(of needle: String) -> Range<Index>? {
        guard let offset = byteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The offset in UTF-8 bytes of the first occurrence of `needle` (nil for an empty needle).
    @inlinable
    func byteOffset(of needle: String) -> Int? {
        let count = needle.utf8.count
        guard count > 0, utf8.count >= count else { return nil }
        // Both contiguous (always so for native strings and their substrings): nothing is copied.
        let found: Int??? = utf8.withContiguousStorageIfAvailable { text in
            needle.utf8.withContiguousStorageIfAvailable { pattern in bytesFirstOffset(of: pattern, in: text) }
        }
        if let found = found ?? nil { return found }
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ bytesFirstOffset(of: pattern, in: $0) }) {
                return found
            }
            var copy = String(self)
            copy.makeContiguousUTF8()
            return copy.utf8.withContiguousStorageIfAvailable { bytesFirstOffset(of: pattern, in: $0) } ?? nil
        }
    }
}

/// Whether `text` begins with the bytes of `pattern`: eight bytes at a time, then one at a time.
@inlinable
func bytes(_ text: UnsafeBufferPointer<UInt8>, startWith pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count >= pattern.count else { return false }
    var offset = 0
    if pattern.count >= 8, let textBase = text.baseAddress, let patternBase = pattern.baseAddress {
        let textWords = UnsafeRawPointer(textBase)
        let patternWords = UnsafeRawPointer(patternBase)
        while offset + 8 <= pattern.count {
            if textWords.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != patternWords.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
    }
    while offset < pattern.count {
        if text[offset] != pattern[offset] { return false }
        offset += 1
    }
    return true
}

/// The offset of the first occurrence of `pattern` in `bytes`: ``ByteSearch/firstOffset(of:in:from:)``, the one
/// search of the text layer.
@inlinable
public func bytesFirstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    ByteSearch.firstOffset(of: pattern, in: bytes)
}
