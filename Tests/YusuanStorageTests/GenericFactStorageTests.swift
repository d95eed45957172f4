import Foundation
import GRDB
import PostgresNIO
import Testing
import YusuanCore
import YusuanImport
import YusuanPostgresSupport
import YusuanStorage
import YusuanTestSupport

@testable import YusuanStoragePostgres
@testable import YusuanStorageSQLite

/// A stored 决算 shows every printed amount of all its tables in the `facts` view — its typed table's and its generic
/// tables' (``GenericFact``) — in SQLite and PostgreSQL, in `db export` and after the migration of an older store.
@Suite("generic facts stored", .serialized)
struct GenericFactStorageTests {
    /// The printed amounts of a document's generic tables, counted from the tables themselves.
    static func printedGenericAmounts(_ document: Disclosure) -> Int {
        (document.tables.additionalTables ?? []).reduce(0) { count, table in
            count + table.rows.reduce(0) { $0 + $1.amounts.compactMap { $0 }.count }
        }
    }

    /// The identifier and printed title of each generic table that prints an amount (a table of 本部门无此项 prints
    /// none).
    static func tablesWithAmounts(_ document: Disclosure) -> Set<[String]> {
        Set(
            (document.tables.additionalTables ?? []).filter { $0.rows.contains { $0.amounts.contains { $0 != nil } } }
                .map { [$0.identifier, $0.header.title] }
        )
    }

    /// The printed amounts of all the document's tables: its typed tables' (one fact each) and its generic tables'.
    static func printedAmounts(_ document: Disclosure) -> Int {
        FactExtractor.facts(of: document).count + printedGenericAmounts(document)
    }

    @Test func sqliteFactsViewCountsEveryAmountOfAFinalAccount() async throws {
        let path = try TemporaryDatabase.sqlitePath(prefix: "yusuan-generic-facts")
        defer { TemporaryDatabase.removeSQLite(at: path) }
        let document = try GenericFactTests.finalAccount(seed: 2, index: 1)
        let printed = Self.printedAmounts(document)
        #expect(Self.printedGenericAmounts(document) > 0)
        let store = try SQLiteDisclosureStore(path: path)
        _ = try await store.importDocument(try PreparedDocument(document))
        try await store.close()

        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let (count, generic, titles) = try await queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM facts WHERE table_number IS NULL") ?? -1,
                try GRDB.Row.fetchAll(
                    db,
                    sql: "SELECT DISTINCT table_id, table_name FROM facts WHERE table_number IS NULL"
                )
                .map { [$0[0] as String, $0[1] as String] }
            )
        }
        print("a stored 决算: \(count) rows in facts (\(generic) of generic tables, \(printed) printed amounts)")
        #expect(count == printed)
        #expect(generic == Self.printedGenericAmounts(document))
        #expect(Set(titles) == Self.tablesWithAmounts(document))
    }

    @Test func postgresFactsViewCountsEveryAmountOfAFinalAccount() async throws {
        guard let base = TemporaryDatabase.postgresURL else {
            print(TemporaryDatabase.postgresSkipMessage)
            return
        }
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_generic_")
        let document = try GenericFactTests.finalAccount(seed: 2, index: 1)
        let store = try await PostgresDisclosureStore(url: url, maximumConnections: 2)
        do {
            _ = try await store.importDocument(try PreparedDocument(document))
            let schema = PostgresMigrations.quoted(store.schema)
            let count = try await FactsViewTests.single(
                store.client.query(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(schema).facts"),
                    logger: store.logger
                )
                .decode(Int.self)
            )
            let generic = try await FactsViewTests.single(
                store.client.query(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT count(*) FROM \(schema).facts
                            WHERE table_number IS NULL AND table_id = 'final-expenditure'
                                AND table_name = (SELECT min(table_name) FROM \(schema).facts
                                    WHERE table_id = 'final-expenditure')
                            """
                    ),
                    logger: store.logger
                ).decode(Int.self)
            )
            print("a stored 决算 (PostgreSQL): \(count) rows in facts")
            #expect(count == Self.printedAmounts(document))
            let expenditure = try #require(
                document.tables.additionalTables?.first { $0.identifier == "final-expenditure" }
            )
            #expect(generic == expenditure.rows.reduce(0) { $0 + $1.amounts.compactMap { $0 }.count })
            // Read back through the store: the generic rows in order after the typed ones.
            let page = try await store.factRows(FactFilter(genericTable: "final-expenditure"), after: nil, limit: 1000)
            #expect(page.rows.count == generic && page.next == nil)
            #expect(
                page.rows.allSatisfy {
                    $0.table == .generic(identifier: "final-expenditure", title: expenditure.header.title)
                }
            )
            try await store.dropSchema()
            try await store.close()
        } catch {
            try? await store.dropSchema()
            try? await store.close()
            throw error
        }
    }

    /// A store written before `v7-generic-facts` (its `facts_json` with the typed facts only) shows the generic
    /// tables' amounts of its revisions once opened.
    @Test func anOlderSQLiteStoreGetsTheGenericFactsOfItsRevisions() async throws {
        let path = try TemporaryDatabase.sqlitePath(prefix: "yusuan-generic-migration")
        defer { TemporaryDatabase.removeSQLite(at: path) }
        let document = try PreparedDocument(GenericFactTests.finalAccount(seed: 9, index: 2))
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v6-finding-caption")
        try await queue.write { db in
            let key = document.key
            try db.execute(
                sql: "INSERT INTO department (region, code, name, name_year) VALUES (?, ?, ?, ?)",
                arguments: [key.department.region, key.department.code, "部门", key.year]
            )
            let revisionID = try OldSQLiteRevision.insert(document, departmentID: db.lastInsertedRowID, in: db)
            let typedOnly = FactRowsJSON.encode(document.facts) { FactsView.unit(of: $0, in: document.disclosure) }
            try db.execute(
                sql: "INSERT INTO fact_pack (revision_id, facts, facts_json) VALUES (?, ?, ?)",
                arguments: [revisionID, Data(FactPack.encode(document.facts)), typedOnly]
            )
        }
        let before = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") }
        try queue.close()
        #expect(before == document.facts.count)

        let store = try SQLiteDisclosureStore(path: path)
        let rows = try await FactPagingTests.all(store, FactFilter(), limit: 40)
        // Stored again, the same content is unchanged: nothing written twice.
        #expect(try await store.importDocument(document).status == .unchanged)
        try await store.close()
        #expect(rows.count == document.facts.count + document.genericFacts.count)
        #expect(rows.compactMap(\.fact) == FactPackTests.byTable(document.facts))
        #expect(
            rows.filter { $0.fact == nil }.map { [$0.table.identifier, $0.row, $0.column, $0.amount.plainText] }
                == document.genericFacts.map { [$0.table, $0.row, $0.column, $0.amount.plainText] }
        )
        let reopened = try DatabaseQueue(path: path)
        defer { try? reopened.close() }
        let after = try await reopened.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") }
        #expect(after == Self.printedAmounts(document.disclosure))
    }

    /// `yusuan generate --with-finals`, `db import` and `db export`: the 决算's every amount is a row of `facts` and of
    /// `facts.csv`, the generic tables' with no table number and their identifier and printed title.
    @Test(arguments: [StoreKind.sqlite, .postgres])
    func generatedFinalAccountsAreStoredAndExportedWhole(_ kind: StoreKind) async throws {
        if kind == .postgres, StoreKind.postgresURL == nil {
            print(StoreKind.postgresSkipMessage)
            return
        }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let generated = try await ProcessRunner.run([
            "generate", "--count", "1", "--seed", "5", "--with-finals", "--output", workspace.path("docs"),
        ])
        try #require(generated.status == 0, "\(generated.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("docs")).sorted()
        let documents = try files.map { file in
            try DocumentImporter.importDocument(
                data: Data(contentsOf: URL(fileURLWithPath: workspace.path("docs")).appendingPathComponent(file)),
                fileName: file
            )
        }
        let finals = documents.filter { $0.identity.kind == .finalAccount }
        #expect(finals.count == 1 && documents.count == 2)
        let printed = documents.reduce(0) { $0 + Self.printedAmounts($1) }
        #expect(finals.allSatisfy { Self.printedGenericAmounts($0) > 0 })

        let database = try workspace.database(kind)
        let imported = try await ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(imported.status == 0, "\(imported.standardError)")
        if kind == .sqlite {
            let queue = try DatabaseQueue(path: database.location)
            let count = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") }
            try queue.close()
            #expect(count == printed)
        }

        let output = workspace.path("export")
        let result = try await ProcessRunner.run(["db", "export", "--db", database.location, "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let records = try DbExportTests.read(output, "facts.csv").dropFirst()
        #expect(records.count == printed)
        let final = try #require(finals.first)
        let generic = records.filter { $0[7].isEmpty }
        #expect(generic.count == Self.printedGenericAmounts(final))
        #expect(generic.allSatisfy { $0[4] == DocumentKind.finalAccount.rawValue })
        #expect(Set(generic.map { [$0[8], $0[9]] }) == Self.tablesWithAmounts(final))
    }
}
