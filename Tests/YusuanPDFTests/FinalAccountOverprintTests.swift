import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// Amounts printed twice over themselves (a duplicated text layer drawn with an offset, bold simulated by
/// overprinting) are read once; two different amounts in one cell stay an error. The PDFs are written by
/// ``FinalAccountTestPDF``: a cover and a 财政拨款收入支出决算总表 laid out as the national template prints it.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FinalAccountOverprintTests {
    typealias Text = FinalAccountTestPDF.Text

    static let cover: [Text] = [
        Text(x: 330, y: 200, text: "上海市测试局", size: 20), Text(x: 320, y: 240, text: "2024年度部门决算", size: 20),
    ]

    /// The title, unit line and header of 财政拨款收入支出决算总表.
    static let header: [Text] = [
        Text(x: 320, y: 60, text: "财政拨款收入支出决算总表", size: 14), Text(x: 740, y: 80, text: "单位：万元"),
        Text(x: 140, y: 100, text: "收入"), Text(x: 560, y: 100, text: "支出"),
        Text(x: 60, y: 118, text: "项目", size: 8), Text(x: 230, y: 118, text: "决算数", size: 8),
        Text(x: 330, y: 118, text: "项目", size: 8), Text(x: 460, y: 118, text: "合计", size: 8),
        Text(x: 510, y: 118, text: "一般公共预算财政拨款", size: 8), Text(x: 600, y: 118, text: "政府性基金预算财政拨款", size: 8),
        Text(x: 700, y: 118, text: "国有资本经营预算财政拨款", size: 8),
    ]

    /// The rows: left label and amount, right label, 合计 and 一般公共预算财政拨款 (`amount` in every cell but the
    /// 合计 of 本年支出合计, which is `expenditureTotal`).
    static func rows(amount: String = "754.75", expenditureTotal: String = "754.75") -> [Text] {
        let lines: [(String, String?, String, String?)] = [
            ("一、一般公共预算财政拨款", amount, "一、一般公共服务支出", amount),
            ("二、政府性基金预算财政拨款", nil, "二、外交支出", nil),
            ("三、国有资本经营预算财政拨款", nil, "三、国防支出", nil),
            ("本年收入合计", amount, "本年支出合计", expenditureTotal),
            ("年初财政拨款结转和结余", nil, "年末财政拨款结转和结余", nil),
            ("总计", amount, "总计", amount),
        ]
        var texts: [Text] = []
        for (index, line) in lines.enumerated() {
            let y = 140 + 20 * Double(index)
            texts.append(Text(x: 60, y: y, text: line.0))
            texts.append(Text(x: 330, y: y, text: line.2))
            if let left = line.1 { texts.append(Text(x: 236, y: y, text: left)) }
            if let right = line.3 {
                texts.append(Text(x: 456, y: y, text: right))
                texts.append(Text(x: 537, y: y, text: amount))
            }
        }
        return texts
    }

    /// Every text printed again `dx`, `dy` points away, as a second text layer.
    static func doubled(_ texts: [Text], dx: Double = 2, dy: Double = 1.5) -> [Text] {
        texts + texts.map { Text(x: $0.x + dx, y: $0.y + dy, text: $0.text, size: $0.size) }
    }

    static func importDocument(_ table: [Text]) throws -> Disclosure {
        let data = FinalAccountTestPDF.make(pages: [cover, table])
        return try DocumentImporter.importDocument(data: data, fileName: "overprint.pdf")
    }

    static func financialSummary(_ document: Disclosure) throws -> GenericTable {
        try #require(document.tables.additionalTables?.first { $0.identifier == "final-financial-summary" })
    }

    /// What pdftotext gives for the doubled page: each word twice, 2 pt to the right and 1.5 pt lower (the case of
    /// the two real documents that stopped at `754.75 beside 754.75`).
    @Test func thePDFHoldsEachWordTwice() throws {
        let data = FinalAccountTestPDF.make(pages: [Self.doubled(Self.header + Self.rows())])
        let lines = try PDFImporter.lines(data: data, fileName: "overprint.pdf")
        let amounts = lines.flatMap { $0.split(separator: " ") }.filter { $0 == "754.75" }
        #expect(amounts.count == 2 * 9)
    }

    /// The second layer 2 pt to the right and 1 or 1.5 pt lower (within and at the height at which poppler's words
    /// of one line are grouped).
    @Test(arguments: [1.0, 1.5])
    func aDuplicatedLayerIsReadOnce(dy: Double) throws {
        let single = try Self.financialSummary(Self.importDocument(Self.header + Self.rows()))
        let document = try Self.importDocument(Self.doubled(Self.header + Self.rows(), dy: dy))
        let table = try Self.financialSummary(document)
        #expect(table.rows.map(\.name) == single.rows.map(\.name))
        #expect(table.rows.map(\.amounts) == single.rows.map(\.amounts))
        #expect(table.header.title == "财政拨款收入支出决算总表")
        let first = try #require(table.rows.first)
        #expect(first.name == "一、一般公共预算财政拨款 | 一、一般公共服务支出")
        #expect(first.amounts == [Amount("754.75"), Amount("754.75"), Amount("754.75"), nil, nil])
        #expect(document.tables.readingIssues == nil)
        // The table balances: no arithmetic finding (the missing tables are F6's and R1's).
        let findings = Validator().validate(document).outcomes.flatMap(\.findings)
        #expect(findings.filter { ["F3", "F4"].contains($0.ruleID) }.isEmpty)
        #expect(findings.filter { $0.ruleID == "F6" }.count == 7)
    }

    /// Bold simulated by printing each amount three times, 1.6 pt apart (poppler keeps copies more than a tenth of
    /// the font size apart).
    @Test func overprintedBoldAmountsAreReadOnce() throws {
        let rows = Self.rows()
        let bold = rows.flatMap { text in
            text.text.first?.isNumber == true
                ? [
                    text, Text(x: text.x + 1.6, y: text.y, text: text.text),
                    Text(x: text.x + 3.2, y: text.y, text: text.text),
                ]
                : [text]
        }
        let table = try Self.financialSummary(Self.importDocument(Self.header + bold))
        let single = try Self.financialSummary(Self.importDocument(Self.header + rows))
        #expect(table.rows.map(\.amounts) == single.rows.map(\.amounts))
    }

    @Test func twoDifferentAmountsInOneCellStayAnError() throws {
        // The second layer prints 754.76 where the first prints 754.75 in the 合计 of 本年支出合计.
        let texts =
            Self.header + Self.rows()
            + Self.rows(expenditureTotal: "754.76").map {
                Text(x: $0.x + 2, y: $0.y + 1.5, text: $0.text, size: $0.size)
            }
        let error = try #require(throws: ImportError.self) { try Self.importDocument(texts) }
        #expect(error.code == .malformedTable)
        #expect(error.found.contains("754.76 beside 754.75") || error.found.contains("754.75 beside 754.76"))
        #expect(error.expected.contains("财政拨款收入支出决算总表"))
    }
}
