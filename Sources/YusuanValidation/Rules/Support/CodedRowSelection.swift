/// Some rows of a coded table, in table order (the 类 rows of a ``CodedTableView``), read from the table's rows.
struct CodedRowSelection: RandomAccessCollection, Sendable {
    private let rows: CodedRows
    /// The positions of the selected rows in ``rows``.
    private let positions: [Int]

    init(_ rows: CodedRows, positions: [Int]) {
        self.rows = rows
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(index: Int) -> CodedRowView { rows[positions[index]] }

    typealias Indices = Range<Int>
}
