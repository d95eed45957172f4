import Foundation
import Logging
import PostgresNIO
import Testing
import YusuanGenerator
import YusuanStorage
import YusuanTestSupport

@testable import YusuanStoragePostgres

/// `v8-lz4-compression`: a revision's canonical JSON and its fact pack are compressed with lz4 when the server has it
/// (the CI server, PostgreSQL 15 from Debian, does), and read back whole.
@Suite(
    "PostgreSQL lz4 compression",
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresCompressionTests {
    @Test func largeValuesAreCompressedWithLZ4AndReadBackWhole() async throws {
        let base = try #require(StoreKind.postgresURL)
        let url = TemporaryDatabase.postgresURL(base: base, schemaPrefix: "yusuan_lz4_")
        let store = try await PostgresDisclosureStore(url: url, maximumConnections: 2)
        do {
            let supportsLZ4 = try await FactsViewTests.single(
                store.client.query(
                    "SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)",
                    logger: store.logger
                ).decode(Int.self)
            )
            let methods = try await store.client.query(
                """
                SELECT attcompression::text FROM pg_attribute
                WHERE (attrelid = 'revision'::regclass AND attname = 'document')
                    OR (attrelid = 'fact_pack'::regclass AND attname = 'facts')
                ORDER BY attrelid::regclass::text
                """,
                logger: store.logger
            )
            var found: [String] = []
            for try await method in methods.decode(String.self) { found.append(method) }
            // 'l' is lz4; '' the server's default, kept where the server has no lz4.
            #expect(found == (supportsLZ4 == 1 ? ["l", "l"] : ["", ""]))

            let document = try PreparedDocument(DisclosureGenerator.generate(count: 1, seed: 61)[0])
            let result = try await store.importDocument(document)
            #expect(result.status == .created)
            let stored = try #require(try await store.latestDocument(of: document.key))
            #expect(stored == document.disclosure)
            #expect(try await store.facts(result.revision) == FactPackTests.byTable(document.facts))
            // The value is stored compressed with lz4 (where the server has it).
            if supportsLZ4 == 1 {
                let compression = try await FactsViewTests.single(
                    store.client.query(
                        "SELECT coalesce(pg_column_compression(document), '') FROM revision",
                        logger: store.logger
                    ).decode(String.self)
                )
                #expect(compression == "lz4")
            }
        } catch {
            try? await store.dropSchema()
            try? await store.close()
            throw error
        }
        try? await store.dropSchema()
        try? await store.close()
    }
}
