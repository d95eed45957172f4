import Foundation
import YusuanCore

@testable import YusuanImport

/// The narrative blocks of a corpus PDF as the PDF importers make them (every line outside no table: the whole
/// text), for the files the importer cannot read yet too.
enum NarrativeBlocks {
    static func of(_ name: String) throws -> [NarrativeBlock] {
        let data = try PDFFixtures.data(name)
        let html = try PDFTextExtractor.extract(data, fileName: name)
        return PDFNarrative.blocks(of: PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html)))
    }

    /// The facts the sentence-level reader reads from those blocks.
    static func facts(_ name: String) throws -> NarrativeFacts {
        PDFNarrativeFacts.extract(from: try of(name))
    }
}
