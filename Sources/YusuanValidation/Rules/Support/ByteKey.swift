import YusuanCore

/// A text compared and hashed by its UTF-8 bytes, for sets of texts whose bytes decide equality.
///
/// `String` compares by canonical equivalence and hashes the NFC form, which is slow for Chinese text. For texts
/// made only of characters that are their own NFC form and never combine (``isByteComparable(_:)``), two texts are
/// equal exactly when their bytes are, so a set of such keys gives the same answer as a set of the strings.
struct ByteKey: Hashable {
    let text: String

    static func == (left: ByteKey, right: ByteKey) -> Bool { sameBytes(left.text, right.text) }

    /// Whether two texts have the same UTF-8 bytes (``StringProtocol/isBytes(_:)``: the counts, then the
    /// contiguous bytes, without copying either text).
    static func sameBytes(_ left: String, _ right: String) -> Bool { left.isBytes(right) }

    /// Whether a text equals either of two literals (`==`, canonical equivalence), comparing bytes first. Both
    /// literals must be ``isByteComparable(_:)``: a byte-comparable text then equals one exactly when its bytes do,
    /// and only another text is compared as a string.
    static func text(_ text: String, isEither first: String, or second: String) -> Bool {
        if sameBytes(first, text) || sameBytes(second, text) { return true }
        if isByteComparable(text) { return false }
        return text == first || text == second
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether the text is plain (``ScalarClass``): every scalar its own NFC form that no mark combines with, so
    /// that canonical equivalence with another such text is byte equality.
    static func isByteComparable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isByteComparable)
    }

    /// ``isByteComparable(_:)`` of the text with these UTF-8 bytes.
    static func isByteComparable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scalarsAreComparable(bytes, plainName: false)
    }

    /// Whether ``ClassificationCatalogue/normalized(_:)`` leaves the text as it is and the text
    /// ``isByteComparable(_:)``, found in one pass: it has no space, tab, ASCII parenthesis or lead byte `E3` (which
    /// ``ClassificationCatalogue/needsNormalizing(_:)`` looks for) and only the scalars ``isByteComparable(_:)``
    /// accepts. Such a text is its own normalized form and is compared with another by its bytes.
    static func isPlainName(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { scalarsAreComparable($0, plainName: true) }
    }

    /// The one pass of ``isByteComparable(_:)`` and, with `plainName`, of ``isPlainName(_:)``, which also refuses a
    /// space, a tab, an ASCII parenthesis and every scalar with lead byte `E3`.
    @inline(__always)
    private static func scalarsAreComparable(_ bytes: UnsafeBufferPointer<UInt8>, plainName: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let length = ScalarClass.plainLength(bytes, at: index)
            guard length > 0 else { return false }
            if plainName {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x28 || byte == 0x29 || byte == 0xE3 { return false }
            }
            index += length
        }
        return true
    }
}
