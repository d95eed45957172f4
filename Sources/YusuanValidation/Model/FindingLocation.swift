import YusuanCore

/// Where a finding sits: a cell of a table, or a sentence of the narrative.
public struct FindingLocation: Sendable, Hashable, Codable {
    /// The table, for table findings.
    public var table: TableKind?
    /// The caption as printed (`表二`), or the template caption when the document prints none.
    public var caption: String?
    /// The row: its classification code (`2010301`), or its label (`合计`, `一般公共预算资金`).
    public var row: String?
    /// The column, by its Chinese header (`基本支出`).
    public var column: String?
    /// The 1-based line of the source text, when known.
    public var line: SourceLine?
    /// The narrative sentence, for narrative findings.
    public var sentence: String?

    /// Creates a location.
    public init(
        table: TableKind? = nil,
        caption: String? = nil,
        row: String? = nil,
        column: String? = nil,
        line: SourceLine? = nil,
        sentence: String? = nil
    ) {
        self.table = table
        self.caption = caption
        self.row = row
        self.column = column
        self.line = line
        self.sentence = sentence
    }

    /// A location in the narrative.
    public static func narrative(_ sentence: Sentence) -> FindingLocation {
        FindingLocation(line: sentence.line, sentence: sentence.text)
    }

    /// The location without a column (for row-level findings).
    public func withColumn(_ column: String?) -> FindingLocation {
        var copy = self
        copy.column = column
        return copy
    }
}
