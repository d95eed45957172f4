import YusuanCore

extension PDFReadTable {
    /// The 合计 row and the coded rows of a coded table; a row with amounts but neither a code nor a 合计 label,
    /// or a code that is not of 3, 5 or 7 digits, is an error located at its line of `file`.
    func totalAndCodedRows(file: String) throws -> (total: PDFReadRow?, rows: [PDFReadRow]) {
        var total: PDFReadRow?
        var rows: [PDFReadRow] = []
        for row in self.rows {
            if row.code.isEmpty {
                if row.name.hasSuffix("合计") || row.name.hasSuffix("总计") {
                    total = row
                } else if row.hasAmounts {
                    throw ImportError(
                        .malformedTable,
                        file: file,
                        line: row.line,
                        expected: "a classification code (类 款 项) or 合计 before the amounts of \(spec.titleSuffix)",
                        found: ImportError.quote(row.name.isEmpty ? "amounts without a label" : row.name)
                    )
                }
                continue
            }
            guard ClassificationLevel(code: row.code) != nil else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: row.line,
                    expected: "a code of 3, 5 or 7 digits in \(spec.titleSuffix)",
                    found: "'\(row.code)'"
                )
            }
            rows.append(row)
        }
        return (total, rows)
    }
}
