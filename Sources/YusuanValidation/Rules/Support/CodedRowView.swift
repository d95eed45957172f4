import YusuanCore

/// One row of a coded table seen uniformly: code, name, amounts in column order, line.
///
/// A row is its table's storage (``CodedRows/Storage``) and a position, so that making and copying one retains a
/// single reference.
struct CodedRowView: Sendable {
    private let storage: CodedRows.Storage
    private let position: Int

    init(_ storage: CodedRows.Storage, position: Int) {
        self.storage = storage
        self.position = position
    }

    var code: String { storage.code(at: position) }
    var name: String { storage.name(at: position) }
    var line: SourceLine? { storage.line(at: position) }
    /// The code as an integer key (``DigitCode/key(_:)``) when it is made of digits (read once, when the table's
    /// rows are made).
    var codeKey: Int? { storage.fields[position].codeKey }
    /// The level the code implies (read once, when the table's rows are made).
    var level: ClassificationLevel? { storage.fields[position].level }

    /// The amounts in column order.
    var columns: CodedRowColumns {
        let fields = storage.fields[position]
        return CodedRowColumns(storage.amounts, start: fields.columnStart, count: fields.columnCount)
    }
}

extension CodedRowView {
    // A row made alone is the 合计 row of a table without rows, so that no array of rows is made.

    /// A row of its own (a 合计 row a rule reads from the model).
    init(_ row: FunctionRow) { self.init(CodedRows.Storage(function: [], total: row), position: 0) }

    /// A row of its own (a 合计 row a rule reads from the model).
    init(_ row: EconomicRow) { self.init(CodedRows.Storage(economic: [], total: row), position: 0) }

    /// A row of its own (a 合计 row a rule reads from the model), with blanks up to `sourceCount` sources.
    init(_ row: SourceBreakdownRow, sourceCount: Int) {
        self.init(CodedRows.Storage(sources: [], total: row, sourceCount: sourceCount), position: 0)
    }
}
