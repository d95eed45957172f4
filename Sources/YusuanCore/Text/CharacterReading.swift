import Foundation

/// A text read character by character at byte offsets, so that a reader's predicate is written once and runs on
/// either of two views: ``PlainCharacters`` (a text of plain scalars, where every character is one scalar and the
/// bytes answer) or ``StringCharacters`` (any text, where Swift's `Character`s answer).
///
/// The caller decides which view a text gets once — per document or per paragraph, from
/// ``TextSpan/isSingleScalarCharacters`` and the ``TextShortcut`` switch — not inside each predicate. Offsets are
/// byte offsets from the start of the text; every offset a view returns is a character boundary of that view.
public protocol CharacterReading {
    /// The UTF-8 bytes of the text.
    var bytes: TextSpan { get }

    /// The scalar of the character that starts at `offset` when that character is one scalar (canonically: as
    /// `Character`s compare); nil when it is several scalars (`e` and an enclosing mark) or `offset` is the end.
    func loneScalar(at offset: Int) -> Unicode.Scalar?

    /// The offset just after the character that starts at `offset` (before the end).
    func characterEnd(from offset: Int) -> Int

    /// The offset where the last character starts, nil for an empty text.
    func lastCharacterStart() -> Int?

    /// Whether the text from `offset` holds at most `count` characters.
    func hasAtMost(_ count: Int, charactersFrom offset: Int) -> Bool

    /// The text of the bytes `bounds` (character boundaries of this view), read as a text of its own.
    func subtext(_ bounds: Range<Int>) -> Self
}

/// A text all of whose scalars are plain (``TextSpan/isSingleScalarCharacters``): its characters are its scalars,
/// one byte (ASCII) or three, and are read from the bytes.
public struct PlainCharacters: CharacterReading {
    public let bytes: TextSpan

    /// The view of `bytes`, which must be single-scalar characters (the caller has checked it once for the text).
    @inlinable
    public init(_ bytes: TextSpan) {
        self.bytes = bytes
    }

    @inlinable
    public func loneScalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        // A plain scalar that is not ASCII has three bytes (see ``ScalarClass``).
        return Unicode.Scalar(
            UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        )
    }

    @inlinable
    public func characterEnd(from offset: Int) -> Int { offset + bytes.scalarLength(at: offset) }

    @inlinable
    public func lastCharacterStart() -> Int? { bytes.isEmpty ? nil : bytes.scalarStart(before: bytes.count) }

    @inlinable
    public func hasAtMost(_ count: Int, charactersFrom offset: Int) -> Bool {
        if bytes.count - offset <= count { return true }
        var index = offset
        var characters = 0
        while index < bytes.count {
            characters += 1
            if characters > count { return false }
            index += bytes.scalarLength(at: index)
        }
        return true
    }

    @inlinable
    public func subtext(_ bounds: Range<Int>) -> PlainCharacters { PlainCharacters(bytes[bounds]) }
}

/// Any text, read by its `Character`s (grapheme clusters, compared by canonical equivalence).
public struct StringCharacters: CharacterReading {
    public let text: Substring
    public let bytes: TextSpan

    /// The view of `text`, whose UTF-8 bytes are `bytes`.
    @inlinable
    public init(_ text: Substring, bytes: TextSpan) {
        self.text = text
        self.bytes = bytes
    }

    @inlinable
    func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

    /// The scalar of the character's canonical composition (NFC) when that is one scalar: characters compare by
    /// canonical equivalence, so `\u{F9D1}` is the character `六` and `\u{37E}` is `;`, and `e\u{301}` is `é`.
    @inlinable
    public func loneScalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let character = text[index(offset)]
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            ScalarClass.isPlain(scalar)
        {
            return scalar
        }
        return Self.composedScalar(of: character)
    }

    /// The one scalar of the canonical composition of `character`, nil when it has several.
    @usableFromInline
    static func composedScalar(of character: Character) -> Unicode.Scalar? {
        let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        guard let scalar = composed.first, composed.index(after: composed.startIndex) == composed.endIndex else {
            return nil
        }
        return scalar
    }

    @inlinable
    public func characterEnd(from offset: Int) -> Int { offset + text[index(offset)].utf8.count }

    @inlinable
    public func lastCharacterStart() -> Int? { text.last.map { bytes.count - $0.utf8.count } }

    @inlinable
    public func hasAtMost(_ count: Int, charactersFrom offset: Int) -> Bool {
        bytes.count - offset <= count || text[index(offset)...].dropFirst(count).isEmpty
    }

    @inlinable
    public func subtext(_ bounds: Range<Int>) -> StringCharacters {
        StringCharacters(text[index(bounds.lowerBound)..<index(bounds.upperBound)], bytes: bytes[bounds])
    }
}
