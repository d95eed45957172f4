import Foundation
import YusuanCore

/// A run of the UTF-8 bytes of the text being imported: a line, a cell, a piece of a title.
///
/// A span views bytes it does not own. It is valid only while the text it was cut from is pinned (inside
/// `withBytes`, or in a ``TextArena`` that outlives it), so spans stay inside one reading pass of the importer, and
/// a value the model keeps becomes a `String` (``string``). Reading spans allocates nothing and retains nothing.
/// Every span starts and ends on a scalar boundary of valid UTF-8, so ``string`` is the same text a `Substring`
/// over those bytes would give.
struct TextSpan {
    var bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A span of no bytes.
    static var empty: TextSpan { TextSpan(UnsafeBufferPointer(start: nil, count: 0)) }

    var isEmpty: Bool { bytes.isEmpty }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The bytes at the given offsets.
    subscript(offsets: Range<Int>) -> TextSpan {
        TextSpan(UnsafeBufferPointer(rebasing: bytes[offsets]))
    }

    /// The text as a `String` (for the model or a message).
    ///
    /// The bytes were validated as UTF-8 with the whole text, so when the span starts and ends on scalar
    /// boundaries the string is made without validating them again; otherwise decoding repairs them as before.
    var string: String {
        // `UTF8Span` needs the Swift 6.2 runtime (always there on Linux; macOS 26 and later).
        guard #available(macOS 26, *), UTF8Boundaries.isWholeScalars(bytes) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The span without leading and trailing spaces (the set `trimmingSpaces()` removes).
    var trimmed: TextSpan { self[ByteText.trimmedBounds(bytes, 0, bytes.count)] }

    /// The text without leading and trailing spaces, as a `String`.
    var trimmedString: String { trimmed.string }

    /// `Amount(parsing:)` read straight from the bytes.
    var amount: Amount? { Amount.parsing(utf8: bytes) }

    /// Whether the text is a run of ASCII digits.
    var isDigits: Bool { !isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the text is a 合计/总计 label (spaces and quotation marks aside).
    var isTotalLabel: Bool {
        guard !isEmpty, count <= 12 else { return false }
        // 合 starts with E5 and 总 with E6: a first byte that is neither, and that matching does not ignore, is
        // compared with them first and settles the answer (most cells: numbers, codes, other words).
        let first = bytes[0]
        if first != 0xE5 && first != 0xE6 && TableTitles.ignoredWidth(bytes, at: 0) == 0 { return false }
        return TableTitles.normalized(bytes, equals: "合计") || TableTitles.normalized(bytes, equals: "总计")
    }

    /// The offset of the first occurrence of the bytes of `needle`.
    @inline(__always)
    func firstOffset(of needle: StaticString) -> Int? { ByteText.firstOffset(of: needle, in: bytes) }

    /// Whether the bytes of `needle` occur in the text.
    @inline(__always)
    func contains(bytes needle: StaticString) -> Bool { firstOffset(of: needle) != nil }

    /// Whether the text starts with the bytes of `needle`.
    @inline(__always)
    func starts(bytes needle: StaticString) -> Bool { ByteText.matches(needle, in: bytes, at: 0) }

    /// Whether the text ends with the bytes of `needle`.
    @inline(__always)
    func ends(bytes needle: StaticString) -> Bool {
        ByteText.matches(needle, in: bytes, at: bytes.count - needle.utf8CodeUnitCount)
    }

    /// Whether the text is byte for byte `word`.
    @inline(__always)
    func equals(bytes word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && ByteText.matches(word, in: bytes, at: 0)
    }

    /// The text after a leading `needle` when it starts with its bytes.
    func dropping(prefix needle: StaticString) -> TextSpan? {
        starts(bytes: needle) ? self[needle.utf8CodeUnitCount..<count] : nil
    }

    /// The text before a trailing `needle` when it ends with its bytes.
    func dropping(suffix needle: StaticString) -> TextSpan? {
        ends(bytes: needle) ? self[0..<(count - needle.utf8CodeUnitCount)] : nil
    }

    /// The byte width of the text's first character when it is exactly `character` (a single scalar), nil
    /// otherwise: what `first == character` answers, read from the bytes when the boundary after it is certain.
    func leadingCharacterWidth(_ character: StaticString) -> Int? {
        let width = character.utf8CodeUnitCount
        guard starts(bytes: character) else { return nil }
        if CharacterShortcuts.startsCluster(bytes, at: width) { return width }
        // A scalar that may join the first one follows: let the characters decide.
        return string.first.map { String($0) == character.description } == true ? width : nil
    }

    /// Whether the two spans hold the same bytes.
    func hasSameBytes(as other: TextSpan) -> Bool {
        guard count == other.count else { return false }
        guard let first = bytes.baseAddress, let second = other.bytes.baseAddress else { return true }
        return first == second || memcmp(first, second, count) == 0
    }

    /// Whether the span holds exactly the UTF-8 bytes of `text`.
    func hasSameBytes(as text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasSameBytes(as: TextSpan($0)) }
    }

    /// Whether the two texts are equal as Swift strings are (canonical equivalence): byte equality decides
    /// when it holds or when both are ASCII, the strings otherwise.
    func isSameText(as other: TextSpan) -> Bool {
        if bytes.elementsEqual(other.bytes) { return true }
        if bytes.allSatisfy({ $0 < 0x80 }) && other.bytes.allSatisfy({ $0 < 0x80 }) { return false }
        // Scalars that are characters of their own (see ``CharacterShortcuts``) have no canonical decomposition and
        // compose with nothing, so two such texts are canonically equivalent only when their bytes are equal.
        if CharacterShortcuts.isSingleScalarCharacters(bytes)
            && CharacterShortcuts.isSingleScalarCharacters(other.bytes)
        {
            return false
        }
        return string == other.string
    }

    /// Whether the text equals `text` as Swift strings are compared (canonical equivalence).
    func isSameText(as text: String) -> Bool {
        var text = text
        return text.withUTF8 { isSameText(as: TextSpan($0)) }
    }

    /// The texts of the non-empty spans, joined.
    static func joinedText(_ spans: some Sequence<TextSpan>) -> String {
        var result = ""
        for span in spans where !span.isEmpty { result += span.string }
        return result
    }
}
