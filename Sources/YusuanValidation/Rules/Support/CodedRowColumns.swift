import YusuanCore

/// The amounts of a coded row in column order, read in place from the amounts of its table (``CodedRows``)
/// without building an array per row: 总计 and its two parts in 表二/三/五/八; 总计, the sources and blanks up to
/// the table's source columns in 表七/九.
struct CodedRowColumns: RandomAccessCollection, Sendable {
    /// The amounts of every row of the table, row after row.
    private let amounts: [Amount?]
    /// Where the row's amounts start in ``amounts``.
    private let start: Int
    let endIndex: Int

    init(_ amounts: [Amount?], start: Int, count: Int) {
        self.amounts = amounts
        self.start = start
        endIndex = count
    }

    var startIndex: Int { 0 }

    subscript(column: Int) -> Amount? {
        precondition(column >= 0 && column < endIndex, "column out of range")
        return amounts[start + column]
    }

    typealias Indices = Range<Int>
}
