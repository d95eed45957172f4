import YusuanCore

/// One line of the source text with its 1-based number.
struct TextLine: Sendable {
    var number: Int
    var text: Substring

    /// Whether the line holds nothing but spaces.
    var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } }

    /// The line without surrounding spaces.
    var trimmed: String { text.trimmingSpaces() }

    /// The tab-separated cells, each without surrounding spaces.
    var cells: [String] { text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() } }

    /// Whether the line has at least one tab (a table row rather than running text).
    var isTableRow: Bool { text.contains("\t") }
}

/// Splits a text into numbered lines, accepting `\n`, `\r\n` and `\r` line ends.
func splitLines(_ text: String) -> [TextLine] {
    var lines: [TextLine] = []
    lines.reserveCapacity(512)
    var number = 1
    // `Character` treats "\r\n" as one character, so splitting on newlines handles all three endings.
    for piece in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
        lines.append(TextLine(number: number, text: piece))
        number += 1
    }
    return lines
}
