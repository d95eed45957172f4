import Foundation
import YusuanRender

/// Prints an HTML page to PDF with headless Chromium; the printing lives in YusuanRender
/// (``ChromiumPDFPrinter``) so that tests can print PDFs too.
enum PDFPrinter {
    typealias Failure = ChromiumPDFPrinter.Failure

    /// The message printed when no Chromium is installed.
    static let missingChromium = ChromiumPDFPrinter.missingChromium

    /// The first Chromium executable on PATH (or in `$CHROMIUM`).
    static func chromiumPath() -> String? { ChromiumPDFPrinter.chromiumPath() }

    /// The PDF of an HTML page.
    static func pdf(html: Data) throws -> Data { try ChromiumPDFPrinter.pdf(html: html) }
}
