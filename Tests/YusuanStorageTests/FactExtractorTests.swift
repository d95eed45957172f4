import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

/// ``FactExtractor`` gives the facts of ``ReferenceFactExtractor`` (the extraction before it visited the tables in
/// order instead of sorting): the same rows, keys, columns and amounts in the same order.
struct FactExtractorTests {
    @Test func seedsGiveTheReferenceFacts() throws {
        for document in [try Seeds.services2024(), try Seeds.office2025()] {
            #expect(FactExtractor.facts(of: document) == ReferenceFactExtractor.facts(of: document))
        }
    }

    @Test(arguments: [UInt64(3), 77])
    func generatedDocumentsGiveTheReferenceFacts(seed: UInt64) {
        for document in DisclosureGenerator.generate(count: 150, seed: seed) {
            #expect(FactExtractor.facts(of: document) == ReferenceFactExtractor.facts(of: document))
        }
    }

    /// Labels, codes and project names printed twice get `#2`, `#3` … as before, each side of a table counted apart.
    @Test func repeatedRowsGetTheReferenceKeys() throws {
        var document = try Seeds.office2025()
        var tables = document.tables
        if let lines = tables.financialSummary?.lines { tables.financialSummary?.lines = lines + lines + lines }
        if let lines = tables.departmentSummary?.lines { tables.departmentSummary?.lines = lines + lines }
        if let rows = tables.generalBudgetExpenditure?.rows { tables.generalBudgetExpenditure?.rows = rows + rows }
        if let rows = tables.generalBudgetBasicExpenditure?.rows {
            tables.generalBudgetBasicExpenditure?.rows = rows + rows
        }
        if let rows = tables.departmentIncome?.rows { tables.departmentIncome?.rows = rows + rows }
        if let rows = tables.procurement?.rows { tables.procurement?.rows = rows + rows + rows }
        tables.projectPerformance += tables.projectPerformance
        document.tables = tables
        let facts = FactExtractor.facts(of: document)
        #expect(facts == ReferenceFactExtractor.facts(of: document))
        #expect(facts.contains { $0.row.hasSuffix("#2") })
        #expect(facts.contains { $0.table == .financialSummary && $0.row.hasSuffix("#3") })
        #expect(Set(facts.map(\.address)).count == facts.count)
    }
}
