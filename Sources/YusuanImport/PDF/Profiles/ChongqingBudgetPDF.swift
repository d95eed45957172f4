import Foundation
import YusuanCore

/// The Chongqing district 部门预算 template in PDF (the seeds' template, and what `yusuan render --to pdf`
/// writes): the 情况说明, then 表一 财政拨款收支总表 … 表十一 项目绩效目标表 in 万元.
///
/// The PDF is turned back into the published text layout (``ChongqingPDFText``) and read by the text importer,
/// so tables, narrative facts and the identity are read exactly as from the text; the source lines of the model
/// and of errors are the PDF's lines (numbered from the top of page 1), and errors name the page. See docs/PDF.md.
enum ChongqingBudgetPDF {
    /// Whether the document is of this template: its 表一 is the 财政拨款收支总表 (one table is enough, so that a
    /// document cut off after 表一 gets a located error). The municipal variant (表一 部门收支总体情况表 …) and the
    /// other families are read by ``BudgetPDFBuilder``.
    static func matches(_ lines: [PDFLine]) -> Bool {
        // The caption is printed on some line: without one, no table needs to be located.
        guard lines.contains(where: { $0.compact.has("表一") }) else { return false }
        let (tables, _) = TableLocator(catalogue: .standard, lines: lines).locate()
        return tables.contains { $0.caption == "表一" && $0.concept.kind == .financialSummary }
    }

    static func importDocument(lines: [PDFLine], fileName: String) throws -> Disclosure {
        let text = try ChongqingPDFText(lines: lines, file: fileName)
        let disclosure: Disclosure
        do {
            disclosure = try PublishedTextImporter.importDocument(text: text.text, fileName: fileName)
        } catch let error as ImportError {
            throw located(error, in: text, file: fileName)
        }
        return withPDFLines(disclosure, text: text)
    }

    /// The text importer's error moved to the PDF line (and page) its text line came from.
    static func located(_ error: ImportError, in text: ChongqingPDFText, file: String) -> ImportError {
        let origin =
            text.origin(ofLine: error.line)
            ?? (1...max(error.line, 1)).reversed().lazy.compactMap { text.origin(ofLine: $0) }.first
        guard let origin else {
            return ImportError(error.code, file: file, line: 1, expected: error.expected, found: error.found)
        }
        return ImportError(
            error.code,
            file: file,
            line: origin.number,
            expected: error.expected,
            found: "\(error.found) (page \(origin.page))"
        )
    }

    /// The document with every source line (`line`, `titleLine`, `noteLine`, …) moved from the rebuilt text to
    /// the PDF line it came from.
    static func withPDFLines(_ disclosure: Disclosure, text: ChongqingPDFText) -> Disclosure {
        guard let data = try? JSONEncoder().encode(disclosure),
            let object = try? JSONSerialization.jsonObject(with: data),
            let moved = try? JSONSerialization.data(withJSONObject: relocating(object, text: text)),
            let result = try? JSONDecoder().decode(Disclosure.self, from: moved)
        else { return disclosure }
        return result
    }

    private static let sourceLineKeys: Set<String> = ["line", "titleLine", "noteLine", "budgetLine"]

    private static func relocating(_ value: Any, text: ChongqingPDFText) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, element) in dictionary {
                if sourceLineKeys.contains(key), let number = element as? Int {
                    result[key] = text.origin(ofLine: number)?.number ?? number
                } else {
                    result[key] = relocating(element, text: text)
                }
            }
            return result
        }
        if let array = value as? [Any] { return array.map { relocating($0, text: text) } }
        return value
    }
}

extension PDFImporter {
    /// The published text layout rebuilt from a Chongqing district budget PDF (what the text importer reads),
    /// for inspection and tests; nil when the PDF is of another template.
    public static func chongqingText(data: Data, fileName: String, timeLimit: Double = 30) throws -> String? {
        let html = try PDFTextExtractor.extract(data, fileName: fileName, timeLimit: timeLimit)
        let lines = PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html))
        guard ChongqingBudgetPDF.matches(lines) else { return nil }
        return try ChongqingPDFText(lines: lines, file: fileName).text
    }
}
