import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

@testable import YusuanStorageSQLite

/// The SQLite store's packed facts give back exactly the facts packed, grouped by table as the queries order them.
@Suite("Fact packs")
struct FactPackTests {
    /// The facts in the order the fact rows were read: by table, then stored order.
    static func byTable(_ facts: [Fact]) -> [Fact] {
        facts.enumerated().sorted { ($0.element.table.rawValue, $0.offset) < ($1.element.table.rawValue, $1.offset) }
            .map(\.element)
    }

    static func decode(_ bytes: [UInt8], tables: Set<TableKind>? = nil) throws -> [Fact] {
        try bytes.withUnsafeBytes { try FactPack.decode($0, tables: tables) }
    }

    @Test func seedsAndGeneratedDocumentsRoundTrip() throws {
        var documents = [try Seeds.services2024(), try Seeds.office2025()]
        documents += DisclosureGenerator.generate(count: 60, seed: 17)
        for document in documents {
            let facts = FactExtractor.facts(of: document)
            let bytes = FactPack.encode(facts)
            #expect(try Self.decode(bytes) == Self.byTable(facts))
            for table in Set(facts.map(\.table)) {
                #expect(try Self.decode(bytes, tables: [table]) == facts.filter { $0.table == table })
            }
            #expect(try Self.decode(bytes, tables: []).isEmpty)
        }
    }

    @Test func tablesOutOfOrderAreGroupedAndEveryAmountSurvives() throws {
        let facts = [
            Fact(
                table: .departmentExpenditure,
                row: "2010301",
                rowKind: .function,
                name: "行政运行",
                column: "合计",
                amount: Amount(minorUnits: .max, scale: 6)
            ),
            Fact(
                table: .financialSummary,
                row: "一、本年收入",
                rowKind: .label,
                name: "一、本年收入",
                column: "",
                amount: Amount(minorUnits: .min, scale: 0)
            ),
            Fact(
                table: .departmentExpenditure,
                row: "合计",
                rowKind: .total,
                name: "合计",
                column: "合计",
                amount: Amount(minorUnits: -1, scale: 2)
            ),
            Fact(
                table: .financialSummary,
                row: "A",
                rowKind: .procurement,
                name: "货物",
                column: "金额",
                amount: Amount(minorUnits: 0, scale: 1)
            ),
        ]
        #expect(try Self.decode(FactPack.encode(facts)) == [facts[1], facts[3], facts[0], facts[2]])
        #expect(try Self.decode(FactPack.encode([])).isEmpty)
    }

    @Test func damagedPacksAreReportedAsCorrupt() throws {
        let bytes = FactPack.encode(FactExtractor.facts(of: try Seeds.office2025()))
        for damaged in [[], [2], Array(bytes.dropLast()), bytes + [0], [1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]] {
            #expect(throws: StorageError.self) { try Self.decode(damaged) }
        }
    }
}
