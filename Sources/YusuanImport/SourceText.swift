import YusuanCore

/// One line of the source text with its 1-based number.
///
/// The line and its cells are spans of the bytes of the one source text (see ``TextSpan``), the cells kept in the
/// import's ``TextArena``: reading a line allocates nothing, and a cell becomes a `String` only when the model keeps
/// it.
struct TextLine {
    var number: Int
    var text: TextSpan
    /// The tab-separated cells, each without surrounding spaces (empty for a line without tabs).
    let cells: CellRow
    /// Whether the line holds nothing but spaces.
    let isBlank: Bool

    /// A line whose cells and blankness the caller has already read (see ``splitLines(_:arena:)``).
    init(number: Int, text: TextSpan, cells: CellRow, isBlank: Bool) {
        self.number = number
        self.text = text
        self.cells = cells
        self.isBlank = isBlank
    }

    /// Reads the cells and blankness of a line of text (which is not split at line ends), keeping its cells in
    /// `arena`.
    init(number: Int, text: TextSpan, arena: TextArena) {
        let bytes = text.bytes
        var cells: [TextSpan] = []
        if bytes.firstIndex(of: 0x09) != nil {
            var cellStart = 0
            var index = 0
            while true {
                while index < bytes.count && bytes[index] != 0x09 { index += 1 }
                cells.append(text[ByteText.trimmedBounds(bytes, cellStart, index)])
                if index == bytes.count { break }
                index += 1
                cellStart = index
            }
        }
        self.init(
            number: number,
            text: text,
            cells: cells.isEmpty ? .empty : arena.row(cells),
            isBlank: ByteText.trimmedBounds(bytes, 0, bytes.count).isEmpty
        )
    }

    /// The line without surrounding spaces.
    var trimmed: String { trimmedText.string }

    /// The line without surrounding spaces, as a span of the source.
    var trimmedText: TextSpan { text.trimmed }

    /// Whether the line has at least one tab (a table row rather than running text).
    var isTableRow: Bool { !cells.isEmpty }
}

/// Splits the bytes of a text into numbered lines, accepting `\n`, `\r\n` and `\r` line ends.
///
/// One pass over the bytes finds the line ends and the tabs together; each line and cell is a span of `bytes`, valid
/// while they are, and the cells of all lines share one block of `arena`.
func splitLines(_ bytes: UnsafeBufferPointer<UInt8>, arena: TextArena) -> [TextLine] {
    // A line with tabs has one cell more than tabs: never more cells than twice the tabs.
    let store = arena.spanBlock(capacity: 2 * tabCount(bytes))
    var cellCount = 0
    var rowStart = 0
    var lines: [TextLine] = []
    lines.reserveCapacity(bytes.count / 32)
    let whole = TextSpan(bytes)
    var start = 0
    var cellStart = 0
    var index = 0
    var number = 1
    let count = bytes.count
    while true {
        // Find the next tab or line end (a byte below 0x0E), eight bytes at a time while there is none.
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < count && bytes[index] > 0x0D { index += 1 }
        let atEnd = index == count
        let byte: UInt8 = atEnd ? 0x0A : bytes[index]
        if byte == 0x09 {
            store[cellCount] = whole[ByteText.trimmedBounds(bytes, cellStart, index)]
            cellCount += 1
            index += 1
            cellStart = index
            continue
        }
        guard byte == 0x0A || byte == 0x0D else {
            index += 1
            continue
        }
        // A line ends at `index`.
        var cells = CellRow.empty
        if cellCount > rowStart {
            store[cellCount] = whole[ByteText.trimmedBounds(bytes, cellStart, index)]
            cellCount += 1
            cells = CellRow(UnsafeBufferPointer(rebasing: store[rowStart..<cellCount]))
            rowStart = cellCount
        }
        lines.append(
            TextLine(
                number: number,
                text: whole[start..<index],
                cells: cells,
                isBlank: ByteText.trimmedBounds(bytes, start, index).isEmpty
            )
        )
        if atEnd { break }
        number += 1
        index += (byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
        start = index
        cellStart = index
    }
    return lines
}

/// The number of tabs in the bytes, counted eight bytes at a time.
private func tabCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    if let base = bytes.baseAddress {
        while index + 8 <= bytes.count {
            // Tab bytes become zero; a zero byte is found exactly (no borrow between bytes) by the 0x7F form.
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ 0x0909_0909_0909_0909
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let zeros = ~(((word & low) &+ low) | word | low)
            // One bit per zero byte, at the bottom of its byte: multiplying adds them up in the top byte.
            count += Int(truncatingIfNeeded: ((zeros >> 7) &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
    }
    while index < bytes.count {
        if bytes[index] == 0x09 { count += 1 }
        index += 1
    }
    return count
}
