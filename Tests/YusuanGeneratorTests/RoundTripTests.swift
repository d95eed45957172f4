import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender

/// Render → import → the same totals. Depends on the importer (`PublishedTextImporter`).
@Suite("Generated documents survive rendering and importing")
struct RoundTripTests {
    @Test("Imported totals equal generated totals", arguments: Array(1...40) as [UInt64])
    func totalsRoundTrip(seed: UInt64) throws {
        for (offset, document) in DisclosureGenerator.generate(count: 3, seed: seed).enumerated() {
            let text = PublishedTextRenderer.render(document)
            let name = DisclosureGenerator.fileName(for: document, index: offset + 1)
            let imported = try PublishedTextImporter.importDocument(text: text, fileName: name)
            #expect(GeneratedTotals(of: imported) == GeneratedTotals(of: document), "seed \(seed) \(name)")
            #expect(imported.identity.year == document.identity.year)
            #expect(imported.identity.departmentName == document.identity.departmentName)
        }
    }
}
