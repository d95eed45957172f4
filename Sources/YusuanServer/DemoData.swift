import Foundation
import Logging
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage
import YusuanStorageSQLite

/// The demo store of `yusuan serve --demo`: a fresh SQLite file in a temporary directory holding the bundled
/// sample disclosures with their validation findings, the lineage event that links them (in 2025
/// 南岸区人民政府办公室, 202, absorbed 政务服务管理办公室, 236), and a generated district in a region of its own
/// (``generatedRegion``: every department, budgets and 决算 of several years; see `DemoData+GeneratedDistrict`).
public enum DemoData {
    /// The region of the samples.
    public static let region = "重庆市南岸区"

    /// The merge recorded with the samples.
    public static let mergeEvent = LineageEvent(
        kind: .merge,
        region: region,
        fromCodes: ["236"],
        toCodes: ["202"],
        effectiveYear: 2025,
        note: "政务服务管理办公室（行政服务中心、公共资源交易中心）职责划入区政府办公室"
    )

    /// A new SQLite store in a new temporary directory, loaded with the samples and the generated district. The
    /// directory is returned so the caller can remove it after closing the store.
    public static func makeStore(logger: Logger) async throws -> (store: SQLiteDisclosureStore, directory: URL) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("yusuan-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteDisclosureStore(path: directory.appendingPathComponent("demo.sqlite").path)
        // The generated district is generated and validated while the samples are imported, then stored.
        async let generated = generatedDocuments()
        try await load(into: store, logger: logger)
        try await storeGenerated(try await generated, into: store, logger: logger)
        return (store, directory)
    }

    /// Imports the samples (validated, each with the stored prior year when there is one) and the lineage event.
    public static func load(into store: any DisclosureStore, logger: Logger) async throws {
        for sample in try BundledSamples.files() {
            let disclosure = try DocumentImporter.importDocument(data: Data(sample.text.utf8), fileName: sample.name)
            let document = try await prepare(disclosure, store: store, source: "demo:\(sample.name)")
            let result = try await store.importDocument(document)
            logger.info(
                "demo disclosure loaded",
                metadata: [
                    "revision": "\(result.revision)", "findings": "\(document.findings.count)",
                ]
            )
        }
        if try await store.lineageEvents(region: region).isEmpty {
            _ = try await store.addLineageEvent(mergeEvent)
        }
    }

    /// Validates a document (against its stored prior year, when there is one) and prepares it for storing.
    public static func prepare(_ disclosure: Disclosure, store: any DisclosureStore, source: String?) async throws
        -> PreparedDocument
    {
        let findings = try await store.validationFindings(for: disclosure)
        return try PreparedDocument(disclosure, findings: findings, source: source)
    }
}
