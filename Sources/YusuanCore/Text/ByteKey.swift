/// A text compared and hashed by its UTF-8 bytes, for sets of texts whose bytes decide equality.
///
/// `String` compares by canonical equivalence and hashes the NFC form, which is slow for Chinese text. For plain
/// texts (``ScalarClass``: every scalar its own NFC form, and none combines), two texts are equal exactly when their
/// bytes are, so a set of such keys gives the same answer as a set of the strings. The caller keeps only plain
/// texts in one set (``ScalarClass/isPlain(_:)-(StringProtocol)``) or accepts the bytes as the test.
///
/// A shortcut (``TextShortcut/byteKey``): with `YUSUAN_PLAIN_TEXT=byteKey` keys compare and hash as the strings do,
/// and ``equal(_:_:)`` and ``WordList`` compare as `==` does.
public struct ByteKey: Hashable, Sendable {
    /// The text.
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (left: ByteKey, right: ByteKey) -> Bool {
        guard TextShortcut.byteKey.isEnabled else { return left.text == right.text }
        return left.text.isBytes(right.text)
    }

    public func hash(into hasher: inout Hasher) {
        guard TextShortcut.byteKey.isEnabled else { return hasher.combine(text) }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// `left == right` (canonical equivalence), decided by the bytes when they decide it: texts with the same bytes
    /// are equal, plain texts with different bytes are not; only other texts are compared as strings.
    public static func equal(_ left: String, _ right: String) -> Bool {
        guard TextShortcut.byteKey.isEnabled else { return left == right }
        if left.isBytes(right) { return true }
        if ScalarClass.isPlain(left) && ScalarClass.isPlain(right) { return false }
        return left == right
    }
}

/// A fixed list of words, each compared with a text as `==` compares them (canonical equivalence), by bytes when
/// the bytes decide (``ByteKey``): every word is checked to be plain once, when the list is made.
public struct WordList: Sendable, Hashable {
    /// The words, in order.
    public let words: [String]
    /// Whether every word is plain (``ScalarClass``).
    private let allPlain: Bool

    public init(_ words: [String]) {
        self.words = words
        allPlain = words.allSatisfy { ScalarClass.isPlain($0) }
    }

    /// The position of the first word that equals `text` (`==`).
    public func firstIndex(equalTo text: String) -> Int? {
        guard TextShortcut.byteKey.isEnabled else { return words.firstIndex { $0 == text } }
        // A word with the text's bytes is equal; when every word and the text are plain, no other word is, and
        // no earlier word is equal with other bytes.
        if allPlain {
            if let found = words.firstIndex(where: { text.isBytes($0) }) { return found }
            if ScalarClass.isPlain(text) { return nil }
        }
        return words.firstIndex { $0 == text }
    }

    /// Whether a word equals `text` (`==`).
    public func contains(_ text: String) -> Bool { firstIndex(equalTo: text) != nil }
}
