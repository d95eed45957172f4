/// The tab-separated cells of one line, indexed from 0: spans kept in the import's ``TextArena`` (a row is two
/// words and copying it retains nothing).
struct CellRow: RandomAccessCollection {
    var spans: UnsafeBufferPointer<TextSpan>

    init(_ spans: UnsafeBufferPointer<TextSpan>) {
        self.spans = spans
    }

    /// A row of no cells (a line without tabs).
    static var empty: CellRow { CellRow(UnsafeBufferPointer(start: nil, count: 0)) }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }

    subscript(index: Int) -> TextSpan { spans[index] }

    /// The cells as an array (to change them; see ``TextArena/row(_:)``).
    var array: [TextSpan] { Array(spans) }

    /// Whether two rows hold the same texts (as `[Substring] ==` compares them).
    func hasSameTexts(as other: CellRow) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0.isSameText(as: $1) }
    }
}
