import Foundation
import Testing
import YusuanCore
import YusuanTestSupport

@testable import YusuanStorage

/// A 决算's 项目支出绩效自评表 are kept by the stores: the canonical JSON carries them (written directly as the
/// `Codable` path writes them), and the document read back is the document stored.
struct SelfEvaluationStorageTests {
    static func finalAccount() throws -> Disclosure {
        var document = try Seeds.services2024()
        document.identity.kind = .finalAccount
        var evaluation = SelfEvaluationSample.table()
        evaluation.line = 400
        evaluation.indicators[1].line = 410
        document.tables.projectSelfEvaluations = [evaluation, SelfEvaluationSample.table(project: "第二个项目")]
        return document
    }

    @Test func canonicalJSONCarriesSelfEvaluations() throws {
        let document = try Self.finalAccount()
        let direct = CanonicalJSON.encodeCompact(document)
        #expect(direct == (try PreparedDocument.foundationCompactCanonicalJSON(document)))
        #expect(try CanonicalJSON.decode(direct) == document)
    }

    @Test(arguments: [StoreKind.memory, .sqlite])
    func storesKeepSelfEvaluations(_ kind: StoreKind) async throws {
        let document = try Self.finalAccount()
        try await StoreFixture.with(kind) { fixture in
            let result = try await fixture.store.importDocument(PreparedDocument(document))
            let stored = try await fixture.store.document(result.revision)
            #expect(stored == document)
            #expect(stored.tables.projectSelfEvaluations?.count == 2)
        }
    }
}
