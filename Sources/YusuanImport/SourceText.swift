import YusuanCore

/// One line of the source text with its 1-based number.
///
/// The line and its cells are slices of the one source string: reading a line allocates nothing but the array of
/// its cells, and a cell becomes a `String` only when the model keeps it.
struct TextLine: Sendable {
    var number: Int
    var text: Substring
    /// The tab-separated cells, each without surrounding spaces (empty for a line without tabs).
    let cells: [Substring]
    /// Whether the line holds nothing but spaces.
    let isBlank: Bool

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        var cells: [Substring] = []
        var isBlank = true
        let utf8 = text.utf8
        let start = utf8.startIndex
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            isBlank = ByteText.trimmedBounds(bytes, 0, bytes.count).isEmpty
            guard let firstTab = bytes.firstIndex(of: 0x09) else { return }
            cells.reserveCapacity(8)
            var cellStart = 0
            var index = firstTab
            while true {
                let bounds = ByteText.trimmedBounds(bytes, cellStart, index)
                let lower = utf8.index(start, offsetBy: bounds.lowerBound)
                cells.append(text[lower..<utf8.index(lower, offsetBy: bounds.count)])
                if index == bytes.count { break }
                cellStart = index + 1
                index = cellStart
                while index < bytes.count && bytes[index] != 0x09 { index += 1 }
            }
        }
        if scanned == nil {
            // Not contiguous (a bridged string): read a native copy, whose slices index the same way.
            var copy = String(text)
            copy.makeContiguousUTF8()
            let line = TextLine(number: number, text: copy[...])
            cells = line.cells
            isBlank = line.isBlank
            self.text = line.text
        }
        self.cells = cells
        self.isBlank = isBlank
    }

    /// The line without surrounding spaces.
    var trimmed: String { String(trimmedText) }

    /// The line without surrounding spaces, as a slice of the source.
    var trimmedText: Substring { text.trimmedSlice }

    /// Whether the line has at least one tab (a table row rather than running text).
    var isTableRow: Bool { !cells.isEmpty }
}

/// Splits a text into numbered lines, accepting `\n`, `\r\n` and `\r` line ends.
func splitLines(_ text: String) -> [TextLine] {
    var copy = text
    copy.makeContiguousUTF8()
    let utf8 = copy.utf8
    let whole = copy[...]
    return utf8.withContiguousStorageIfAvailable { bytes in
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 40)
        var start = 0
        var index = 0
        var number = 1
        func append(_ end: Int) {
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let upper = utf8.index(lower, offsetBy: end - start)
            lines.append(TextLine(number: number, text: whole[lower..<upper]))
            number += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                append(index)
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        append(bytes.count)
        return lines
    } ?? []
}
