import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanStorage

/// The fast encoder of the stored canonical JSON writes exactly the bytes of Foundation's `JSONEncoder`, so content
/// hashes of revisions stored before it (and by other versions) still recognise identical content.
struct SortedJSONEncoderTests {
    @Test func seedsAndGeneratedDocumentsEncodeAsJSONEncoderDoes() throws {
        let documents =
            [try Seeds.services2024(), try Seeds.office2025()] + DisclosureGenerator.generate(count: 40, seed: 9)
        for document in documents {
            let fast = try PreparedDocument.compactCanonicalJSON(document)
            let reference = try PreparedDocument.foundationCompactCanonicalJSON(document)
            #expect(fast == reference, "\(document.identity.departmentName) \(document.identity.year)")
            #expect(try CanonicalJSON.decode(fast) == document)
        }
    }

    /// Every escape JSONEncoder writes, keys that sort differently by bytes and by case, and each container kind.
    @Test func escapesOrderAndContainersMatchJSONEncoder() throws {
        struct Inner: Codable, Equatable {
            var zeta = 1
            var Alpha = "A"
            var alpha = "a"
            var a_b: Int8 = -3
            var ab2: UInt64 = .max
            var empty: [String] = []
        }
        struct Sample: Codable, Equatable {
            var text = "引号\"反斜杠\\斜杠/换行\n回车\r制表\t退格\u{08}换页\u{0C}控制\u{01}\u{1F}\u{7F} 😀 𠮷"
            var flag = true
            var off = false
            var count = Int.min
            var missing: String? = nil
            var present: String? = "有"
            var list: [Inner?] = [Inner(), nil, Inner(zeta: 2, Alpha: "", alpha: "/", a_b: 0, ab2: 0, empty: ["x"])]
            var nested: [[Int]] = [[], [1, 2], [3]]
            var kind = DocumentKind.budget
            var amount = Amount(minorUnits: -282_973, scale: 2)
            var inner = Inner()
        }
        let fast = try SortedJSONEncoder.encode(Sample())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: try encoder.encode(Sample()), as: UTF8.self))
        #expect(try JSONDecoder().decode(Sample.self, from: fast) == Sample())
    }

    @Test func unsupportedValuesAreRefusedSoThatJSONEncoderIsUsed() {
        struct WithDouble: Encodable { var value = 1.5 }
        struct WithDate: Encodable { var when = Date(timeIntervalSince1970: 0) }
        struct Twice: Encodable {
            enum Key: CodingKey { case a }
            func encode(to encoder: any Encoder) throws {
                var first = encoder.container(keyedBy: Key.self)
                try first.encode(1, forKey: .a)
                var second = encoder.container(keyedBy: Key.self)
                try second.encode(2, forKey: .a)
            }
        }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(WithDouble()) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(WithDate()) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(Twice()) }
    }
}
