/// The tab-separated cells of one line, indexed from 0: spans kept in the reading pass's ``TextArena`` (a row is two
/// words and copying it retains nothing).
public struct CellRow: RandomAccessCollection {
    @usableFromInline var spans: UnsafeBufferPointer<TextSpan>

    @inlinable
    init(_ spans: UnsafeBufferPointer<TextSpan>) {
        self.spans = spans
    }

    /// A row of no cells (a line without tabs).
    @inlinable
    public static var empty: CellRow { CellRow(UnsafeBufferPointer(start: nil, count: 0)) }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { spans.count }

    @inlinable public subscript(index: Int) -> TextSpan { spans[index] }

    /// The cells as an array (to change them; see ``TextArena/row(_:)``).
    public var array: [TextSpan] { Array(spans) }

    /// Whether two rows hold the same texts (as `[Substring] ==` compares them).
    public func hasSameTexts(as other: CellRow) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0.isSameText(as: $1) }
    }
}
