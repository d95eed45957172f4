import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The bundled classification catalogue knows every 支出功能分类 and 经济分类 code printed in the corpus PDFs
/// (real government documents, so their codes and names are the official ones of their year): rule C2 reports nothing.
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct ClassificationCoverageTests {
    /// The 2026 司法局 budget prints 2040613 信息化建设, which C2 reported as unknown before the catalogue covered the
    /// codes of the corpus (docs/CLASSIFICATION.md); the 2018 Jiangsu budget is checked against the 2018 codes.
    @Test(arguments: [
        PDFFixtures.shanghaiBudget, PDFFixtures.wanliBudget, PDFFixtures.finalAccount, PDFFixtures.jiangsuBudget,
        "shanghai-putuo-justice-2026-budget.pdf", "jiangsu-npc-office-2018-budget.pdf",
    ])
    func corpusCodesAreInTheCatalogue(_ fixture: String) throws {
        let document = try DocumentImporter.importDocument(data: PDFFixtures.data(fixture), fileName: fixture)
        let report = Validator().validate(document)
        let outcome = try #require(report.outcomes.first { $0.ruleID == "C2" })
        #expect(outcome.status == .passed, "\(fixture): \(outcome.findings.map(\.message.zh))")
        #expect(outcome.findings.isEmpty, "\(fixture): \(outcome.findings.map(\.message.zh))")
    }

    /// 20805 was renamed in 2020: the 2019 document's 行政事业单位离退休 is that year's official name, not an alias.
    @Test func renamedSectionUsesTheNameOfItsYear() throws {
        let catalogue = RuleCatalogue.standard.classification
        #expect(catalogue.entry(system: .function, code: "20805", year: 2019)?.name == "行政事业单位离退休")
        #expect(catalogue.entry(system: .function, code: "20805", year: 2023)?.name == "行政事业单位养老支出")
        #expect(catalogue.entry(system: .function, code: "2080504", year: 2019)?.name == "未归口管理的行政单位离退休")
        #expect(catalogue.entry(system: .function, code: "2080504", year: 2023) == nil)
    }
}
