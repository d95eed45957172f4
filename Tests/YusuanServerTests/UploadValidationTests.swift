import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanServer
import YusuanStorage
import YusuanTestSupport

/// What an upload is validated against (`DisclosureStore.validationFindings(for:)`, used by the editor's upload
/// and publish and by the demo): the stored prior year and, for a 决算, the stored budget of the same year, so that
/// P8 compares the self-evaluations with the budget's targets as `validate` and `db import` do. (It used to be given
/// no budget: P8 lacked data for every uploaded 决算.)
@Suite struct UploadValidationTests {
    @Test func anUploadedFinalAccountIsComparedWithItsStoredBudget() async throws {
        let name = "2024-236-nanan-government-services-office.txt"
        let seed = try BundledSamples.text(named: name)
        let store = InMemoryDisclosureStore()
        let budget = try DocumentImporter.importDocument(data: Data(seed.utf8), fileName: name)
        _ = try await store.importDocument(try PreparedDocument(budget, findings: [], source: "test"))
        // The budget turned into a 决算 (its title) with a self-evaluation of its first project, one target changed.
        let text = try SelfEvaluationSample.finalAccountText(fromSeedBudget: seed)
        let final = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
        #expect(final.identity.kind == .finalAccount)
        let findings = try await store.validationFindings(for: final)
        let p8 = findings.filter { $0.ruleID == "P8" }
        #expect(p8.contains { $0.message.contains("≥350天") && $0.message.contains("≥360天") }, "\(p8.map(\.message))")
    }
}
