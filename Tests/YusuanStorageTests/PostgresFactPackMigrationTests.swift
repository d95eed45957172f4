import Foundation
import Logging
import PostgresNIO
import Testing
import YusuanCore
import YusuanGenerator
import YusuanPostgresSupport
import YusuanStorage
import YusuanTestSupport

@testable import YusuanStoragePostgres

/// A PostgreSQL store written before `v7-fact-packs` (one `fact` row per amount) is upgraded when opened: its amounts
/// are packed, the `facts` view shows the same rows with the same column types and values (amounts keep their
/// written scale), and the store reads them back as before.
@Suite(
    "PostgreSQL fact pack migration",
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresFactPackMigrationTests {
    /// The migrations up to the one before `v7-fact-packs`.
    static let version6 = OldPostgresSchema.migrations(before: "v7-fact-packs")

    @Test func factRowsArePackedAndTheViewShowsTheSameRows() async throws {
        let base = try #require(StoreKind.postgresURL)
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_packs_")
        var documents = try DisclosureGenerator.generate(count: 5, seed: 43).map { try PreparedDocument($0) }
        // A revision without amounts has no rows, and no pack.
        documents[4].facts = []
        documents[4].genericFacts = []
        documents.append(try PreparedDocument(GenericFactTests.finalAccount(seed: 4, index: 1)))
        #expect(documents.contains { !$0.genericFacts.isEmpty })

        let (before, beforeTypes) = try await OldPostgresSchema.written(
            url: url,
            migrations: Self.version6,
            label: "yusuan.test.v6"
        ) { client, logger in
            for document in documents { try await Self.writeVersion6(document, client: client, logger: logger) }
        }
        let amounts = documents.reduce(0) { $0 + $1.facts.count + $1.genericFacts.count }
        #expect(before.count == amounts)

        let store = try await PostgresDisclosureStore(url: url, maximumConnections: 2)
        do {
            #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
            let after = try await Self.viewRows(store.client, logger: store.logger)
            #expect(after == before)
            #expect(try await Self.viewTypes(store.client, store.schema, store.logger) == beforeTypes)
            // An amount written with a trailing zero keeps it.
            let trailingZeros = try await FactsViewTests.single(
                store.client.query("SELECT count(*) FROM facts WHERE amount::text LIKE '%.%0'", logger: store.logger)
                    .decode(Int.self)
            )
            #expect(trailingZeros > 0)
            for document in documents {
                let revision = RevisionKey(disclosure: document.key, number: 1)
                #expect(try await store.facts(revision) == FactPackTests.byTable(document.facts))
                #expect(try await store.importDocument(document).status == .unchanged)
            }
            let rows = try await FactPagingTests.all(store, FactFilter(), limit: 97)
            #expect(rows.count == amounts)
            let generic = try #require(documents.first { !$0.genericFacts.isEmpty })
            #expect(
                rows.filter { $0.fact == nil }.map { [$0.table.identifier, $0.row, $0.column, $0.amount.plainText] }
                    == generic.genericFacts.map { [$0.table, $0.row, $0.column, $0.amount.plainText] }
            )
            try await store.dropSchema()
            try await store.close()
        } catch {
            try? await store.dropSchema()
            try? await store.close()
            throw error
        }
    }

    /// Every row of the `facts` view as text (columns joined by `|`), sorted.
    static func viewRows(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        let rows = try await client.query(
            """
            SELECT concat_ws('|', region, department_code, department_name, year, kind, revision, is_latest,
                coalesce(table_number::text, '-'), table_id, table_name, row_code, row_kind, row_name, column_name,
                amount::text, coalesce(unit, '-')) FROM facts
            """,
            logger: logger
        )
        var result: [String] = []
        for try await row in rows.decode(String.self) { result.append(row) }
        return result.sorted()
    }

    /// The view's columns and their types, in order.
    static func viewTypes(_ client: PostgresClient, _ schema: String, _ logger: Logger) async throws -> [String] {
        let rows = try await client.query(
            """
            SELECT column_name || ' ' || data_type FROM information_schema.columns
            WHERE table_schema = \(schema) AND table_name = 'facts' ORDER BY ordinal_position
            """,
            logger: logger
        )
        var result: [String] = []
        for try await row in rows.decode(String.self) { result.append(row) }
        return result
    }

    /// Writes a document as revision 1 the way the store did with the version 6 schema: a `fact` row per amount.
    static func writeVersion6(_ document: PreparedDocument, client: PostgresClient, logger: Logger) async throws {
        let key = document.key
        let json = String(decoding: document.canonicalJSON, as: UTF8.self)
        let (facts, generic, disclosure) = (document.facts, document.genericFacts, document.disclosure)
        let tableKinds = facts.map(\.table.rawValue) + generic.map { _ in FactsView.genericTableNumber }
        let ordinals = Array(facts.indices) + Array(generic.indices)
        let rowKeys = facts.map(\.row) + generic.map(\.row)
        let rowKinds = facts.map(\.rowKind.rawValue) + generic.map(\.rowKind.rawValue)
        let rowNames = facts.map(\.name) + generic.map(\.name)
        let columns = facts.map(\.column) + generic.map(\.column)
        let amounts = facts.map(\.amount.plainText) + generic.map(\.amount.plainText)
        let units = facts.map { FactsView.unit(of: $0.table, in: disclosure).rawValue } + generic.map(\.unit.rawValue)
        let tableIDs = facts.map { _ in "" } + generic.map(\.table)
        let tableTitles = facts.map { _ in "" } + generic.map(\.tableTitle)
        let (region, code, name, year, kind) = (
            key.department.region, key.department.code, disclosure.identity.departmentName, key.year, key.kind.rawValue
        )
        try await client.query(
            """
            WITH dep AS (
                INSERT INTO department (region, code, name, name_year) VALUES (\(region), \(code), \(name), \(year))
                ON CONFLICT (region, code) DO UPDATE SET name = excluded.name RETURNING id
            ), dis AS (
                INSERT INTO disclosure (department_id, year, kind, revision_count) SELECT id, \(year), \(kind), 1 FROM dep
                RETURNING id
            ), rev AS (
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, document, fact_count,
                    finding_count)
                SELECT id, 1, \(name), \(document.contentHash), \(json), \(facts.count), 0 FROM dis RETURNING id
            ), facts AS (
                INSERT INTO fact (revision_id, table_kind, ordinal, row_key, row_kind, row_name, column_name, amount, unit,
                    table_id, table_title)
                SELECT rev.id, t, o, rk, rt, rn, cn, am::numeric, un, NULLIF(ti, ''), NULLIF(tt, '')
                FROM rev, unnest(\(tableKinds)::int8[], \(ordinals)::int8[], \(rowKeys)::text[], \(rowKinds)::text[],
                    \(rowNames)::text[], \(columns)::text[], \(amounts)::text[], \(units)::text[], \(tableIDs)::text[],
                    \(tableTitles)::text[]) AS u(t, o, rk, rt, rn, cn, am, un, ti, tt)
            )
            SELECT 1
            """,
            logger: logger
        )
        // A statement sees none of the rows its own CTEs insert: the revision becomes the latest in the next.
        try await client.query(
            """
            UPDATE disclosure d SET latest_revision_id = r.id FROM revision r
            WHERE r.disclosure_id = d.id AND d.latest_revision_id IS NULL
            """,
            logger: logger
        )
    }
}
