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

/// `v10-batch-skips-stored-documents` and `v11-batch-goes-on-past-the-latest`: a store written before them (version
/// 9) is upgraded when opened: the fact packs stay `jsonb`, the `facts` view shows the same rows with the same column
/// types, the store reads the same amounts, its documents import again as unchanged (sent without their content), a
/// new revision is written, and the batch function is the newest (a document sent without its content that is not
/// stored fails it; it goes on past an unchanged document whose content is the latest revision's).
@Suite(
    "PostgreSQL batch function that skips stored documents",
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresBatchFunctionMigrationTests {
    /// The migrations up to the one before `v10-batch-skips-stored-documents`.
    static let version9 = OldPostgresSchema.migrations(before: "v10-batch-skips-stored-documents")

    @Test func aVersion9StoreReadsAndImportsTheSameAfterTheMigrations() async throws {
        let base = try #require(StoreKind.postgresURL)
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_batch_v10_")
        var documents = try DisclosureGenerator.generate(count: 5, seed: 71).enumerated().map { offset, document in
            try PreparedDocument(document, findings: PostgresBatchStatementTests.findings(offset))
        }
        // A revision without amounts has an empty pack.
        documents[4].facts = []
        documents[4].genericFacts = []
        documents.append(try PreparedDocument(GenericFactTests.finalAccount(seed: 5, index: 1)))
        #expect(documents.contains { !$0.genericFacts.isEmpty })
        #expect(Self.version9.names.last == "v9-batch-import-function")

        let (before, beforeTypes) = try await OldPostgresSchema.written(
            url: url,
            migrations: Self.version9,
            label: "yusuan.test.v9"
        ) { client, logger in
            // Written document by document in one transaction (the client calls the newest batch function, whose
            // result has a column more since v11; the per-document statements are the same in every version).
            let written = try await client.withTransaction(logger: logger) { connection in
                var results: [ImportResult] = []
                for document in documents {
                    results.append(
                        try await PostgresDisclosureStore.importDocument(
                            document,
                            connection: connection,
                            logger: logger
                        )
                    )
                }
                return results
            }
            #expect(written.map(\.status) == Array(repeating: .created, count: documents.count))
        }
        let amounts = documents.reduce(0) { $0 + $1.facts.count + $1.genericFacts.count }
        #expect(before.count == amounts)

        // Opened again with every migration; dropped at the end, also when a step throws.
        try await TemporaryDatabase.with(
            make: { try await PostgresDisclosureStore(url: url, maximumConnections: 2) },
            tearDown: { store in
                try await store.dropSchema()
                try await store.close()
            }
        ) { store in
            let logger = store.logger
            #expect(try await store.appliedMigrations() == PostgresDisclosureStore.migrationNames)
            #expect(try await Self.packType(store.client, logger: logger) == "jsonb")
            #expect(try await PostgresFactPackMigrationTests.viewRows(store.client, logger: logger) == before)
            #expect(
                try await PostgresFactPackMigrationTests.viewTypes(store.client, store.schema, logger) == beforeTypes
            )
            for document in documents {
                let revision = RevisionKey(disclosure: document.key, number: 1)
                #expect(try await store.facts(revision) == FactPackTests.byTable(document.facts))
            }
            let rows = try await FactPagingTests.all(store, FactFilter(), limit: 97)
            #expect(rows.count == amounts)

            // The function is the new one: a document sent without its content that is not stored fails it
            // (the version 9 function would have stored it empty).
            let fresh = try PreparedDocument(DisclosureGenerator.generate(count: 1, seed: 72)[0])
            await #expect(throws: (any Error).self) {
                try await store.client.withTransaction(logger: logger) { connection in
                    try await PostgresBatchImport.importDocuments(
                        [fresh][...],
                        stored: [0],
                        connection: connection,
                        logger: logger
                    )
                }
            }
            #expect(try await store.revisions(of: fresh.key).isEmpty)

            // The function goes on past unchanged documents whose content is the latest revision's (the version 10
            // function ended its statement at the first).
            let statement = try await store.client.withTransaction(logger: logger) { connection in
                try await PostgresBatchImport.importDocuments(documents[...], connection: connection, logger: logger)
            }
            #expect(statement.map(\.status) == Array(repeating: .unchanged, count: documents.count))
            #expect(statement.allSatisfy { $0.contentIsLatest })

            // Imported again: unchanged (sent without their content); a changed one is a second revision.
            let again = await store.importDocuments(documents).map { try? $0.get().status }
            #expect(again == Array(repeating: .unchanged, count: documents.count))
            var changed = DisclosureGenerator.generate(count: 1, seed: 71)[0]
            changed.narrative.title += "（修订）"
            let prepared = try PreparedDocument(changed)
            let revised = try await store.importDocument(prepared)
            #expect(revised.status == .revised)
            #expect(try await store.facts(revised.revision) == FactPackTests.byTable(documents[0].facts))
            #expect(try await store.document(revised.revision) == prepared.disclosure)
            #expect(
                try await PostgresFactPackMigrationTests.viewRows(store.client, logger: logger).count
                    == amounts + documents[0].facts.count
            )
        }
    }

    /// A new store records its migrations in one transaction (one `applied_at`) and lists them in their order, the
    /// tenth (`v10-…`) and eleventh after the ninth, not by name.
    @Test func aNewStoreListsItsMigrationsInOrder() async throws {
        let base = try #require(StoreKind.postgresURL)
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_order_")
        let store = try await PostgresDisclosureStore(url: url, maximumConnections: 1)
        let applied = try await store.appliedMigrations()
        try? await store.dropSchema()
        try? await store.close()
        #expect(applied == PostgresDisclosureStore.migrationNames)
        #expect(
            applied.suffix(3) == [
                "v9-batch-import-function", "v10-batch-skips-stored-documents", "v11-batch-goes-on-past-the-latest",
            ]
        )
        #expect(applied.count >= 11)
    }

    /// The type of the `facts` column of `fact_pack`.
    static func packType(_ client: PostgresClient, logger: Logger) async throws -> String {
        try await FactsViewTests.single(
            client.query(
                "SELECT atttypid::regtype::text FROM pg_attribute WHERE attrelid = 'fact_pack'::regclass AND attname = 'facts'",
                logger: logger
            ).decode(String.self)
        )
    }
}
