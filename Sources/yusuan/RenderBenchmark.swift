import Foundation
import YusuanCore
import YusuanGenerator
import YusuanRender

/// `yusuan bench render`: milliseconds per document for every output format but PDF.
enum RenderBenchmark {
    static func run(count: Int, seed: UInt64) throws {
        let documents = DisclosureGenerator.generate(count: count, seed: seed)
        print("render: \(count) generated documents (seed \(seed)), 1 core")
        let renderers: [(String, any DisclosureRenderer)] = [
            ("html", HTMLRenderer()), ("xlsx", XLSXRenderer()), ("markdown", MarkdownRenderer()),
            ("text", TextRenderer()), ("json", JSONRenderer()),
        ]
        for (name, renderer) in renderers {
            try measure(name, documents) { try renderer.render($0).count }
        }
        let csv = CSVPackageRenderer()
        try measure("csv", documents) { try csv.renderFiles($0).values.reduce(0) { $0 + $1.count } }
    }

    static func measure(_ name: String, _ documents: [Disclosure], _ render: (Disclosure) throws -> Int) throws {
        var bytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for document in documents { bytes += try render(document) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let perDocument = seconds * 1000 / Double(documents.count)
        let size = Double(bytes) / Double(documents.count) / 1024
        let label = name + String(repeating: " ", count: max(0, 9 - name.count))
        print("  " + label + String(format: "%8.3f ms/document  %7.1f KB/document", perDocument, size))
    }
}
