/// A departmental budget disclosure: identity, narrative (情况说明) and tables.
///
/// This is the model every other module reads and writes. It is a plain value: equal documents are equal
/// field by field, including source lines; use ``withoutSourceLines()`` to compare documents read from
/// different layouts.
public struct Disclosure: Sendable, Hashable, Codable {
    /// The version of the canonical JSON schema this value is serialized with.
    public static let schemaVersion = 1

    /// Who, which year, which kind, which unit.
    public var identity: DocumentIdentity
    /// The narrative with the facts stated in it.
    public var narrative: Narrative
    /// The tables.
    public var tables: DisclosureTables
    /// Layout choices of the source text.
    public var layout: LayoutStyle
    /// The files the document was joined from, when it was published as several (a narrative PDF and a tables
    /// PDF); `nil` for a document read from one file.
    public var parts: [DocumentPart]?

    public init(
        identity: DocumentIdentity,
        narrative: Narrative,
        tables: DisclosureTables,
        layout: LayoutStyle = .init(),
        parts: [DocumentPart]? = nil
    ) {
        self.identity = identity
        self.narrative = narrative
        self.tables = tables
        self.layout = layout
        self.parts = parts
    }
}
