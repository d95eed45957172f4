import YusuanCore

/// `StringProtocol.contains(_:)` answered by bytes when that gives the same answer.
///
/// `contains` compares characters, by canonical equivalence, through the string-processing library, which costs
/// thousands of instructions per call. On plain texts (``isPlain(_:)``) every scalar is a character of its own and
/// equal only to itself, so a text contains another exactly when its bytes contain the other's bytes.
enum PlainTextSearch {
    /// Whether `text` contains `needle`, as `text.contains(needle)` answers.
    static func contains(_ text: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, isPlain(text), isPlain(needle) else { return text.contains(needle) }
        return text.has(needle)
    }

    /// Whether every scalar of the text is plain (``ScalarClass``): a character of its own, equal only to itself.
    static func isPlain(_ text: String) -> Bool { ScalarClass.isPlain(text) }
}
