import Foundation

/// Small PDFs written by the tests: a page without text (a “scanned” document) and an encrypted one.
enum MinimalPDF {
    /// A one-page PDF with no text layer; `encrypted` adds a Standard security handler whose password is unknown.
    static func make(encrypted: Bool = false) -> Data {
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 24 >>\nstream\n0 0 m 100 100 l S\nQ q\nendstream",
        ]
        if encrypted {
            let o = String(repeating: "A1", count: 32)
            let u = String(repeating: "5C", count: 32)
            objects.append("<< /Filter /Standard /V 1 /R 2 /O <\(o)> /U <\(u)> /P -3904 >>")
        }
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R"
        if encrypted {
            text += " /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        }
        text += " >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }
}
