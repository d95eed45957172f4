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

    /// Whether every scalar of the text is one that forms a character on its own, whatever its neighbours, and has
    /// no canonical decomposition: ASCII other than the carriage return (which joins a following line feed),
    /// general punctuation (U+2010–U+2027), CJK punctuation (U+3000–U+3029, before the combining tone marks), the
    /// unified CJK ideographs (U+4E00–U+9FFF) and the fullwidth ASCII forms (U+FF01–U+FF5E).
    static func isPlain(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x0D, 0x0E..<0x80, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                continue
            default:
                return false
            }
        }
        return true
    }
}
