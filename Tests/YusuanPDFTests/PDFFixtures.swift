import Foundation
import Testing
import YusuanImport
import YusuanSamples

/// The corpus PDFs copied into the test bundle (`Fixtures/corpus/`, every file of the shared corpus with its
/// README) and the seeds' text (`Fixtures/`).
enum PDFFixtures {
    static let shanghaiBudget = "shanghai-putuo-govoffice-2025-budget.pdf"
    static let wanliBudget = "shanghai-putuo-wanli-subdistrict-2023-budget.pdf"
    static let finalAccount = "shanghai-putuo-finance-2024-final.pdf"
    static let jiangsuBudget = "jiangsu-procuratorate-2019-budget.pdf"

    static func url(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/corpus"))
    }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// A seed's text (the bundled samples, `samples/`: the two Chongqing Nan'an documents extracted from their PDFs).
    static func seedData(_ name: String) throws -> Data {
        try Data(contentsOf: BundledSamples.url(named: name))
    }

    /// The names of every corpus PDF, sorted.
    static func corpusFiles() throws -> [String] {
        let directory = try #require(
            Bundle.module.url(forResource: "corpus", withExtension: nil, subdirectory: "Fixtures")
        )
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pdf") }
            .sorted()
    }

    /// Whether poppler's pdftotext is installed; tests that need it are skipped (with this message) when not.
    static var hasPoppler: Bool { PDFImporter.isAvailable }
    static let skipMessage = "pdftotext is not installed (apt-get install poppler-utils): PDF tests skipped"
}
