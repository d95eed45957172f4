/// One line of a text with its 1-based number.
///
/// The line and its cells are spans of the bytes of the one text (see ``TextSpan``), the cells kept in the reading
/// pass's ``TextArena``: reading a line allocates nothing, and a cell becomes a `String` only when the model keeps
/// it.
public struct TextLine {
    public var number: Int
    public var text: TextSpan
    /// The tab-separated cells, each without surrounding spaces (empty for a line without tabs).
    public let cells: CellRow
    /// Whether the line holds nothing but spaces.
    public let isBlank: Bool

    /// A line whose cells and blankness the caller has already read (see ``splitLines(_:arena:)``).
    public init(number: Int, text: TextSpan, cells: CellRow, isBlank: Bool) {
        self.number = number
        self.text = text
        self.cells = cells
        self.isBlank = isBlank
    }

    /// Reads the cells and blankness of a line of text (which is not split at line ends), keeping its cells in
    /// `arena`.
    public init(number: Int, text: TextSpan, arena: TextArena) {
        let bytes = text.storage
        var cells: [TextSpan] = []
        if bytes.firstIndex(of: 0x09) != nil {
            var cellStart = 0
            var index = 0
            while true {
                while index < bytes.count && bytes[index] != 0x09 { index += 1 }
                cells.append(text[ByteSearch.trimmedBounds(bytes, cellStart, index)])
                if index == bytes.count { break }
                index += 1
                cellStart = index
            }
        }
        self.init(
            number: number,
            text: text,
            cells: cells.isEmpty ? .empty : arena.row(cells),
            isBlank: ByteSearch.trimmedBounds(bytes, 0, bytes.count).isEmpty
        )
    }

    /// The line without surrounding spaces.
    public var trimmed: String { trimmedText.string }

    /// The line without surrounding spaces, as a span of the source.
    public var trimmedText: TextSpan { text.trimmed }

    /// Whether the line has at least one tab (a table row rather than running text).
    public var isTableRow: Bool { !cells.isEmpty }
}

/// Splits the bytes of a text into numbered lines, accepting `\n`, `\r\n` and `\r` line ends.
///
/// One pass over the bytes finds the line ends and the tabs together; each line and cell is a span of `text`, valid
/// while it is, and the cells of all lines share one block of `arena`.
public func splitLines(_ text: TextSpan, arena: TextArena) -> [TextLine] {
    let bytes = text.storage
    var cells = CellWriter(arena: arena, capacity: max(64, bytes.count / 8))
    var lines: [TextLine] = []
    lines.reserveCapacity(bytes.count / 32)
    let whole = TextSpan(bytes)
    var start = 0
    var cellStart = 0
    var index = 0
    var number = 1
    let count = bytes.count
    guard let base = bytes.baseAddress else {
        return [TextLine(number: 1, text: whole, cells: .empty, isBlank: true)]
    }
    while true {
        // Find the next tab or line end (a byte below 0x0E), eight bytes at a time: the lowest mark of the word is
        // on the first such byte (a borrow only runs up from a byte below 0x0E, so the marks under it are exact).
        // (`index` never passes `count`, so the sums cannot overflow: unchecked arithmetic.)
        var byte: UInt8 = 0x0A
        var atEnd = true
        scan: do {
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let marks = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
                if marks != 0 {
                    index &+= marks.trailingZeroBitCount &>> 3
                    byte = base[index]
                    atEnd = false
                    break scan
                }
                index &+= 8
            }
            while index < count {
                let next = base[index]
                if next <= 0x0D {
                    byte = next
                    atEnd = false
                    break scan
                }
                index &+= 1
            }
        }
        if byte == 0x09 {
            cells.append(cell(base, ByteSearch.trimmedBounds(bytes, cellStart, index)))
            index &+= 1
            cellStart = index
            continue
        }
        guard byte == 0x0A || byte == 0x0D else {
            index &+= 1
            continue
        }
        // A line ends at `index`.
        var row = CellRow.empty
        if cells.hasOpenRow {
            cells.append(cell(base, ByteSearch.trimmedBounds(bytes, cellStart, index)))
            row = cells.closeRow()
        }
        lines.append(
            TextLine(
                number: number,
                text: TextSpan(UnsafeBufferPointer(start: base + start, count: index &- start)),
                cells: row,
                isBlank: ByteSearch.isBlank(bytes, start, index)
            )
        )
        if atEnd { break }
        number &+= 1
        index &+= (byte == 0x0D && index &+ 1 < count && base[index &+ 1] == 0x0A) ? 2 : 1
        start = index
        cellStart = index
    }
    return lines
}

/// The span of `base[bounds]` (bounds within the bytes being split).
@inline(__always)
private func cell(_ base: UnsafePointer<UInt8>, _ bounds: Range<Int>) -> TextSpan {
    TextSpan(UnsafeBufferPointer(start: base + bounds.lowerBound, count: bounds.count))
}

/// Writes the cells of the lines one after another into blocks of a ``TextArena``, a row at a time.
private struct CellWriter {
    let arena: TextArena
    var block: UnsafeMutableBufferPointer<TextSpan>
    var count = 0
    var rowStart = 0

    init(arena: TextArena, capacity: Int) {
        self.arena = arena
        self.block = arena.spanBlock(capacity: capacity)
    }

    /// Whether cells were appended since the last row was closed.
    var hasOpenRow: Bool { count > rowStart }

    @inline(__always)
    mutating func append(_ cell: TextSpan) {
        if count == block.count { grow() }
        block[count] = cell
        count += 1
    }

    /// The cells appended since the last row was closed, as a row.
    mutating func closeRow() -> CellRow {
        let row = CellRow(UnsafeBufferPointer(rebasing: block[rowStart..<count]))
        rowStart = count
        return row
    }

    /// Moves the open row to a block twice as large (the closed rows stay where they are, in the arena).
    private mutating func grow() {
        let larger = arena.spanBlock(capacity: 2 * block.count)
        let open = count - rowStart
        for offset in 0..<open { larger[offset] = block[rowStart + offset] }
        block = larger
        rowStart = 0
        count = open
    }
}
