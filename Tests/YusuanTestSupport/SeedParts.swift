import Foundation
import YusuanCore

/// A seed cut into the two files of a disclosure published as a narrative and its tables, as the PDF readers give
/// them (each with its single part), shared by the import, validation and storage tests: the narrative part holds the lines before `表一` and no tables; the tables part
/// holds `表一` to the end, no narrative, and its lines renumbered from 1. Lines are moved through the JSON keys of
/// ``Disclosure/sourceLineKeys``, independently of ``Disclosure/shiftingSourceLines(by:)``.
public struct SeedParts {
    public var narrative: Disclosure
    public var tables: Disclosure
    /// The lines of the narrative file (the seed's lines before `表一`).
    public var narrativeLines: Int
    /// The lines of the tables file.
    public var tablesLines: Int

    public init(_ seed: Disclosure, text: String, narrativeFile: String, tablesFile: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("表一") }) else {
            throw NoTables()
        }
        narrativeLines = first
        tablesLines = lines.count - first
        narrative = seed
        narrative.tables = DisclosureTables()
        narrative.parts = [
            DocumentPart(file: narrativeFile, content: .narrative, firstLine: 1, lineCount: narrativeLines)
        ]
        tables = try Self.moving(seed, by: -narrativeLines)
        tables.narrative = Narrative(title: "", blocks: [], facts: NarrativeFacts())
        tables.parts = [DocumentPart(file: tablesFile, content: .tables, firstLine: 1, lineCount: tablesLines)]
    }

    public struct NoTables: Error {}

    /// The document with every value under a source-line key moved by `offset`, through its JSON.
    public static func moving(_ document: Disclosure, by offset: Int) throws -> Disclosure {
        func move(_ value: Any) -> Any {
            if let dictionary = value as? [String: Any] {
                var result: [String: Any] = [:]
                for (key, element) in dictionary {
                    if Disclosure.sourceLineKeys.contains(key), let line = element as? Int {
                        result[key] = line + offset
                    } else {
                        result[key] = move(element)
                    }
                }
                return result
            }
            if let array = value as? [Any] { return array.map(move) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(document))
        return try JSONDecoder().decode(Disclosure.self, from: JSONSerialization.data(withJSONObject: move(object)))
    }
}
