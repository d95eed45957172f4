/// The byte tests of `StringProtocol+Bytes` for a literal needle (a `StaticString`, as the readers keep their word
/// lists), and the slices they cut: the same names, answered through ``TextSpan`` without allocating.
extension StringProtocol {
    /// Whether the bytes of `needle` occur in the text.
    @inlinable @inline(__always)
    public func has(_ needle: StaticString) -> Bool { withTextSpan { $0.has(needle) } }

    /// Whether the text starts with the bytes of `needle`.
    @inlinable @inline(__always)
    public func hasPrefixBytes(_ needle: StaticString) -> Bool { withTextSpan { $0.hasPrefixBytes(needle) } }

    /// Whether the text ends with the bytes of `needle`.
    @inlinable @inline(__always)
    public func hasSuffixBytes(_ needle: StaticString) -> Bool { withTextSpan { $0.hasSuffixBytes(needle) } }

    /// Whether the text is byte for byte `word`.
    @inlinable @inline(__always)
    public func isBytes(_ word: StaticString) -> Bool { withTextSpan { $0.isBytes(word) } }

    /// The range of the first occurrence of the bytes of `needle`.
    @inlinable
    public func byteRange(of needle: StaticString) -> Range<Index>? {
        guard let offset = withTextSpan({ $0.firstOffset(of: needle) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8CodeUnitCount)
    }

    /// The text after a leading `needle` when it starts with its bytes.
    @inlinable
    public func dropping(prefix needle: StaticString) -> SubSequence? {
        guard hasPrefixBytes(needle) else { return nil }
        return self[utf8.index(utf8.startIndex, offsetBy: needle.utf8CodeUnitCount)...]
    }

    /// The text before a trailing `needle` when it ends with its bytes.
    @inlinable
    public func dropping(suffix needle: StaticString) -> SubSequence? {
        guard hasSuffixBytes(needle) else { return nil }
        return self[..<utf8.index(utf8.endIndex, offsetBy: -needle.utf8CodeUnitCount)]
    }

    /// The text without leading and trailing spaces (the set of ``trimmingSpaces()``), as a slice: nothing is
    /// copied.
    @inlinable
    public var trimmedSlice: SubSequence {
        let bounds = withTextSpan { $0.trimmedBounds(0, $0.count) }
        let lower = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return self[lower..<utf8.index(lower, offsetBy: bounds.count)]
    }
}
