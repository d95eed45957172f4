import Foundation
import Testing
import YusuanCore

@testable import YusuanImport

/// How `yusuan coverage` matches printed amounts with the model's.
struct AmountCoverageTests {
    /// The same value in two rows: each printed word takes the model amount on the nearest row, so the count does
    /// not depend on the order the model's amounts were collected in (it changed from run to run before).
    @Test(arguments: [[14, 10], [10, 14]])
    func aPrintedAmountTakesTheNearestRow(_ lines: [Int]) {
        let empty = Disclosure(
            identity: DocumentIdentity(departmentCode: nil, departmentName: "", year: 2026),
            narrative: Narrative(title: "", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables()
        )
        var model = PDFAmountCoverage.ModelAmounts(empty)
        model.tableAmounts["5.5"] = lines
        let found = [10, 18, 12].map { model.consume(PDFAmountCoverage.Printed(text: "5.50", line: $0, inText: false)) }
        #expect(found == [true, true, false])
    }

    /// A bound is a target or a threshold, not an amount: `不少于 2000 万元`, `超过 4000 亿元`, `20万元（含）以上`.
    @Test(arguments: [
        ("农经处不少于 2000 万元", true), ("重点项目投资超过 4000 亿元", true), ("单价20万元（含）以上的设备", true),
        ("单位价值100万元以上的设备", true), ("力争当年完成投资 4000 亿元以上", true), ("事业收入391万元。", false),
        ("会议费预算 174.6 万元，较上年", false),
    ])
    func boundsAreNoAmounts(_ text: String, _ isBound: Bool) throws {
        let characters = Array(text)
        let start = try #require(characters.firstIndex { $0.isASCII && $0.isNumber })
        var end = start
        while end < characters.count, characters[end].isASCII && (characters[end].isNumber || characters[end] == ".") {
            end += 1
        }
        var unit = end
        while characters[unit] == " " { unit += 1 }
        unit += characters[unit] == "元" ? 1 : 2
        #expect(PDFAmountCoverage.isBound(characters, number: start..<end, unit: unit) == isBound)
    }

    /// On the corpus: Xi'an's work targets (`不少于 10.4 亿元`) and equipment threshold (`单价 20 万元以上`) are not
    /// counted, and a page number printed between an amount and its unit (`11700.63` / `8` / `万元`) is no digit of it.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func boundsAndPageNumbersOnTheCorpus() throws {
        func printed(_ name: String) throws -> [String] {
            let data = try PDFFixtures.data(name)
            let document = try DocumentImporter.importDocument(data: data, fileName: name)
            return try PDFAmountCoverage.measure(data: data, fileName: name, document: document).printed.map(\.text)
        }
        let xian = try printed("xian-development-reform-2019-budget.pdf")
        #expect(!xian.contains("10.4") && !xian.contains("4000") && !xian.contains("20"))
        #expect(xian.contains("203091.65"))
        let jiangsu = try printed("jiangsu-party-office-2019-budget-narrative.pdf")
        #expect(!jiangsu.contains("11700.638"))
        #expect(jiangsu.filter { $0 == "11700.63" }.count == 4)
    }
}
