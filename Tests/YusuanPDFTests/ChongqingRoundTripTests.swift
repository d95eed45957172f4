import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanValidation

/// Documents of the Chongqing district template printed to PDF as `yusuan render --to pdf` does (HTML printed by
/// headless Chromium), read back with `pdftotext -bbox-layout` into the same model.
enum ChongqingPDF {
    static var canPrint: Bool { ChromiumPDFPrinter.isAvailable && PDFImporter.isAvailable }
    static let skipMessage =
        "chromium or pdftotext is not installed (apt-get install chromium fonts-noto-cjk poppler-utils)"

    static let seeds = [
        "2024-236-nanan-government-services-office.txt", "2025-202-nanan-district-government-office.txt",
    ]

    static func seed(_ name: String) throws -> Disclosure {
        let text = try String(decoding: PDFFixtures.seedData(name), as: UTF8.self)
        return try PublishedTextImporter.importDocument(text: text, fileName: name)
    }

    static func generated() -> [Disclosure] { DisclosureGenerator.generate(count: 3, seed: 20_261_123) }

    static func pdf(_ disclosure: Disclosure) throws -> Data {
        try ChromiumPDFPrinter.pdf(html: HTMLRenderer().render(disclosure))
    }

    static func pdf(html: String) throws -> Data { try ChromiumPDFPrinter.pdf(html: Data(html.utf8)) }

    /// Where two documents differ, as `path: left ≠ right`, over their canonical JSON. Source lines are left out
    /// (a PDF's lines are not the text's); strings are compared without spaces when `ignoringSpaces`.
    static func differences(_ left: Disclosure, _ right: Disclosure, ignoringSpaces: Bool) throws -> [String] {
        func object(_ disclosure: Disclosure) throws -> Any {
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(disclosure.withoutSourceLines()))
        }
        var result: [String] = []
        compare(try object(left), try object(right), path: "", ignoringSpaces: ignoringSpaces, into: &result)
        return result
    }

    private static func compare(
        _ left: Any,
        _ right: Any,
        path: String,
        ignoringSpaces: Bool,
        into result: inout [String]
    ) {
        if let left = left as? [String: Any], let right = right as? [String: Any] {
            for key in Set(left.keys).union(right.keys).sorted() {
                compare(
                    left[key] ?? NSNull(),
                    right[key] ?? NSNull(),
                    path: path + "." + key,
                    ignoringSpaces: ignoringSpaces,
                    into: &result
                )
            }
        } else if let left = left as? [Any], let right = right as? [Any] {
            if left.count != right.count { result.append("\(path): \(left.count) items ≠ \(right.count) items") }
            for (index, pair) in zip(left, right).enumerated() {
                compare(pair.0, pair.1, path: "\(path)[\(index)]", ignoringSpaces: ignoringSpaces, into: &result)
            }
        } else if let left = left as? String, let right = right as? String {
            let same =
                ignoringSpaces ? left.filter { !$0.isWhitespace } == right.filter { !$0.isWhitespace } : left == right
            if !same { result.append("\(path): '\(left)' ≠ '\(right)'") }
        } else if "\(left)" != "\(right)" {
            result.append("\(path): \(left) ≠ \(right)")
        }
    }

    /// The error findings of a report, as rule id and message.
    static func errors(_ disclosure: Disclosure) -> [String] {
        Validator().validate(disclosure).findings.filter { $0.severity == .error }.map {
            "\($0.ruleID): \($0.message.zh)"
        }.sorted()
    }
}

@Suite(.enabled(if: ChongqingPDF.canPrint, Comment(rawValue: ChongqingPDF.skipMessage)), .serialized)
struct ChongqingRoundTripTests {
    /// Every table cell and amount and the layout come back as in the model; the identity and the narrative
    /// (blocks and facts) as the published text layout of the model reads them (a generated model states facts the
    /// narrative readers word differently); the validator finds the same errors. Only source lines (the PDF's own
    /// now) differ, and spaces inside text where a line broke.
    func expectRoundTrip(_ original: Disclosure, name: String, exactSpaces: Bool = false) throws {
        let reference = try PublishedTextImporter.importDocument(
            text: PublishedTextRenderer.render(original),
            fileName: name
        )
        let pdf = try ChongqingPDF.pdf(original)
        let back = try PDFImporter.importDocument(data: pdf, fileName: name)
        let tableDifferences = try ChongqingPDF.differences(original, back, ignoringSpaces: true).filter {
            $0.hasPrefix(".tables") || $0.hasPrefix(".layout")
        }
        #expect(tableDifferences.isEmpty, "\(name): \(tableDifferences.prefix(20).joined(separator: "\n"))")
        let differences = try ChongqingPDF.differences(reference, back, ignoringSpaces: true)
        #expect(differences.isEmpty, "\(name): \(differences.prefix(20).joined(separator: "\n"))")
        if exactSpaces {
            // Where a line broke, the space is guessed from the text around it; for the seeds every guess is right.
            let exact = try ChongqingPDF.differences(reference, back, ignoringSpaces: false)
            #expect(exact.isEmpty, "\(name): \(exact.prefix(20).joined(separator: "\n"))")
        }
        #expect(back.identity == reference.identity)
        #expect(back.identity.profile == .chongqingDistrictBudget)
        #expect(back.narrative.facts.income != nil)
        #expect(back.narrative.facts.income?.amount == reference.narrative.facts.income?.amount)
        #expect(ChongqingPDF.errors(back) == ChongqingPDF.errors(reference))
        // Source lines point into the PDF: the title of 表一 is the PDF line that prints it.
        let lines = try PDFImporter.lines(data: pdf, fileName: name)
        let title = try #require(back.tables.financialSummary?.header)
        let titleLine = try #require(title.line)
        #expect(
            lines[titleLine - 1].replacingOccurrences(of: " ", with: "")
                == title.title.replacingOccurrences(of: " ", with: "")
        )
    }

    @Test(arguments: ChongqingPDF.seeds)
    func seedsRoundTrip(name: String) throws {
        try expectRoundTrip(
            try ChongqingPDF.seed(name),
            name: name.replacingOccurrences(of: ".txt", with: ".pdf"),
            exactSpaces: true
        )
    }

    @Test func generatedDocumentsRoundTrip() throws {
        for (index, document) in ChongqingPDF.generated().enumerated() {
            try expectRoundTrip(document, name: "generated-\(index).pdf")
        }
    }

    /// A table longer than a page (its header repeated at the top of the next page by the print stylesheet) and
    /// page numbers printed at the foot of pages, as published PDFs have them, read back to the same tables.
    @Test func tableOverPagesAndPageNumbers() throws {
        var document = try ChongqingPDF.seed(ChongqingPDF.seeds[1])
        var expenditure = try #require(document.tables.departmentExpenditure)
        for index in 1...45 {
            let code = "2299" + String(format: "%03d", index)
            let amount = Amount("\(index).\(String(format: "%02d", index))")
            expenditure.rows.append(
                FunctionRow(
                    code: code,
                    name: "其他支出（第\(index)项，名称较长以便在表中换行显示）",
                    amounts: ExpenditureSplit(
                        total: amount,
                        basic: index % 2 == 0 ? amount : nil,
                        project: index % 2 == 0 ? nil : amount
                    )
                )
            )
        }
        document.tables.departmentExpenditure = expenditure
        var html = HTMLRenderer().html(document)
        // A page number at the foot of the page before each table (every table starts a new page) and at the end.
        var number = 0
        var searchStart = html.startIndex
        while let section = html.range(of: "<section class=\"table ", range: searchStart..<html.endIndex) {
            number += 1
            let footer = "<p style=\"text-align:center\">- \(number) -</p>\n"
            html.insert(contentsOf: footer, at: section.lowerBound)
            searchStart = html.index(section.upperBound, offsetBy: footer.count)
        }
        html = html.replacingOccurrences(
            of: "</body>",
            with: "<p style=\"text-align:center\">第 \(number + 1) 页</p>\n</body>"
        )
        let pdf = try ChongqingPDF.pdf(html: html)
        let lines = try PDFImporter.lines(data: pdf, fileName: "long.pdf")
        #expect(lines.contains("- 3 -") && lines.contains("第 \(number + 1) 页"))
        // The header of 表八 is printed on more than one page.
        #expect(lines.filter { $0.replacingOccurrences(of: " ", with: "").hasPrefix("科目编码科目名称总计基本支出项目支出") }.count >= 2)
        let back = try PDFImporter.importDocument(data: pdf, fileName: "long.pdf")
        let differences = try ChongqingPDF.differences(document, back, ignoringSpaces: true).filter {
            $0.hasPrefix(".tables") || $0.hasPrefix(".layout") || $0.hasPrefix(".identity")
        }
        #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
        #expect(back.tables.departmentExpenditure?.rows.count == expenditure.rows.count)
        #expect(back.narrative.blocks.map(\.text) == document.narrative.blocks.map(\.text))
    }
}
