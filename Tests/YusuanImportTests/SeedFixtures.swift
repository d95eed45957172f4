import Foundation
import YusuanCore
import YusuanImport
import YusuanSamples

/// The two published seeds (the bundled samples, `samples/`).
enum SeedFixtures {
    static let names = ["2024-236-nanan-government-services-office", "2025-202-nanan-district-government-office"]

    static func text(_ name: String) throws -> String {
        try BundledSamples.text(named: name + ".txt")
    }

    static func disclosure(_ name: String) throws -> Disclosure {
        try PublishedTextImporter.importDocument(text: text(name), fileName: name + ".txt")
    }
}
