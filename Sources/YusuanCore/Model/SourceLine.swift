/// Where a value came from in the source document: a 1-based line number.
///
/// The table, row and column of a value are given by where the value sits in the model (a row of a
/// table, a column of that row); `line` completes that with the physical line of the source text. It is
/// `nil` for values that were not read from a text (built in code, generated, or read from a workbook).
public typealias SourceLine = Int
