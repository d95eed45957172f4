import Foundation
import GRDB
import PostgresNIO
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage
import YusuanTestSupport

@testable import YusuanStoragePostgres
@testable import YusuanStorageSQLite

/// The `facts` view of both stores: one row per stored amount of every revision, with region, department, year,
/// kind, revision, table, row, column, the exact amount and its unit — what a SQL user reads without Yusuan.
@Suite("facts view")
struct FactsViewTests {
    /// The documents stored: the two seeds, generated documents, and a second revision of a seed.
    static func documents() throws -> [PreparedDocument] {
        var documents = [try PreparedDocument(Seeds.services2024()), try PreparedDocument(Seeds.office2025())]
        for generated in DisclosureGenerator.generate(count: 5, seed: 17) {
            documents.append(try PreparedDocument(generated))
        }
        var changed = try Seeds.services2024()
        changed.narrative.title += "（修订）"
        changed.tables.threePublicExpenditure?.header.unit = .yuan
        documents.append(try PreparedDocument(changed))
        return documents
    }

    /// A view row as the tests compare it.
    struct Row: Hashable {
        var department: String
        var year: Int
        var revision: Int
        var isLatest: Bool
        var table: Int
        var tableID: String
        var row: String
        var name: String
        var column: String
        var amount: String
        var unit: String
    }

    /// The rows the view must show for the documents, stored in order.
    static func expectedRows(_ documents: [PreparedDocument]) -> [Row] {
        var revisions: [DisclosureKey: Int] = [:]
        var latest: [DisclosureKey: Int] = [:]
        for document in documents { latest[document.key, default: 0] += 1 }
        var rows: [Row] = []
        for document in documents {
            revisions[document.key, default: 0] += 1
            let number = revisions[document.key] ?? 0
            for fact in document.facts {
                rows.append(
                    Row(
                        department: document.key.department.code,
                        year: document.key.year,
                        revision: number,
                        isLatest: number == latest[document.key],
                        table: fact.table.rawValue,
                        tableID: fact.table.identifier,
                        row: fact.row,
                        name: fact.name,
                        column: fact.column,
                        amount: fact.amount.plainText,
                        unit: FactsView.unit(of: fact.table, in: document.disclosure).rawValue
                    )
                )
            }
        }
        return rows
    }

    @Test func sqliteShowsEveryAmountOfEveryRevision() async throws {
        let path = try TemporaryDatabase.sqlitePath(prefix: "yusuan-facts-view")
        defer { TemporaryDatabase.removeSQLite(at: path) }
        let documents = try Self.documents()
        let store = try SQLiteDisclosureStore(path: path)
        for document in documents { _ = try await store.importDocument(document) }
        try await store.close()

        // Read as a SQL user does: a plain SQLite connection, no Yusuan code.
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let (count, rows, columns) = try await queue.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") ?? -1
            let rows = try GRDB.Row.fetchAll(
                db,
                sql: """
                    SELECT department_code, year, revision, is_latest, table_number, table_id, row_code, row_name,
                        column_name, amount, unit FROM facts
                    """
            ).map { row in
                Row(
                    department: row[0],
                    year: row[1],
                    revision: row[2],
                    isLatest: row[3],
                    table: row[4],
                    tableID: row[5],
                    row: row[6],
                    name: row[7],
                    column: row[8],
                    amount: row[9],
                    unit: row[10]
                )
            }
            let columns = try GRDB.Row.fetchAll(db, sql: "PRAGMA table_info(facts)").map { $0["name"] as String }
            return (count, rows, columns)
        }
        let expected = Self.expectedRows(documents)
        #expect(count == expected.count)
        #expect(count == documents.reduce(0) { $0 + $1.facts.count })
        #expect(columns == FactsView.columns)
        #expect(Set(rows) == Set(expected))
        #expect(rows.contains { $0.unit == "元" } && rows.contains { $0.unit == "万元" })
        // Amounts keep their written precision: text, never a float.
        #expect(rows.contains { $0.amount.hasSuffix("0") && $0.amount.contains(".") })
    }

    @Test func postgresShowsEveryAmountOfEveryRevision() async throws {
        guard let base = TemporaryDatabase.postgresURL else {
            print(TemporaryDatabase.postgresSkipMessage)
            return
        }
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_facts_")
        let documents = try Self.documents()
        let store = try await PostgresDisclosureStore(url: url, maximumConnections: 2)
        do {
            for document in documents { _ = try await store.importDocument(document) }
            let logger = store.logger
            let schema = PostgresMigrations.quoted(store.schema)
            let count = try await Self.single(
                store.client.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(schema).facts"), logger: logger)
                    .decode(Int.self)
            )
            var rows: [Row] = []
            let result = try await store.client.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT department_code, year, revision, is_latest, table_number, table_id, row_code, row_name,
                            column_name, amount::text, unit FROM \(schema).facts
                        """
                ),
                logger: logger
            )
            for try await (code, year, revision, latest, table, id, row, name, column, amount, unit) in result.decode(
                (String, Int, Int, Bool, Int, String, String, String, String, String, String).self
            ) {
                rows.append(
                    Row(
                        department: code,
                        year: year,
                        revision: revision,
                        isLatest: latest,
                        table: table,
                        tableID: id,
                        row: row,
                        name: name,
                        column: column,
                        amount: amount,
                        unit: unit
                    )
                )
            }
            let expected = Self.expectedRows(documents)
            #expect(count == expected.count)
            #expect(Set(rows) == Set(expected))
            try await store.dropSchema()
            try await store.close()
        } catch {
            try? await store.dropSchema()
            try? await store.close()
            throw error
        }
    }

    static func single<Element>(_ rows: some AsyncSequence<Element, any Error>) async throws -> Element {
        for try await row in rows { return row }
        throw StorageError(.corrupt, "no row")
    }
}
