import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

/// The facts of a revision as JSON text for the SQLite `facts` view: every amount once, by table, as written, with
/// its table's unit, in text any JSON reader (SQLite's `json_each`, Foundation) reads back to the same facts.
@Suite("Fact rows as JSON")
struct FactRowsJSONTests {
    /// What a JSON reader must find: one array per fact, by table then stored order.
    static func expectedRows(_ facts: [Fact], unit: (TableKind) -> AmountUnit) -> [[Any]] {
        FactPackTests.byTable(facts).map { fact in
            [
                fact.table.rawValue, fact.row, fact.rowKind.rawValue, fact.name, fact.column, fact.amount.plainText,
                unit(fact.table).rawValue,
            ]
        }
    }

    static func parsed(_ text: String) throws -> NSArray {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSArray)
    }

    @Test func seedsAndGeneratedDocumentsReadBackAsTheirFacts() throws {
        var documents = [try Seeds.services2024(), try Seeds.office2025()]
        documents += DisclosureGenerator.generate(count: 40, seed: 29)
        for document in documents {
            let facts = FactExtractor.facts(of: document)
            let unit = { (table: TableKind) in FactsView.unit(of: table, in: document) }
            let text = FactRowsJSON.encode(facts, unit: unit)
            #expect(try Self.parsed(text) == Self.expectedRows(facts, unit: unit) as NSArray)
            let decoded = try FactRowsJSON.decode(text)
            #expect(decoded.map(\.fact) == FactPackTests.byTable(facts))
            #expect(decoded.map(\.unit) == FactPackTests.byTable(facts).map { unit($0.table) })
        }
    }

    @Test func textThatNeedsEscapingAndExtremeAmountsSurvive() throws {
        let names = ["引号\"与\\反斜杠", "换行\n回车\r制表\t", "控制\u{01}\u{08}\u{0C}\u{1F}字符", "/斜杠/", ""]
        let facts = names.enumerated().flatMap { offset, name in
            [
                Fact(
                    table: .projectPerformance,
                    row: name,
                    rowKind: .project,
                    name: name,
                    column: name,
                    amount: Amount(minorUnits: .max, scale: 6)
                ),
                Fact(
                    table: .financialSummary,
                    row: "一、本年收入#\(offset + 2)",
                    rowKind: .label,
                    name: "一、本年收入",
                    column: "",
                    amount: Amount(minorUnits: offset == 0 ? .min + 1 : -Int64(offset), scale: offset)
                ),
            ]
        }
        let unit = { (table: TableKind) in table == .financialSummary ? AmountUnit.yuan : .tenThousandYuan }
        let text = FactRowsJSON.encode(facts, unit: unit)
        #expect(!text.contains("\n") && !text.contains("\u{01}"), "control characters are escaped")
        #expect(try Self.parsed(text) == Self.expectedRows(facts, unit: unit) as NSArray)
        let decoded = try FactRowsJSON.decode(text)
        #expect(decoded.map(\.fact) == FactPackTests.byTable(facts))
        #expect(decoded.map(\.unit) == FactPackTests.byTable(facts).map { unit($0.table) })
        #expect(FactRowsJSON.encode([], unit: unit) == "[]")
    }
}
