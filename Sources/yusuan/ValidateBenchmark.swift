import Foundation
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanValidation

/// `yusuan bench validate`: import + validate throughput over generated documents, on one core and on all.
enum ValidateBenchmark {
    static func run(count: Int, pool: Int, seed: UInt64, perRule: Bool = false) async throws {
        var generator = DisclosureGenerator(seed: seed)
        let texts = (0..<pool).map { PublishedTextRenderer.render(generator.makeDisclosure(index: $0)) }
        let validator = Validator()
        print("pool: \(pool) generated documents; \(count) documents per run")

        var errors = 0
        _ = validator.validate(try PublishedTextImporter.importDocument(text: texts[0], fileName: "warm-up.txt"))
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = CPUClock.seconds()
        for index in 0..<count {
            errors += try checkedErrors(texts[index % pool], index: index, validator: validator)
        }
        let single = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let singleCPU = CPUClock.seconds() - cpuStart
        print(
            String(
                format:
                    "import+validate, 1 core: %d documents in %.2f s: %.0f documents/s (%d errors found); "
                    + "CPU time %.2f s: %.0f documents/s per core",
                count,
                single,
                Double(count) / single,
                errors,
                singleCPU,
                Double(count) / singleCPU
            )
        )

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallelStart = DispatchTime.now().uptimeNanoseconds
        let parallelCPUStart = CPUClock.seconds()
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
        let parallelCPU = CPUClock.seconds() - parallelCPUStart
        print(
            String(
                format:
                    "import+validate, %d cores: %d documents in %.2f s: %.0f documents/s, %.0f per core "
                    + "(%d errors found); CPU time %.2f s: %.0f documents/s per core",
                cores,
                count,
                parallel,
                Double(count) / parallel,
                Double(count) / parallel / Double(cores),
                parallelErrors,
                parallelCPU,
                Double(count) / parallelCPU
            )
        )
        print("peak memory: \(PeakMemory.megabytes()) MB")
        print(
            "(documents/s is wall-clock; 'per core' from CPU time is the figure to compare when other processes "
                + "share the machine)"
        )
        if perRule { try RuleTiming.run(texts: texts, count: count, validator: validator) }
    }

    private static func checkedErrors(_ text: String, index: Int, validator: Validator) throws -> Int {
        let document = try PublishedTextImporter.importDocument(text: text, fileName: "bench-\(index).txt")
        return validator.validate(document).errorCount
    }
}

/// The CPU time this process has used (all threads), for per-core figures on a shared machine.
enum CPUClock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
