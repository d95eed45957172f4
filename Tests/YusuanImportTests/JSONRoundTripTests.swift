import Foundation
import Testing
import YusuanCore
import YusuanImport

@Suite struct JSONRoundTripTests {
    @Test(arguments: SeedFixtures.names)
    func jsonRoundTripGivesTheSameDocument(name: String) throws {
        let document = try SeedFixtures.disclosure(name)
        let data = try CanonicalJSON.encode(document)
        #expect(try CanonicalJSON.decode(data) == document)
        #expect(try DocumentImporter.importDocument(data: data, fileName: "x.json") == document)
        // Deterministic: the same document gives the same bytes, also after a round trip.
        #expect(try CanonicalJSON.encode(document) == data)
        #expect(try CanonicalJSON.encode(CanonicalJSON.decode(data)) == data)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"total\" : \"967.73\"") || text.contains("\"total\" : \"2829.73\""))
    }

    @Test func amountsKeepTheirPrecisionInJSON() throws {
        let document = try SeedFixtures.disclosure(SeedFixtures.names[1])
        let text = try #require(String(data: try CanonicalJSON.encode(document), encoding: .utf8))
        // 2197.4 in the narrative and 2,197.40 in the tables are different writings of one value.
        #expect(text.contains("\"amount\" : \"2197.4\""))
        #expect(text.contains("\"total\" : \"2197.40\""))
    }

    @Test func wrongSchemaVersionIsALocatedError() throws {
        let data = Data(#"{"format":"yusuan-disclosure","schemaVersion":99,"disclosure":{}}"#.utf8)
        #expect(throws: ImportError.self) { try DocumentImporter.importDocument(data: data, fileName: "v.json") }
        do {
            _ = try DocumentImporter.importDocument(data: data, fileName: "v.json")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("v.json:1: expected"))
        }
    }
}

@Suite struct SourceLineTests {
    @Test func withoutSourceLinesRemovesEveryLine() throws {
        let document = try SeedFixtures.disclosure(SeedFixtures.names[0])
        let stripped = document.withoutSourceLines()
        #expect(stripped != document)
        let text = try #require(String(data: try CanonicalJSON.encode(stripped), encoding: .utf8))
        #expect(!text.contains("\"line\""))
        for key in ["titleLine", "noteLine", "budgetLine"] { #expect(!text.contains("\"\(key)\"")) }
        #expect(text.contains("\"unitLine\""))
        // Everything else is kept.
        #expect(stripped.tables.projectPerformance.map(\.name) == document.tables.projectPerformance.map(\.name))
        #expect(stripped.narrative.facts.income?.amount == document.narrative.facts.income?.amount)
        #expect(stripped.withoutSourceLines() == stripped)
    }
}
