import Foundation
import YusuanCore
import YusuanImport

/// The two published seeds, copied into the test bundle.
enum SeedFixtures {
    static let names = ["2024-236-nanan-government-services-office", "2025-202-nanan-district-government-office"]

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func disclosure(_ name: String) throws -> Disclosure {
        try PublishedTextImporter.importDocument(text: text(name), fileName: name + ".txt")
    }

    struct FixtureMissing: Error { var name: String }
}
