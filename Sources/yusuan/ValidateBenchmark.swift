import Foundation
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanValidation

/// `yusuan bench validate`: import + validate throughput over generated documents, on one core and on all.
enum ValidateBenchmark {
    static func run(count: Int, pool: Int, seed: UInt64) async throws {
        var generator = DisclosureGenerator(seed: seed)
        let texts = (0..<pool).map { PublishedTextRenderer.render(generator.makeDisclosure(index: $0)) }
        let validator = Validator()
        print("pool: \(pool) generated documents; \(count) documents per run")

        var errors = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<count {
            errors += try checkedErrors(texts[index % pool], index: index, validator: validator)
        }
        let single = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            String(
                format: "import+validate, 1 core: %d documents in %.2f s: %.0f documents/s (%d errors found)",
                count, single, Double(count) / single, errors))

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallelStart = DispatchTime.now().uptimeNanoseconds
        let parallelErrors = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<cores {
                group.addTask {
                    var found = 0
                    var index = worker
                    while index < count {
                        found += try checkedErrors(texts[index % pool], index: index, validator: validator)
                        index += cores
                    }
                    return found
                }
            }
            return try await group.reduce(0, +)
        }
        let parallel = Double(DispatchTime.now().uptimeNanoseconds - parallelStart) / 1e9
        print(
            String(
                format: "import+validate, %d cores: %d documents in %.2f s: %.0f documents/s (%d errors found)",
                cores, count, parallel, Double(count) / parallel, parallelErrors))
    }

    private static func checkedErrors(_ text: String, index: Int, validator: Validator) throws -> Int {
        let document = try PublishedTextImporter.importDocument(text: text, fileName: "bench-\(index).txt")
        return validator.validate(document).errorCount
    }
}
