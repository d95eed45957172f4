/// Byte-wise text tests. The importer matches fixed Chinese words against NFC text, where comparing UTF-8
/// bytes gives the same answer as `hasPrefix`/`contains` and is many times faster than their
/// Unicode-equivalence comparisons.
extension StringProtocol {
    /// Whether the text starts with the bytes of `prefix`.
    @inline(__always)
    func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the text ends with the bytes of `suffix`.
    @inline(__always)
    func hasSuffixBytes(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard utf8.count >= count else { return false }
        return utf8.dropFirst(utf8.count - count).elementsEqual(suffix.utf8)
    }

    /// Whether the bytes of `needle` occur in the text.
    @inline(__always)
    func has(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    /// Whether the text is byte-for-byte `other`.
    @inline(__always)
    func isBytes(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }

    /// The range of the first occurrence of `needle`, found by bytes.
    func byteRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = utf8
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: first) {
            var candidate = start
            var matched = true
            for byte in pattern {
                guard candidate < bytes.endIndex, bytes[candidate] == byte else {
                    matched = false
                    break
                }
                candidate = bytes.index(after: candidate)
            }
            if matched { return start..<candidate }
            index = bytes.index(after: start)
        }
        return nil
    }
}
