import Foundation
import GRDB
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

@testable import YusuanStorageSQLite

/// A database written before `v4-fact-packs` (one row per fact) is upgraded when opened: its facts are packed and
/// read back exactly as the fact rows gave them, and the `facts` view shows them.
@Suite("SQLite fact pack migration")
struct SQLiteFactPackMigrationTests {
    /// Writes documents the way the store did with the version 1 to 3 schema; the third revision has no facts.
    static func writeVersion3(_ documents: [PreparedDocument], path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v3-lineage")
        try queue.write { db in
            for document in documents {
                let key = document.key
                try db.execute(
                    sql: "INSERT OR IGNORE INTO department (region, code, name, name_year) VALUES (?, ?, ?, ?)",
                    arguments: [key.department.region, key.department.code, "部门", key.year]
                )
                let departmentID = try Int64.fetchOne(
                    db,
                    sql: "SELECT id FROM department WHERE region = ? AND code = ?",
                    arguments: [key.department.region, key.department.code]
                )
                let revisionID = try OldSQLiteRevision.insert(document, departmentID: departmentID, in: db)
                for (ordinal, fact) in document.facts.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO fact (revision_id, table_kind, ordinal, row_key, row_kind, row_name, column_name,
                                level, minor_units, scale)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            revisionID, fact.table.rawValue, ordinal, fact.row, fact.rowKind.rawValue, fact.name,
                            fact.column, fact.level?.rawValue, fact.amount.minorUnits, fact.amount.scale,
                        ]
                    )
                }
            }
        }
        try queue.close()
    }

    @Test func factRowsArePackedAndReadAsBefore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-v4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("v3.sqlite").path

        var documents = [try PreparedDocument(Seeds.services2024()), try PreparedDocument(Seeds.office2025())]
        var keys = Set(documents.map(\.key))
        for generated in DisclosureGenerator.generate(count: 6, seed: 41) {
            let document = try PreparedDocument(generated)
            if keys.insert(document.key).inserted { documents.append(document) }
        }
        // A revision without facts gets no pack and still reads as no facts.
        documents[2].facts = []
        try Self.writeVersion3(documents, path: path)

        let store = try SQLiteDisclosureStore(path: path)
        #expect(try await store.appliedMigrations() == SQLiteDisclosureStore.migrationNames)
        for document in documents {
            let revision = RevisionKey(disclosure: document.key, number: 1)
            #expect(try await store.facts(revision) == FactPackTests.byTable(document.facts))
        }
        let services = try #require(documents.first)
        let tables: Set<TableKind> = [.departmentExpenditure, .threePublicExpenditure]
        let region = try await store.latestFacts(
            region: services.key.department.region,
            year: services.key.year,
            kind: services.key.kind,
            tables: tables
        )
        // Every disclosure of the region and year, the generated ones of the same district included.
        let expected = documents.filter {
            $0.key.department.region == services.key.department.region && $0.key.year == services.key.year
                && $0.key.kind == services.key.kind
        }
        #expect(
            Dictionary(uniqueKeysWithValues: region.map { ($0.revision.disclosure, $0.facts) })
                == Dictionary(
                    uniqueKeysWithValues: expected.map { ($0.key, $0.facts.filter { tables.contains($0.table) }) }
                )
        )
        // The store goes on importing into the upgraded database.
        var changed = try Seeds.services2024()
        changed.narrative.title += "（修订）"
        let result = try await store.importDocument(PreparedDocument(changed))
        #expect(result.status == .revised)
        #expect(try await store.facts(result.revision) == FactPackTests.byTable(FactExtractor.facts(of: changed)))
        try await store.close()

        // The `facts` view (v5-facts-view) shows every amount of the upgraded revisions and of the new one, as
        // written, each with its unit.
        let queue = try DatabaseQueue(path: path)
        #expect(try await queue.read { db in try db.tableExists("fact") } == false)
        let (count, amounts) = try await queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") ?? -1,
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT department_code || '|' || table_number || '|' || row_code || '|' || column_name || '|' "
                        + "|| amount || '|' || unit FROM facts WHERE revision = 1"
                )
            )
        }
        #expect(count == documents.reduce(0) { $0 + $1.facts.count } + FactExtractor.facts(of: changed).count)
        let expectedAmounts = documents.flatMap { document in
            document.facts.map { fact in
                let unit = FactsView.unit(of: fact.table, in: document.disclosure).rawValue
                return "\(document.key.department.code)|\(fact.table.rawValue)|\(fact.row)|\(fact.column)|"
                    + "\(fact.amount.plainText)|\(unit)"
            }
        }
        #expect(amounts.sorted() == expectedAmounts.sorted())
        try queue.close()
    }
}
