/// `StringProtocol.contains(_:)` answered by bytes when that gives the same answer.
///
/// `contains` compares characters, by canonical equivalence, through the string-processing library, which costs
/// thousands of instructions per call. On plain texts (``ScalarClass``) every scalar is a character of its own and
/// equal only to itself, so a text contains another exactly when its bytes contain the other's bytes.
///
/// A shortcut (``TextShortcut/plainTextSearch``): with `YUSUAN_PLAIN_TEXT=plainTextSearch` every search is
/// `contains`.
public enum PlainTextSearch {
    /// Whether `text` contains `needle`, as `text.contains(needle)` answers.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        guard TextShortcut.plainTextSearch.isEnabled, !needle.isEmpty, ScalarClass.isPlain(text),
            ScalarClass.isPlain(needle)
        else { return text.contains(needle) }
        return text.has(needle)
    }
}
