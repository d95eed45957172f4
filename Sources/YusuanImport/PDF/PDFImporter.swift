import Foundation
import YusuanCore

/// Imports a published PDF through poppler's `pdftotext -bbox-layout`: recognises the template (Jiangsu,
/// Chongqing district, 部门决算, else the national-template family), rebuilds each table from word positions and keeps the rest as the narrative. See docs/PDF.md.
public enum PDFImporter {
    /// Whether the `pdftotext` tool is available (tests skip without it).
    public static var isAvailable: Bool { PDFTextExtractor.isAvailable }

    /// Imports a PDF.
    ///
    /// - Parameters:
    ///   - data: the bytes of the file (starting with `%PDF`).
    ///   - fileName: the name used in error messages.
    ///   - timeLimit: seconds `pdftotext` may run before it is killed.
    /// - Throws: ``ImportError`` when poppler is missing, or the PDF is encrypted, truncated, scanned (no text),
    ///   damaged, or of no known template.
    ///   - toolPath: the `pdftotext` to run instead of the one on `PATH`.
    public static func importDocument(
        data: Data,
        fileName: String,
        timeLimit: Double = 30,
        toolPath: String? = nil
    ) throws -> Disclosure {
        let html = try PDFTextExtractor.extract(data, fileName: fileName, timeLimit: timeLimit, toolPath: toolPath)
        return try importDocument(bboxHTML: html, fileName: fileName)
    }

    /// The lines of a PDF as rebuilt from word positions (one string per physical line, words separated by a
    /// tab when far apart), for inspection and tests.
    public static func lines(data: Data, fileName: String, timeLimit: Double = 30) throws -> [String] {
        let html = try PDFTextExtractor.extract(data, fileName: fileName, timeLimit: timeLimit)
        return PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html)).map(\.spaced)
    }

    /// The number of pages of a PDF as `pdftotext` sees them.
    public static func pageCount(data: Data, fileName: String, timeLimit: Double = 30) throws -> Int {
        let html = try PDFTextExtractor.extract(data, fileName: fileName, timeLimit: timeLimit)
        return PDFLayoutParser.pageCount(ofBBoxHTML: html)
    }

    /// Imports a PDF from the text `pdftotext -bbox-layout` gave for it (``DocumentSurvey/surveyKeepingPDFText(data:fileName:)``),
    /// exactly as ``importDocument(data:fileName:timeLimit:toolPath:)`` imports the PDF, without running `pdftotext` again.
    /// - Throws: ``ImportError`` as the import of the PDF would.
    public static func importDocument(extractedText html: String, fileName: String) throws -> Disclosure {
        try importDocument(bboxHTML: html, fileName: fileName)
    }

    static func importDocument(bboxHTML html: String, fileName: String) throws -> Disclosure {
        let pageCount = PDFLayoutParser.pageCount(ofBBoxHTML: html)
        let lines = PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html))
        guard !lines.isEmpty else {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "a PDF with a text layer",
                found: "no text on its \(pageCount) page\(pageCount == 1 ? "" : "s") (a scanned document? OCR it first)"
            )
        }
        if JiangsuBudgetBuilder.recognises(lines) {
            return try JiangsuBudgetBuilder(lines: lines, file: fileName).build()
        }
        if ChongqingBudgetPDF.matches(lines) {
            return try ChongqingBudgetPDF.importDocument(lines: lines, fileName: fileName)
        }
        if PDFProfile.detect(lines) != nil {
            return try FinalAccountBuilder(lines: lines, file: fileName).build()
        }
        return try BudgetPDFBuilder(lines: lines, file: fileName).build()
    }
}
