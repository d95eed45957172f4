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

    /// The descriptor of the document in `data`, read from `fileName`, and for a PDF the text `pdftotext` gave for it,
    /// which ``PDFImporter/importDocument(extractedText:fileName:)`` imports again without running `pdftotext`
    /// (`nil` for every other format). The descriptor, or the error, is the one ``descriptor(data:fileName:)`` gives.
    /// - Throws: the ``ImportError`` that importing the document throws.
    public static func surveyKeepingPDFText(data: Data, fileName: String) throws -> (
        descriptor: PartDescriptor, pdfText: String?
    ) {
        guard case .pdf = try DocumentImporter.detectFormat(of: data, fileName: fileName) else {
            return (try descriptor(data: data, fileName: fileName), nil)
        }
        let text = try PDFTextExtractor.extract(data, fileName: fileName)
        let document = try PDFImporter.importDocument(bboxHTML: text, fileName: fileName)
        return (PartDescriptor(file: fileName, disclosure: document), text)
    }
}
