/// Byte-wise text tests. The importer and the validator match fixed Chinese words against NFC text, where comparing UTF-8
/// bytes gives the same answer as `hasPrefix`/`contains` and is many times faster than their
/// Unicode-equivalence comparisons.
extension StringProtocol {
    /// Whether the text starts with the bytes of `prefix`.
    @inline(__always)
    public func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the text ends with the bytes of `suffix`.
    @inline(__always)
    public func hasSuffixBytes(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard utf8.count >= count else { return false }
        return utf8.dropFirst(utf8.count - count).elementsEqual(suffix.utf8)
    }

    /// Whether the bytes of `needle` occur in the text.
    @inline(__always)
    public func has(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    /// Whether the text is byte-for-byte `other`.
    @inline(__always)
    public func isBytes(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }

    /// The range of the first occurrence of `needle`, found by bytes.
    public func byteRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        let offset: Int?
        if let found = utf8.withContiguousStorageIfAvailable({ firstOffset(of: pattern, in: $0) }) {
            offset = found
        } else {
            var copy = String(self)
            copy.makeContiguousUTF8()
            offset = copy.utf8.withContiguousStorageIfAvailable { firstOffset(of: pattern, in: $0) } ?? nil
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: pattern.count)
    }
}

/// The offset of the first occurrence of `pattern` in `bytes`.
private func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    let last = bytes.count - pattern.count
    var index = 0
    while index <= last {
        if bytes[index] == first {
            var offset = 1
            while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return index }
        }
        index += 1
    }
    return nil
}
