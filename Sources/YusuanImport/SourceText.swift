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

    /// A line whose cells and blankness the caller has already read (see ``splitLines(_:)``).
    init(number: Int, text: Substring, cells: [Substring], isBlank: Bool) {
        self.number = number
        self.text = text
        self.cells = cells
        self.isBlank = isBlank
    }

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
///
/// One pass over the bytes finds the line ends and the tabs together; each line and cell is then sliced once from
/// the whole text (the same slices `TextLine(number:text:)` makes).
func splitLines(_ text: String) -> [TextLine] {
    var copy = text
    copy.makeContiguousUTF8()
    let whole = copy[...]
    let utf8 = whole.utf8
    return utf8.withContiguousStorageIfAvailable { bytes in
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 40)
        var tabs: [Int] = []
        var start = 0
        var index = 0
        var number = 1
        func append(_ end: Int) {
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let line = whole[lower..<utf8.index(lower, offsetBy: end - start)]
            let isBlank = ByteText.trimmedBounds(bytes, start, end).isEmpty
            var cells: [Substring] = []
            if !tabs.isEmpty {
                tabs.append(end)
                cells.reserveCapacity(tabs.count)
                var cellStart = start
                for tab in tabs {
                    let bounds = ByteText.trimmedBounds(bytes, cellStart, tab)
                    cellStart = tab + 1
                    if bounds.isEmpty {
                        // Cells are read by their content only, so every empty cell can share one empty slice.
                        cells.append("")
                        continue
                    }
                    let cellLower = utf8.index(lower, offsetBy: bounds.lowerBound - start)
                    cells.append(whole[cellLower..<utf8.index(cellLower, offsetBy: bounds.count)])
                }
                tabs.removeAll(keepingCapacity: true)
            }
            lines.append(TextLine(number: number, text: line, cells: cells, isBlank: isBlank))
            number += 1
        }
        while index < bytes.count {
            // Skip eight bytes at a time while none of them is a tab or a line end (a byte below 0x0E).
            while index + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let low: UInt64 = 0x0E0E_0E0E_0E0E_0E0E
                let high: UInt64 = 0x8080_8080_8080_8080
                if (word &- low) & ~word & high != 0 { break }
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte > 0x0D {
                index += 1
            } else if byte == 0x0A || byte == 0x0D {
                append(index)
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                start = index
            } else {
                if byte == 0x09 { tabs.append(index) }
                index += 1
            }
        }
        append(bytes.count)
        return lines
    } ?? []
}
