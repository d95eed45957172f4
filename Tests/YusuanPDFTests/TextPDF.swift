import Foundation

/// PDFs with text placed word by word, written by the tests: a page of A4 (595 × 842 pt) whose words are drawn
/// with a font that is not embedded and maps each code to its Unicode character (CID = code point, ToUnicode
/// identity), so that `pdftotext` reads back exactly the words and boxes given — CJK characters 1 em wide, digits
/// half an em, `,` and `.` a quarter.
enum TextPDF {
    /// A word: its text, left x and top y in points (origin at the top left, as `pdftotext -bbox` gives them), and
    /// font size.
    struct Word {
        var text: String
        var x: Double
        var y: Double
        var size: Double

        init(_ text: String, x: Double, y: Double, size: Double = 10) {
            self.text = text
            self.x = x
            self.y = y
            self.size = size
        }
    }

    /// A PDF of the given pages.
    static func make(pages: [[Word]]) -> Data {
        var objects: [String] = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        func add(_ object: String) -> Int {
            objects.append(object)
            return objects.count
        }
        let cmap = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            1 beginbfrange
            <0000> <FFFF> <0000>
            endbfrange
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
        let toUnicode = add("<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream")
        let descriptor = add(
            "<< /Type /FontDescriptor /FontName /YusuanTest /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
                + "/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
        )
        let cidFont = add(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /YusuanTest /CIDSystemInfo << /Registry (Adobe) "
                + "/Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R /DW 1000 "
                + "/W [44 46 250 48 57 500] /CIDToGIDMap /Identity >>"
        )
        let font = add(
            "<< /Type /Font /Subtype /Type0 /BaseFont /YusuanTest /Encoding /Identity-H /DescendantFonts "
                + "[\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>"
        )
        var kids: [Int] = []
        for words in pages {
            let content = words.map { word in
                let hex = word.text.unicodeScalars.map { String(format: "%04X", $0.value) }.joined()
                let baseline = 842 - word.y - word.size
                return "BT /F1 \(word.size) Tf 1 0 0 1 \(word.x) \(baseline) Tm <\(hex)> Tj ET"
            }.joined(separator: "\n")
            let contents = add("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            kids.append(
                add(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 \(font) 0 R >> >> "
                        + "/Contents \(contents) 0 R >>"
                )
            )
        }
        objects[1] =
            "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        var data = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(data.count)
            data.append(Data("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = data.count
        var trailer = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { trailer += String(format: "%010d 00000 n \n", offset) }
        trailer += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(trailer.utf8))
        return data
    }
}
