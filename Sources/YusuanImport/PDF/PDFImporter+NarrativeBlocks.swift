import Foundation
import YusuanCore

extension PDFImporter {
    /// Every line of a PDF joined into narrative blocks (tables included, as running text), whatever its template:
    /// for reading the narrative of a PDF the importer cannot read yet, in tests and inspection.
    static func narrativeBlocks(data: Data, fileName: String, timeLimit: Double = 30) throws -> [NarrativeBlock] {
        let html = try PDFTextExtractor.extract(data, fileName: fileName, timeLimit: timeLimit)
        return PDFNarrative.blocks(of: PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html)))
    }
}
