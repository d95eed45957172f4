/// The 合计 row of a coded table (when it has one) followed by its rows: the order in which the rules that check
/// every row read them, without building an array of the rows.
struct CodedTotalAndRows: RandomAccessCollection, Sendable {
    private let storage: CodedRows.Storage

    init(_ storage: CodedRows.Storage) { self.storage = storage }

    var startIndex: Int { 0 }
    /// The rows and the 合计 row (kept after them in the storage).
    var endIndex: Int { storage.fields.count }

    subscript(index: Int) -> CodedRowView {
        precondition(index >= 0 && index < endIndex, "row out of range")
        let hasTotal = storage.fields.count > storage.rowCount
        guard hasTotal else { return CodedRowView(storage, position: index) }
        return CodedRowView(storage, position: index == 0 ? storage.rowCount : index - 1)
    }

    typealias Indices = Range<Int>
}
