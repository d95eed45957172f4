import Foundation
import PostgresNIO
import Synchronization
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

@testable import YusuanStoragePostgres

/// The PostgreSQL store writes a batch in one statement (the server function `yusuan_import_documents`): it must
/// store exactly what importing the documents one by one stores, stop where the caller asks, and go on after a
/// document found unchanged.
@Suite(
    "PostgreSQL batches in one statement",
    .serialized,
    .enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage))
)
struct PostgresBatchStatementTests {
    /// Findings with every optional field absent or present in turn, so that each null survives the arrays.
    static func findings(_ count: Int) -> [StoredFinding] {
        (0..<count).map { index in
            StoredFinding(
                ruleID: "T\(index)",
                severity: index.isMultiple(of: 2) ? "error" : "warning",
                message: "消息 \(index)",
                table: index % 3 == 0 ? nil : .departmentExpenditure,
                row: index % 4 == 1 ? nil : "20\(index)",
                column: index % 5 == 2 ? nil : "合计",
                line: index % 2 == 1 ? nil : index + 10,
                expected: index % 3 == 1 ? nil : .of("\(index).40"),
                actual: index % 4 == 3 ? nil : .of("-\(index).5"),
                caption: index % 6 == 0 ? nil : "表\(index)"
            )
        }
    }

    /// `count` generated documents, each prepared with `findings` findings.
    static func prepared(count: Int, seed: UInt64, findings: Int) throws -> [PreparedDocument] {
        try DisclosureGenerator.generate(count: count, seed: seed).map {
            try PreparedDocument($0, findings: Self.findings(findings))
        }
    }

    /// Three departments' seven years, each with findings, a source on every other one, and a document repeated
    /// (unchanged) and one changed (a revision) among them.
    static func batch() throws -> [PreparedDocument] {
        let documents = DisclosureGenerator.generate(count: 21, seed: 41)
        var prepared = try documents.enumerated().map { offset, document in
            try PreparedDocument(
                document,
                findings: findings(offset % 5),
                source: offset.isMultiple(of: 2) ? "dir/\(offset).txt" : nil
            )
        }
        var changed = documents[3]
        changed.narrative.title += "（修订）"
        prepared.insert(try PreparedDocument(changed, findings: findings(2)), at: 9)
        prepared.insert(prepared[1], at: 5)
        return prepared
    }

    /// What a store holds of a list of documents, to compare two stores.
    static func contents(of store: any DisclosureStore, _ documents: [PreparedDocument]) async throws -> [String] {
        var lines: [String] = []
        for department in try await store.departments(region: nil) {
            lines.append("\(department.key) \(department.name) \(department.level ?? "-")")
        }
        for key in Set(documents.map(\.key)).sorted(by: { "\($0)" < "\($1)" }) {
            for revision in try await store.revisions(of: key) {
                lines.append(
                    "\(revision.key) \(revision.departmentName) \(revision.contentHash) \(revision.source ?? "-") "
                        + "\(revision.factCount) \(revision.findingCount)"
                )
                lines.append("\(try await store.facts(revision.key))")
                lines.append("\(try await store.findings(revision.key))")
                let document = documents.first { $0.contentHash == revision.contentHash }?.disclosure
                lines.append("\(try await store.document(revision.key) == document)")
            }
        }
        // Every amount of the facts view (the generic tables' too) and every finding row, in the stores' order.
        let facts = try await store.factRows(FactFilter(latestOnly: false), after: nil, limit: 1_000_000)
        let findings = try await store.findingRows(FactFilter(latestOnly: false), after: nil, limit: 1_000_000)
        lines.append("\(facts.rows.count) \(facts.rows) \(findings.rows)")
        return lines
    }

    @Test func aBatchStoresWhatImportsOneByOneStore() async throws {
        let batch = try Self.batch()
        try await StoreFixture.with(.postgres) { batched in
            try await StoreFixture.with(.postgres) { single in
                let outcomes = await batched.store.importDocuments(batch)
                let results: [ImportResult] = try outcomes.map { try $0.get() }
                var expected: [ImportResult] = []
                for document in batch { expected.append(try await single.store.importDocument(document)) }
                #expect(results == expected)
                #expect(results[5].status == .unchanged)
                #expect(results[10].status == .revised)
                let created = results.filter { $0.status == .created }.count
                #expect(created == 21)
                let stored: [String] = try await Self.contents(of: batched.store, batch)
                let storedOneByOne: [String] = try await Self.contents(of: single.store, batch)
                #expect(stored == storedOneByOne)
                // Three departments, four lines for each of the 22 revisions, the rows of the facts view.
                let expectedLines = 3 + 22 * 4 + 1
                #expect(stored.count == expectedLines)
            }
        }
    }

    /// The caller's stop is asked before each document, also after one found unchanged (where the statement ends)
    /// and inside a run the statement wrote (which is then written again document by document).
    @Test(arguments: [2, 4])
    func aBatchStopsWhereTheCallerAsks(stop: Int) async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let documents = try DisclosureGenerator.generate(count: 6, seed: 43).map { try PreparedDocument($0) }
            #expect(try await fixture.store.importDocument(documents[1]).status == .created)
            // Documents 0, 1 (unchanged and the latest: the statement goes on past it, so each stop falls inside a
            // run the statement wrote), 2, 3, 4, 5.
            let results = await fixture.store.importDocuments(documents) { index, outcomes in
                #expect(outcomes.count == index)
                return index == stop
            }
            #expect(results.count == stop)
            let statuses: [ImportResult.Status?] = [.created, .unchanged, .created, .created]
            let written: [ImportResult.Status?] = results.map { try? $0.get().status }
            #expect(written == Array(statuses.prefix(stop)))
            for (index, document) in documents.enumerated() {
                let revisions = try await fixture.store.revisions(of: document.key)
                #expect(revisions.count == (index < stop || index == 1 ? 1 : 0), "document \(index)")
            }
        }
    }

    /// The statement itself (not the document-by-document writing the store falls back to when a batch fails): it
    /// writes the documents up to and including the first one whose content is stored already but is not its
    /// disclosure's latest revision (the caller may want to stop before the next), and nothing after it.
    @Test func theStatementEndsAfterTheFirstUnchangedDocumentThatIsNotTheLatest() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresDisclosureStore)
            let generated = DisclosureGenerator.generate(count: 4, seed: 47)
            let documents = try generated.map { try PreparedDocument($0, findings: Self.findings(3)) }
            var changed = generated[1]
            changed.narrative.title += "（修订）"
            #expect(try await store.importDocument(documents[1]).status == .created)
            #expect(try await store.importDocument(PreparedDocument(changed)).status == .revised)
            let logger = store.logger
            let written = try await store.client.withConnection { connection in
                try await PostgresBatchImport.importDocuments(documents[...], connection: connection, logger: logger)
            }
            #expect(written.map(\.status) == [.created, .unchanged])
            #expect(written.map(\.revision.number) == [1, 1])
            #expect(written.map(\.contentIsLatest) == [true, false])
            #expect(try await store.findings(written[0].revision) == Self.findings(3))
            #expect(try await store.facts(written[0].revision) == documents[0].facts)
            #expect(try await store.revisions(of: documents[2].key).isEmpty)
            let rest = try await store.client.withConnection { connection in
                try await PostgresBatchImport.importDocuments(documents[2...], connection: connection, logger: logger)
            }
            #expect(rest.map(\.status) == [.created, .created])
            #expect(try await store.revisions(of: documents[3].key).map(\.contentHash) == [documents[3].contentHash])
        }
    }

    /// An unchanged document whose content is its disclosure's latest revision's leaves things as a write would: the
    /// statement goes on past it (a re-import of unchanged documents ended a statement at each of them).
    @Test func theStatementGoesOnPastAnUnchangedDocumentThatIsTheLatest() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresDisclosureStore)
            let documents = try Self.prepared(count: 4, seed: 48, findings: 2)
            #expect(try await store.importDocument(documents[1]).status == .created)
            let logger = store.logger
            let written = try await store.client.withConnection { connection in
                try await PostgresBatchImport.importDocuments(documents[...], connection: connection, logger: logger)
            }
            #expect(written.map(\.status) == [.created, .unchanged, .created, .created])
            #expect(written.map(\.revision.number) == [1, 1, 1, 1])
            #expect(written.allSatisfy { $0.contentIsLatest })
            for (document, result) in zip(documents, written) {
                #expect(try await store.revisions(of: document.key).map(\.contentHash) == [document.contentHash])
                #expect(try await store.findings(result.revision) == Self.findings(2))
            }
        }
    }

    /// The documents stored already are found in one query and sent without their content; a document sent so that
    /// is not stored fails the statement, and nothing of its batch is kept.
    /// A batch that held a document stored already makes the next batch ask first which of its documents are stored
    /// (a re-import); a batch of new documents does not, so a fresh import never asks. Either way the outcomes, the
    /// facts and the findings are what one-by-one imports give.
    @Test func aBatchAfterAStoredDocumentAsksWhichAreStored() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresDisclosureStore)
            func expectsStored() -> Bool { store.expectsStoredDocuments.load(ordering: .relaxed) }
            let documents = try Self.prepared(count: 6, seed: 61, findings: 3)
            let first = await store.importDocuments(Array(documents[0..<3])).map { try? $0.get().status }
            #expect(first == [.created, .created, .created])
            #expect(expectsStored() == false)

            let again = await store.importDocuments(Array(documents[0..<3])).map { try? $0.get().status }
            #expect(again == [.unchanged, .unchanged, .unchanged])
            #expect(expectsStored())

            // Asked first: two stored documents sent without their content around two new ones.
            let mixed = [documents[3], documents[0], documents[4], documents[1]]
            let outcomes = await store.importDocuments(mixed).map { try? $0.get() }
            #expect(outcomes.map { $0?.status } == [.created, .unchanged, .created, .unchanged])
            for (document, outcome) in zip(mixed, outcomes) {
                let revision = try #require(outcome?.revision)
                #expect(try await store.facts(revision) == document.facts)
                #expect(try await store.findings(revision) == Self.findings(3))
                #expect(try await store.document(revision) == document.disclosure)
            }
            #expect(expectsStored())

            let fresh = await store.importDocuments([documents[5]]).map { try? $0.get().status }
            #expect(fresh == [.created])
            #expect(expectsStored() == false)
        }
    }

    @Test func documentsStoredAlreadyAreSentWithoutTheirContent() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let store = try #require(fixture.store as? PostgresDisclosureStore)
            let documents = try Self.prepared(count: 5, seed: 59, findings: 2)
            #expect(try await store.importDocument(documents[2]).status == .created)
            let logger = store.logger
            let stored = try await store.client.withConnection { connection in
                try await PostgresBatchImport.storedAlready(documents[1..<4], connection: connection, logger: logger)
            }
            #expect(stored == [2])
            let written = try await store.client.withTransaction(logger: logger) { connection in
                try await PostgresBatchImport.importDocuments(
                    documents[0..<4],
                    stored: stored,
                    connection: connection,
                    logger: logger
                )
            }
            #expect(written.map(\.status) == [.created, .created, .unchanged, .created])
            #expect(try await store.findings(written[2].revision) == Self.findings(2))
            #expect(try await store.facts(written[2].revision) == documents[2].facts)

            // Document 4 is not stored: sent without its content, it fails the statement.
            await #expect(throws: (any Error).self) {
                try await store.client.withTransaction(logger: logger) { connection in
                    try await PostgresBatchImport.importDocuments(
                        documents[4...],
                        stored: [4],
                        connection: connection,
                        logger: logger
                    )
                }
            }
            #expect(try await store.revisions(of: documents[4].key).isEmpty)
            // The store's own batches send it whole.
            let rest = await store.importDocuments(Array(documents[3...])).map { try? $0.get().status }
            #expect(rest == [.unchanged, .created])
            #expect(
                try await store.document(RevisionKey(disclosure: documents[4].key, number: 1))
                    == documents[4].disclosure
            )
        }
    }

    /// A batch imported again is unchanged document by document (each ends a call of the statement; the next call
    /// gets twice as many documents as the last one wrote, not the whole rest), with a changed one among them.
    @Test func aBatchImportedAgainIsUnchangedThroughout() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let disclosures = DisclosureGenerator.generate(count: 9, seed: 53)
            let documents = try disclosures.map { try PreparedDocument($0) }
            let first = await fixture.store.importDocuments(documents).map { try? $0.get().status }
            #expect(first == Array(repeating: .created, count: 9))
            var changed = disclosures[6]
            changed.narrative.title += "（修订）"
            var again = documents
            again[6] = try PreparedDocument(changed)
            let second = await fixture.store.importDocuments(again).map { try? $0.get() }
            let statuses: [ImportResult.Status?] = second.map { $0?.status }
            #expect(
                statuses == [
                    .unchanged, .unchanged, .unchanged, .unchanged, .unchanged, .unchanged, .revised, .unchanged,
                    .unchanged,
                ]
            )
            #expect(second.map { $0?.revision.number } == [1, 1, 1, 1, 1, 1, 2, 1, 1])
            #expect(
                try await fixture.store.revisions(of: again[6].key).map(\.contentHash) == [
                    documents[6].contentHash, again[6].contentHash,
                ]
            )
        }
    }
}
