import YusuanCore

/// What the PDF importer knows about a template: how to recognise it and its tables.
struct PDFProfile: Sendable {
    var profile: TemplateProfile
    var kind: DocumentKind
    /// Compact texts (no spaces) of which one must occur in the document.
    var markers: [String]
    var tables: [PDFTableSpec]
    /// Narrative headings after which no table row can follow (the end of the last table).
    var endMarkers: [String]

    /// The profiles the PDF importer can read, most specific first.
    static let all: [PDFProfile] = [nationalFinalAccount]

    /// The profile of a document, from its text.
    static func detect(_ lines: [PDFLine]) -> PDFProfile? {
        let text = lines.prefix(4000).map(\.compact).joined(separator: "\n")
        return all.first { profile in profile.markers.contains { text.contains($0) } }
    }
}
