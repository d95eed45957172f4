import Foundation
import YusuanCore
import YusuanImport

/// The two real seed documents, read from the bundled fixtures.
enum Seeds {
    static let names = [
        "2024-236-nanan-government-services-office", "2025-202-nanan-district-government-office",
    ]

    struct MissingFixture: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture \(name).txt is missing" }
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures") else {
            throw MissingFixture(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func disclosure(_ name: String) throws -> Disclosure {
        try PublishedTextImporter.importDocument(text: text(name), fileName: name + ".txt")
    }

    static var year2024: Disclosure { get throws { try disclosure(names[0]) } }
    static var year2025: Disclosure { get throws { try disclosure(names[1]) } }
}
