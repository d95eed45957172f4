import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanStorage

/// The stored canonical JSON, now written by ``CanonicalJSON/encodeCompact(_:)`` without `Codable`, is byte for byte
/// what the `Codable` path writes (Foundation's `JSONEncoder`, and ``SortedJSONEncoder`` used before), so content
/// hashes of revisions stored before still recognise identical content.
struct CanonicalJSONCompactStorageTests {
    @Test func seedsEncodeAsTheCodablePathDoes() throws {
        for document in [try Seeds.services2024(), try Seeds.office2025()] {
            try expectSameBytes(document)
        }
    }

    @Test(arguments: [UInt64(1), 9, 2026])
    func generatedDocumentsEncodeAsTheCodablePathDoes(seed: UInt64) throws {
        for document in DisclosureGenerator.generate(count: 150, seed: seed) {
            try expectSameBytes(document)
        }
    }

    /// The content hash of the 2025 seed as stored before the direct encoder (through `JSONEncoder`).
    @Test func seedContentHashIsUnchanged() throws {
        let document = try Seeds.office2025()
        let prepared = try PreparedDocument(document)
        #expect(
            prepared.contentHash == SHA256.hexDigest(of: try PreparedDocument.foundationCompactCanonicalJSON(document))
        )
    }

    private func expectSameBytes(_ document: Disclosure) throws {
        let direct = CanonicalJSON.encodeCompact(document)
        let foundation = try PreparedDocument.foundationCompactCanonicalJSON(document)
        let label = "\(document.identity.qualifiedName) \(document.identity.year)"
        #expect(direct == foundation, "\(label)")
        #expect(direct == (try SortedJSONEncoder.encode(PreparedDocument.Envelope(document))), "\(label)")
        #expect(try PreparedDocument(document).canonicalJSON == direct, "\(label)")
    }
}
