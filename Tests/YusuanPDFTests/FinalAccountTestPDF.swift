import Foundation

/// Small PDFs of positioned text for the 部门决算 tests: ASCII in Helvetica, Chinese in a CID font (`Identity-H`,
/// not embedded, with a `ToUnicode` map), which is all `pdftotext` needs to give each word with its box.
enum FinalAccountTestPDF {
    /// A piece of text at `x` points from the left and with its baseline `y` points from the top of an A4 landscape
    /// page (842 × 595).
    struct Text {
        var x: Double
        var y: Double
        var text: String
        var size: Double = 9
    }

    static let pageWidth = 842.0
    static let pageHeight = 595.0

    /// A PDF with one page per element of `pages`.
    static func make(pages: [[Text]]) -> Data {
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "",  // the page tree, once the pages are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [5 0 R] "
                + "/ToUnicode 7 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                + "/Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 "
                + "/Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>",
            stream(unicodeMap),
        ]
        var kids: [String] = []
        for page in pages {
            let contentNumber = objects.count + 2
            kids.append("\(objects.count + 1) 0 R")
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageWidth) \(pageHeight)] /Contents \(contentNumber) 0 R "
                    + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"
            )
            objects.append(stream(page.map(operators).joined(separator: "\n")))
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages.count) >>"
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    private static func stream(_ content: String) -> String {
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    /// The operators that draw a text: a literal string in Helvetica for ASCII, hex UTF-16 code units in the CID
    /// font otherwise (the `ToUnicode` map sends each code to the same code point).
    private static func operators(_ text: Text) -> String {
        let position = "\(text.x) \(pageHeight - text.y) Td"
        if text.text.unicodeScalars.allSatisfy(\.isASCII) {
            let escaped = text.text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            return "BT /F1 \(text.size) Tf \(position) (\(escaped)) Tj ET"
        }
        let hex = text.text.utf16.map { String(format: "%04X", $0) }.joined()
        return "BT /F2 \(text.size) Tf \(position) <\(hex)> Tj ET"
    }

    /// A `ToUnicode` CMap sending every two-byte code to the code point of the same value.
    private static let unicodeMap: String = {
        let ranges = (0...0xFF).map { String(format: "<%02X00> <%02XFF> <%02X00>", $0, $0, $0) }
        var map = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        for start in stride(from: 0, to: ranges.count, by: 100) {
            let chunk = ranges[start..<min(start + 100, ranges.count)]
            map += "\(chunk.count) beginbfrange\n\(chunk.joined(separator: "\n"))\nendbfrange\n"
        }
        map += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
        return map
    }()
}
