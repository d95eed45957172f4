import Foundation
import GRDB
import PostgresNIO
import Testing
import YusuanCore
import YusuanGenerator
import YusuanPostgresSupport
import YusuanStorage
import YusuanTestSupport

@testable import YusuanStoragePostgres
@testable import YusuanStorageSQLite

/// The `facts` view of both stores: one row per stored amount of every revision, with region, department, year,
/// kind, revision, table, row, column, the exact amount and its unit — what a SQL user reads without Yusuan.
@Suite("facts view")
struct FactsViewTests {
    /// The documents stored: the two seeds, generated documents, a generated 决算 (its generic tables' amounts), and
    /// a second revision of a seed.
    static func documents() throws -> [PreparedDocument] {
        var documents = [try PreparedDocument(Seeds.services2024()), try PreparedDocument(Seeds.office2025())]
        for generated in DisclosureGenerator.generate(count: 5, seed: 17) {
            documents.append(try PreparedDocument(generated))
        }
        documents.append(try PreparedDocument(GenericFactTests.finalAccount(seed: 2, index: 1)))
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
        /// The typed table's number; `nil` for a generic table.
        var table: Int?
        var tableID: String
        var row: String
        var name: String
        var column: String
        var amount: String
        var unit: String
    }

    /// The rows the view must show for the documents, stored in order.
    static func expectedRows(
        _ documents: [PreparedDocument],
        of included: (PreparedDocument) -> Bool = { _ in true }
    ) -> [Row] {
        var revisions: [DisclosureKey: Int] = [:]
        var latest: [DisclosureKey: Int] = [:]
        for document in documents { latest[document.key, default: 0] += 1 }
        var rows: [Row] = []
        for document in documents {
            revisions[document.key, default: 0] += 1
            let number = revisions[document.key] ?? 0
            guard included(document) else { continue }
            for fact in FactPackTests.byTable(document.facts) {
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
            // Then the generic tables' amounts, in their order.
            for fact in document.genericFacts {
                rows.append(
                    Row(
                        department: document.key.department.code,
                        year: document.key.year,
                        revision: number,
                        isLatest: number == latest[document.key],
                        table: nil,
                        tableID: fact.table,
                        row: fact.row,
                        name: fact.name,
                        column: fact.column,
                        amount: fact.amount.plainText,
                        unit: fact.unit.rawValue
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
            // Filters that bind text, as Datasette's `?table_number=8&is_latest=1&revision=1` do, match the integers.
            let byText = try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM facts WHERE table_number = ? AND is_latest = ? AND revision = ? AND year = ?",
                arguments: ["8", "1", "1", "2024"]
            )
            let byInteger = try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM facts WHERE table_number = 8 AND is_latest = 1 AND revision = 1 AND year = 2024"
            )
            #expect(
                byText == byInteger && (byInteger ?? 0) > 0,
                "\(String(describing: byText)) \(String(describing: byInteger))"
            )
            return (count, rows, columns)
        }
        let expected = Self.expectedRows(documents)
        #expect(count == expected.count)
        #expect(count == documents.reduce(0) { $0 + $1.facts.count + $1.genericFacts.count })
        #expect(rows.contains { $0.table == nil } && rows.contains { $0.table != nil })
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
                (String, Int, Int, Bool, Int?, String, String, String, String, String, String).self
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

    /// Every store pages through the same rows: all latest amounts in pages of 50, or all revisions; with table
    /// and row filters; and the findings. Following `next` visits each row once.
    @Test(arguments: StoreKind.allCases)
    func rowsArePagedTheSameInEveryStore(_ kind: StoreKind) async throws {
        if kind == .postgres, StoreKind.postgresURL == nil {
            print(StoreKind.postgresSkipMessage)
            return
        }
        let documents = try Self.documents().map { document -> PreparedDocument in
            var document = document
            document.findings = [
                StoredFinding(
                    ruleID: "A1",
                    severity: "error",
                    message: "第一条",
                    table: .departmentExpenditure,
                    row: "合计"
                ),
                StoredFinding(ruleID: "N5", severity: "info", message: "第二条, \"引号\"", line: 12),
            ]
            return document
        }
        try await StoreFixture.with(kind) { fixture in
            for document in documents { _ = try await fixture.store.importDocument(document) }
            let expected = Self.expectedRows(documents)
            func all(_ filter: FactFilter, limit: Int) async throws -> [Row] {
                var rows: [Row] = []
                var position: RowPosition?
                repeat {
                    let page = try await fixture.store.factRows(filter, after: position, limit: limit)
                    #expect(page.rows.count <= limit)
                    rows += page.rows.map(Self.row)
                    position = page.next
                } while position != nil
                return rows
            }
            let latest = try await all(FactFilter(), limit: 50)
            #expect(latest == expected.filter(\.isLatest))
            #expect(try await all(FactFilter(latestOnly: false), limit: 333) == expected)
            let region = try #require(documents.first?.key.department.region)
            let filtered = try await all(
                FactFilter(region: region, year: 2024, table: .threePublicExpenditure),
                limit: 7
            )
            #expect(!filtered.isEmpty)
            let regional = Self.expectedRows(documents) { $0.key.department.region == region }
            #expect(filtered == regional.filter { $0.isLatest && $0.table == 4 && $0.year == 2024 })
            let finalExpenditure = try await all(FactFilter(genericTable: "final-expenditure"), limit: 7)
            #expect(!finalExpenditure.isEmpty)
            #expect(finalExpenditure == expected.filter { $0.isLatest && $0.tableID == "final-expenditure" })
            let totals = try await all(FactFilter(rowCode: "合计"), limit: 1000)
            #expect(
                totals.allSatisfy { $0.row == "合计" }
                    && totals.count == expected.filter { $0.isLatest && $0.row == "合计" }.count
            )

            var findings: [FindingRow] = []
            var position: RowPosition?
            repeat {
                let page = try await fixture.store.findingRows(FactFilter(latestOnly: false), after: position, limit: 3)
                findings += page.rows
                position = page.next
            } while position != nil
            #expect(findings.count == documents.count * 2)
            #expect(
                findings.map(\.finding.ruleID) == Array(repeating: ["A1", "N5"], count: documents.count).flatMap { $0 }
            )
            #expect(findings.filter(\.isLatest).count == Set(documents.map(\.key)).count * 2)
        }
    }

    /// A store's row as the tests compare it.
    static func row(_ row: FactRow) -> Row {
        Row(
            department: row.revision.disclosure.department.code,
            year: row.revision.disclosure.year,
            revision: row.revision.number,
            isLatest: row.isLatest,
            table: row.table.number,
            tableID: row.table.identifier,
            row: row.row,
            name: row.name,
            column: row.column,
            amount: row.amount.plainText,
            unit: row.unit.rawValue
        )
    }

    static func single<Element>(_ rows: some AsyncSequence<Element, any Error>) async throws -> Element {
        for try await row in rows { return row }
        throw StorageError(.corrupt, "no row")
    }
}
