import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

/// Paging through many revisions: the PostgreSQL store reads a few revisions' packs at a time (more when a narrow
/// filter leaves pages empty), so pages that span those batches — a narrow filter with small pages, every amount with
/// pages larger than a revision — must give exactly the rows of the in-memory store, in its order, once each.
@Suite("facts paged over many revisions")
struct FactPagingTests {
    static var kinds: [StoreKind] { StoreKind.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Every row of a filter, page by page.
    static func all(_ store: any DisclosureStore, _ filter: FactFilter, limit: Int) async throws -> [FactRow] {
        var rows: [FactRow] = []
        var position: RowPosition?
        repeat {
            let page = try await store.factRows(filter, after: position, limit: limit)
            #expect(page.rows.count <= limit)
            #expect(page.next == nil || page.rows.count == limit, "a page before the last is full")
            rows += page.rows
            position = page.next
        } while position != nil
        return rows
    }

    @Test(arguments: kinds)
    func pagesSpanningManyRevisionsGiveEveryRowOnce(_ kind: StoreKind) async throws {
        let documents = try DisclosureGenerator.generate(count: 60, seed: 47).map { try PreparedDocument($0) }
        let reference = InMemoryDisclosureStore()
        for document in documents { _ = try await reference.importDocument(document) }
        try await StoreFixture.with(kind) { fixture in
            for document in documents { _ = try await fixture.store.importDocument(document) }
            let cases: [(FactFilter, Int)] = [
                (FactFilter(rowCode: "合计", latestOnly: false), 3),
                (FactFilter(table: .threePublicExpenditure), 5),
                (FactFilter(latestOnly: false), 997),
                (FactFilter(), 20_000),
            ]
            for (filter, limit) in cases {
                let expected = try await Self.all(reference, filter, limit: 20_000)
                let rows = try await Self.all(fixture.store, filter, limit: limit)
                #expect(!expected.isEmpty)
                #expect(rows == expected, "\(filter) in pages of \(limit)")
            }
        }
    }
}
