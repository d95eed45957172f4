/// One file of a disclosure published as several files (the narrative in one PDF, the tables in another).
///
/// The lines of the parts are numbered through the document: the first part's lines keep their numbers, the
/// second part's continue after them (``firstLine``). A report maps a ``SourceLine`` back to its file and its
/// line there with ``Disclosure/part(containing:)``.
public struct DocumentPart: Sendable, Hashable, Codable {
    /// What a part holds.
    public enum Content: String, Sendable, Hashable, Codable {
        /// The narrative (情况说明) only.
        case narrative
        /// The tables only.
        case tables
        /// Narrative and tables.
        case whole
    }

    /// The file name as given on the command line or uploaded.
    public var file: String
    /// What the file holds.
    public var content: Content
    /// The document line of the file's line 1.
    public var firstLine: SourceLine
    /// The number of lines of the file.
    public var lineCount: Int

    public init(file: String, content: Content, firstLine: SourceLine, lineCount: Int) {
        self.file = file
        self.content = content
        self.firstLine = firstLine
        self.lineCount = lineCount
    }

    /// The line in the file of a document line of this part.
    public func fileLine(_ line: SourceLine) -> Int { line - firstLine + 1 }
}

extension Disclosure {
    /// The part a document line belongs to, when the document was joined from several files.
    public func part(containing line: SourceLine) -> DocumentPart? {
        parts?.first { line >= $0.firstLine && line < $0.firstLine + $0.lineCount }
    }

    /// Whether the document holds a narrative (a document read from a tables-only file does not).
    public var hasNarrativePart: Bool {
        guard let parts else { return true }
        return parts.contains { $0.content != .tables }
    }

    /// Whether the document holds its tables (a document read from a narrative-only file does not).
    public var hasTablesPart: Bool {
        guard let parts else { return true }
        return parts.contains { $0.content != .narrative }
    }
}
