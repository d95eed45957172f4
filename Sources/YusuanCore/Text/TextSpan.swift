#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A run of the UTF-8 bytes of a text being read — a line, a cell, a sentence, a piece of a title — and the
/// operations the readers ask of it (search, prefix, trim, equality, character boundaries), so that no reader holds
/// a pointer.
///
/// A span views bytes it does not own. It is valid only while the text it was cut from is pinned (inside
/// ``Swift/StringProtocol/withTextSpan(_:)``, or in a ``TextArena`` that outlives it), so spans stay inside one
/// reading pass, and a value the model keeps becomes a `String` (``string``). Reading spans allocates nothing and
/// retains nothing. Every span a reader cuts starts and ends on a scalar boundary of valid UTF-8, so ``string`` is
/// the same text a `Substring` over those bytes would give.
///
/// A span is a `Sequence` of its bytes and is indexed by byte offsets from 0 (`span[0]` is its first byte,
/// `span[2..<5]` the span of bytes 2 to 4). A safe `Span<UInt8>` cannot take its place: lines and cells are kept in
/// arrays for the length of a reading pass, and a `Span` (non-escapable) cannot be stored in one.
public struct TextSpan: Sequence {
    @usableFromInline var storage: UnsafeBufferPointer<UInt8>

    @inlinable @inline(__always)
    public init(_ storage: UnsafeBufferPointer<UInt8>) {
        self.storage = storage
    }

    /// The bytes of a literal (stored for the life of the process).
    @inlinable @inline(__always)
    public init(_ literal: StaticString) {
        self.storage = literal.bytes
    }

    /// A span of no bytes.
    @inlinable
    public static var empty: TextSpan { TextSpan(UnsafeBufferPointer(start: nil, count: 0)) }

    @inlinable @inline(__always)
    public var isEmpty: Bool { storage.isEmpty }

    /// The number of bytes.
    @inlinable @inline(__always)
    public var count: Int { storage.count }

    @inlinable @inline(__always)
    public func makeIterator() -> UnsafeBufferPointer<UInt8>.Iterator { storage.makeIterator() }

    /// The byte at `offset` (which must be in `0..<count`).
    @inlinable @inline(__always)
    public subscript(offset: Int) -> UInt8 { storage[offset] }

    /// The bytes at the given offsets.
    @inlinable @inline(__always)
    public subscript(offsets: Range<Int>) -> TextSpan {
        TextSpan(UnsafeBufferPointer(rebasing: storage[offsets]))
    }

    /// The first byte, nil for an empty span.
    @inlinable @inline(__always)
    public var firstByte: UInt8? { storage.first }

    /// The text as a `String` (for the model or a message).
    ///
    /// The bytes were validated as UTF-8 with the whole text, so when the span starts and ends on scalar boundaries
    /// the string is made without validating them again; otherwise decoding repairs them as before. The bytes are
    /// copied as they are: for long spans too, that costs less than cutting a `Substring` out of the text and
    /// copying it.
    public var string: String {
        // `UTF8Span` needs the Swift 6.2 runtime (always there on Linux; macOS 26 and later).
        guard #available(macOS 26, *), UTF8Boundaries.isWholeScalars(storage) else {
            return String(decoding: storage, as: UTF8.self)
        }
        return String(copying: UTF8Span(unchecked: storage.span))
    }

    /// The texts of the non-empty spans, joined.
    ///
    /// Inlinable so that it is specialized for the sequence it is called with (a slice of a ``CellRow``): across
    /// the module boundary an unspecialized generic walks the slice through witness tables and metadata lookups,
    /// which cost the importer a tenth of its time (docs/PERFORMANCE.md).
    @inlinable
    public static func joinedText(_ spans: some Sequence<TextSpan>) -> String {
        var result = ""
        for span in spans where !span.isEmpty { result += span.string }
        return result
    }

    // MARK: Spaces

    /// The bounds of `self[start..<end]` without leading and trailing spaces (the set `trimmingSpaces()` removes).
    @inlinable @inline(__always)
    public func trimmedBounds(_ start: Int, _ end: Int) -> Range<Int> { ByteSearch.trimmedBounds(storage, start, end) }

    /// The span without leading and trailing spaces (the set `trimmingSpaces()` removes).
    @inlinable
    public var trimmed: TextSpan { self[ByteSearch.trimmedBounds(storage, 0, storage.count)] }

    /// The text without leading and trailing spaces, as a `String`.
    @inlinable
    public var trimmedString: String { trimmed.string }

    /// Whether `self[start..<end]` holds nothing but the spaces ``trimmed`` removes.
    @inlinable @inline(__always)
    public func isBlank(_ start: Int, _ end: Int) -> Bool { ByteSearch.isBlank(storage, start, end) }

    // MARK: Search and comparison

    /// The offset of the first occurrence of the bytes of `needle` at or after `from`.
    @inlinable @inline(__always)
    public func firstOffset(of needle: StaticString, from: Int = 0) -> Int? {
        ByteSearch.firstOffset(of: needle, in: storage, from: from)
    }

    /// The offset of the first occurrence of `byte` at or after `from`.
    @inlinable @inline(__always)
    public func firstOffset(ofByte byte: UInt8, from: Int = 0) -> Int? {
        ByteSearch.firstOffset(ofByte: byte, in: storage, from: from)
    }

    /// Whether the bytes of `needle` occur in the text.
    @inlinable @inline(__always)
    public func has(_ needle: StaticString) -> Bool { firstOffset(of: needle) != nil }

    /// Whether the text holds the bytes of `needle` at `offset`.
    @inlinable @inline(__always)
    public func hasBytes(_ needle: StaticString, at offset: Int) -> Bool {
        ByteSearch.matches(needle.bytes, in: storage, at: offset)
    }

    /// Whether the text starts with the bytes of `needle`.
    @inlinable @inline(__always)
    public func hasPrefixBytes(_ needle: StaticString) -> Bool { hasBytes(needle, at: 0) }

    /// Whether the text ends with the bytes of `needle`.
    @inlinable @inline(__always)
    public func hasSuffixBytes(_ needle: StaticString) -> Bool {
        hasBytes(needle, at: storage.count - needle.utf8CodeUnitCount)
    }

    /// Whether the text is byte for byte `word`.
    @inlinable @inline(__always)
    public func isBytes(_ word: StaticString) -> Bool {
        storage.count == word.utf8CodeUnitCount && hasBytes(word, at: 0)
    }

    /// The text after a leading `needle` when it starts with its bytes.
    @inlinable
    public func dropping(prefix needle: StaticString) -> TextSpan? {
        hasPrefixBytes(needle) ? self[needle.utf8CodeUnitCount..<count] : nil
    }

    /// The text before a trailing `needle` when it ends with its bytes.
    @inlinable
    public func dropping(suffix needle: StaticString) -> TextSpan? {
        hasSuffixBytes(needle) ? self[0..<(count - needle.utf8CodeUnitCount)] : nil
    }

    /// Whether the two spans hold the same bytes.
    @inlinable
    public func hasSameBytes(as other: TextSpan) -> Bool {
        guard count == other.count else { return false }
        guard let first = storage.baseAddress, let second = other.storage.baseAddress else { return true }
        return first == second || memcmp(first, second, count) == 0
    }

    /// Whether the span holds exactly the UTF-8 bytes of `text`.
    @inlinable
    public func hasSameBytes(as text: String) -> Bool {
        text.withTextSpan { hasSameBytes(as: $0) }
    }

    /// The offset of this span's first byte in `container` when the span lies within it, nil otherwise.
    @inlinable
    public func offset(in container: TextSpan) -> Int? {
        guard let base = container.storage.baseAddress, let start = storage.baseAddress, start >= base,
            start + count <= base + container.count
        else { return nil }
        return base.distance(to: start)
    }

    /// Whether the two texts are equal as Swift strings are (canonical equivalence): byte equality decides when it
    /// holds or when both are ASCII, the strings otherwise.
    public func isSameText(as other: TextSpan) -> Bool {
        if storage.elementsEqual(other.storage) { return true }
        if storage.allSatisfy({ $0 < 0x80 }) && other.storage.allSatisfy({ $0 < 0x80 }) { return false }
        return string == other.string
    }

    /// Whether the text equals `text` as Swift strings are compared (canonical equivalence).
    public func isSameText(as text: String) -> Bool {
        text.withTextSpan { isSameText(as: $0) }
    }

    // MARK: Numbers

    /// `Amount(parsing:)` read straight from the bytes.
    @inlinable
    public var amount: Amount? { Amount.parsing(utf8: storage) }

    /// Whether the text is a run of ASCII digits.
    @inlinable
    public var isDigits: Bool { !isEmpty && storage.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    // MARK: Scalars and characters

    /// The byte length of the scalar whose lead byte is at `offset`.
    @inlinable @inline(__always)
    public func scalarLength(at offset: Int) -> Int { ScalarClass.scalarLength(lead: storage[offset]) }

    /// The scalar whose lead byte is at `offset` (the bytes are valid UTF-8).
    @inlinable
    public func scalar(at offset: Int) -> Unicode.Scalar {
        let lead = UInt32(storage[offset])
        let length = scalarLength(at: offset)
        guard offset + length <= storage.count else { return "\u{FFFD}" }
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(UInt8(lead))
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for index in (offset + 1)..<(offset + length) {
            value = value << 6 | UInt32(storage[index] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The byte width of the text's first character when it is exactly `character` (a single scalar), nil
    /// otherwise: what `first == character` answers (a scalar after it may join it).
    public func leadingCharacterWidth(_ character: StaticString) -> Int? {
        let width = character.utf8CodeUnitCount
        guard hasPrefixBytes(character) else { return nil }
        return firstCharacter.map { String($0) == character.description } == true ? width : nil
    }

    /// The text's first `Character`, as `string.first` gives it, read from a string of the first few bytes only.
    ///
    /// Whether two scalars belong to one character depends on the scalars before them and on the next one only, so
    /// when the first character of a prefix ends before the prefix does, the text has the same first character.
    /// When it reaches the end of the prefix (a scalar after it might still join it), the prefix is doubled, up to
    /// the whole text.
    public var firstCharacter: Character? {
        guard !isEmpty else { return nil }
        // 12 bytes, 15 at most once extended to a whole scalar: a string that small is stored inline, not allocated.
        var length = Swift.min(count, 12)
        while true {
            // A prefix of whole scalars: extend it over the continuation bytes of its last scalar.
            while length < count && UTF8Boundaries.isContinuation(storage[length]) { length += 1 }
            let prefix = self[0..<length].string
            guard let first = prefix.first else { return nil }
            if length == count || first.utf8.count < prefix.utf8.count { return first }
            length = Swift.min(count, 2 * length)
        }
    }

    // MARK: Copies on the stack

    /// Runs `body` on a copy of the text without the bytes `skipped` reports (its width at an offset, 0 to keep the
    /// byte there), made on the stack; on the text itself when nothing is skipped.
    @inlinable
    public func withBytesSkipped<Result>(
        _ skipped: (TextSpan, Int) -> Int,
        _ body: (TextSpan) throws -> Result
    ) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, count)) { buffer in
            var written = 0
            var index = 0
            while index < count {
                let width = skipped(self, index)
                if width > 0 {
                    index += width
                    continue
                }
                buffer[written] = storage[index]
                written += 1
                index += 1
            }
            return try body(TextSpan(UnsafeBufferPointer(rebasing: buffer[0..<written])))
        }
    }

    /// Runs `body` on the bytes of `first` followed by those of `second`, joined in a copy on the stack.
    @inlinable
    public static func withJoined<Result>(
        _ first: TextSpan,
        _ second: TextSpan,
        _ body: (TextSpan) throws -> Result
    ) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, first.count + second.count)) {
            buffer in
            _ = buffer.initialize(fromContentsOf: first.storage)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[first.count...]).initialize(fromContentsOf: second.storage)
            return try body(TextSpan(UnsafeBufferPointer(rebasing: buffer[0..<(first.count + second.count)])))
        }
    }
}

extension StringProtocol {
    /// Runs `body` on a span of the UTF-8 bytes of the text (a native copy when the text is not contiguous); the
    /// span and every span cut from it are valid inside `body` only.
    @inlinable @inline(__always)
    public func withTextSpan<Result>(_ body: (TextSpan) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable({ try body(TextSpan($0)) }) { return result }
        var copy = String(self)
        return try copy.withUTF8 { try body(TextSpan($0)) }
    }
}
