import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanStorage

/// Every amount of a generic table (a 决算's eight, beside its typed 一般公共预算财政拨款支出决算表) is a fact of
/// ``FactExtractor/genericFacts(of:)``: one per printed amount, each addressed once.
struct GenericFactTests {
    static func finalAccount(seed: UInt64, index: Int) throws -> Disclosure {
        let text = PublishedTextRenderer.render(DisclosureGenerator.finalAccount(seed: seed, index: index))
        return try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
    }

    @Test(arguments: [UInt64(2), 9])
    func aFinalAccountHasAFactPerPrintedAmount(seed: UInt64) throws {
        for index in 1...6 {
            let document = try Self.finalAccount(seed: seed, index: index)
            let generic = try #require(document.tables.additionalTables)
            let printed = generic.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.amounts.compactMap { $0 }.count } }
            let facts = FactExtractor.genericFacts(of: document)
            #expect(facts.count == printed)
            #expect(Set(facts.map { [$0.table, $0.row, $0.column] }).count == facts.count)
            // Amounts kept exactly, table by table.
            for table in generic {
                let expected = table.rows.flatMap { $0.amounts.compactMap { $0 } }.map(\.plainText).sorted()
                let got = facts.filter { $0.table == table.identifier }.map(\.amount.plainText).sorted()
                #expect(got == expected, "\(table.identifier)")
                #expect(
                    facts.filter { $0.table == table.identifier }.allSatisfy { $0.tableTitle == table.header.title }
                )
            }
            // The typed table stays among the typed facts; together the document's every amount is a fact.
            let typed = FactExtractor.facts(of: document)
            #expect(typed.allSatisfy { $0.table == .generalBudgetExpenditure })
            let prepared = try PreparedDocument(document)
            #expect(prepared.genericFacts == facts)
            #expect(prepared.facts.count == typed.count)
        }
    }

    @Test func twoSidedRowsAreKeyedBySide() throws {
        let document = try Self.finalAccount(seed: 2, index: 1)
        let facts = FactExtractor.genericFacts(of: document).filter { $0.table == "final-summary" }
        let columns = Set(facts.map(\.column))
        #expect(columns == ["收入 / 决算数", "支出 / 决算数"])
        #expect(facts.contains { $0.rowKind == .total })
        #expect(facts.allSatisfy { !$0.row.contains(" | ") })
        let basic = FactExtractor.genericFacts(of: document).filter { $0.table == "final-basic-expenditure" }
        #expect(basic.contains { $0.rowKind == .economic && $0.column == "人员经费" })
        #expect(basic.contains { $0.rowKind == .economic && $0.column == "公用经费" })
        let income = FactExtractor.genericFacts(of: document).filter { $0.table == "final-income" }
        #expect(income.contains { $0.rowKind == .function && $0.row.count == 7 })
        let incomeTable = try #require(document.tables.additionalTables?.first { $0.identifier == "final-income" })
        #expect(income.allSatisfy { $0.unit == incomeTable.header.unit ?? document.identity.unit })
    }

    /// A table without codes, a column printed twice and a row without a label: every amount still a fact, each
    /// address unique.
    @Test func repeatedLabelsAndColumnsStayApart() {
        var document = DisclosureGenerator.finalAccount(seed: 3, index: 2)
        let one = Amount(minorUnits: 100, scale: 2)
        let table = GenericTable(
            identifier: "jiangsu-09",
            header: TableHeader(caption: nil, title: "其他表", unitLine: "单位：元", unit: .yuan),
            columns: ["金额", "金额"],
            rows: [
                GenericRow(code: "", name: "甲", amounts: [one, one]),
                GenericRow(code: "", name: "甲", amounts: [one, nil]),
                GenericRow(code: "", name: "", amounts: [nil, one]),
                GenericRow(code: "", name: "合计", amounts: [one, one]),
            ]
        )
        document.tables.additionalTables = [table]
        let facts = FactExtractor.genericFacts(of: document)
        #expect(facts.count == 6)
        #expect(Set(facts.map { [$0.row, $0.column] }).count == 6)
        #expect(facts.map(\.row) == ["甲", "甲", "甲#2", "", "合计", "合计"])
        #expect(facts.map(\.column).prefix(2) == ["金额", "金额 (2)"])
        #expect(facts.allSatisfy { $0.unit == .yuan })
        #expect(facts.last?.rowKind == .total)
    }
}
