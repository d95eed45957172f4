import YusuanCore

/// One line of the source text with its 1-based number.
struct TextLine: Sendable {
    var number: Int
    var text: Substring
    /// The tab-separated cells, each without surrounding spaces (empty for a line without tabs).
    let cells: [String]

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        self.cells = TextLine.splitCells(text)
    }

    /// The tab-separated cells of a line, trimmed; empty when the line has no tab.
    private static func splitCells(_ text: Substring) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes -> [String] in
            guard bytes.contains(0x09) else { return [] }
            var cells: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x09 {
                cells.append(String.trimmingSpaces(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index])))
                start = index + 1
            }
            return cells
        }
    }

    /// Whether the line holds nothing but spaces.
    var isBlank: Bool { text.trimmingSpaces().isEmpty }

    /// The line without surrounding spaces.
    var trimmed: String { text.trimmingSpaces() }

    /// Whether the line has at least one tab (a table row rather than running text).
    var isTableRow: Bool { !cells.isEmpty }
}

/// Splits a text into numbered lines, accepting `\n`, `\r\n` and `\r` line ends.
func splitLines(_ text: String) -> [TextLine] {
    var copy = text
    let offsets: [(start: Int, end: Int)] = copy.withUTF8 { bytes in
        var result: [(start: Int, end: Int)] = []
        result.reserveCapacity(bytes.count / 40)
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                result.append((start, index))
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        result.append((start, bytes.count))
        return result
    }
    let utf8 = copy.utf8
    var lines: [TextLine] = []
    lines.reserveCapacity(offsets.count)
    for (number, range) in offsets.enumerated() {
        let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.end)
        lines.append(TextLine(number: number + 1, text: copy[lower..<upper]))
    }
    return lines
}
