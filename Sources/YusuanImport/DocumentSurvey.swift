import Foundation
import YusuanCore

/// What the first pass over a batch needs of a document — whose disclosure of which year and kind it is, and what it
/// holds (``PartDescriptor``) — read for less than the whole import costs, and certain.
///
/// A published text (a budget or a 决算) is read as ``DocumentImporter`` reads it, all but the facts its narrative
/// states (`NarrativeFactExtractor`, about a quarter of the import of a generated document): the identity and the
/// content do not depend on them, and extracting them throws nothing, so the descriptor — or the error — is the one
/// the whole import gives. Canonical JSON, workbooks and PDFs are imported whole.
public enum DocumentSurvey {
    /// The descriptor of the document in `data`, read from `fileName`.
    /// - Throws: the ``ImportError`` that importing the document throws.
    public static func descriptor(data: Data, fileName: String) throws -> PartDescriptor {
        PartDescriptor(
            file: fileName,
            disclosure: try DocumentImporter.importDocument(data: data, fileName: fileName, extractingFacts: false)
        )
    }
}
