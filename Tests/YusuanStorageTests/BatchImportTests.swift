import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage
import YusuanStoragePostgres

/// Batches written by ``DisclosureStore/importDocuments(_:stoppingBefore:)``: the PostgreSQL store writes a batch in
/// one transaction (a savepoint per document), so a failing document must not take the others with it, and two
/// importers whose batches lock the same departments in opposite orders must both store everything.
@Suite("Batched imports", .serialized)
struct BatchImportTests {
    static var kinds: [StoreKind] { StoreKind.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test(arguments: kinds)
    func batchesLockingTheSameDepartmentsInOppositeOrdersBothSucceed(_ kind: StoreKind) async throws {
        try await StoreFixture.with(kind) { fixture in
            // Ten departments' series of seven years: the first year of each, and the second in reverse order.
            let documents = DisclosureGenerator.generate(count: 70, seed: 31)
            let first = try stride(from: 0, to: 70, by: 7).map { try PreparedDocument(documents[$0]) }
            let second = try stride(from: 1, to: 70, by: 7).reversed().map { try PreparedDocument(documents[$0]) }
            #expect(Set(first.map(\.key.department)) == Set(second.map(\.key.department)))
            let other = try await fixture.openAnother()
            async let firstOutcomes = fixture.store.importDocuments(first)
            async let secondOutcomes = other.importDocuments(second)
            let outcomes = await (firstOutcomes, secondOutcomes)
            try await other.close()
            for (batch, results) in [(first, outcomes.0), (second, outcomes.1)] {
                #expect(results.count == batch.count)
                #expect(results.map { (try? $0.get())?.status } == batch.map { _ in .created }, "\(results)")
            }
            for document in first + second {
                let hashes = try await fixture.store.revisions(of: document.key).map(\.contentHash)
                #expect(hashes == [document.contentHash], "\(document.key)")
            }
        }
    }

    @Test(.enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresSkipMessage)))
    func aDocumentThePostgresServerRefusesLeavesTheRestOfItsBatchStored() async throws {
        try await StoreFixture.with(.postgres) { fixture in
            let documents = DisclosureGenerator.generate(count: 3, seed: 37)
            var refused = documents[1]
            // PostgreSQL text cannot hold U+0000: the server refuses the document's statement.
            refused.identity.departmentName += "\u{0}"
            let batch = try [documents[0], refused, documents[2]].map { try PreparedDocument($0) }
            let results = await fixture.store.importDocuments(batch)
            #expect(results.count == 3)
            #expect((try? results[0].get())?.status == .created)
            #expect((try? results[1].get()) == nil, "the refused document is reported failed")
            #expect((try? results[2].get())?.status == .created)
            #expect(try await fixture.store.revisions(of: batch[0].key).map(\.contentHash) == [batch[0].contentHash])
            #expect(try await fixture.store.revisions(of: batch[1].key).isEmpty, "nothing of it is stored")
            #expect(try await fixture.store.revisions(of: batch[2].key).map(\.contentHash) == [batch[2].contentHash])
            #expect(try await fixture.store.facts(RevisionKey(disclosure: batch[2].key, number: 1)) == batch[2].facts)
        }
    }
}
