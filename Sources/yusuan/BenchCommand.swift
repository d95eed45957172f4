import ArgumentParser
import Foundation
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender

/// `yusuan bench import`: import throughput and peak memory over generated documents.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure import throughput (MB/s, documents/s) and peak memory over generated documents.",
        discussion: """
            Generates a pool of distinct documents in the published text layout, then imports --count \
            documents from the pool on one core, timing only the import. Peak memory (VmHWM) is printed after \
            each tenth of the run, so growth with the number of documents shows. Build with -c release.
            """
    )

    @Argument(
        help:
            "What to measure: import, validate (import + validate on 1 and all cores), store (import into SQLite/PostgreSQL and a region rollup), render (every format but PDF), pdf (PDF import + validate pages/s against pdftotext alone and pdfplumber), or batch (generate, validate in every format and db import run as commands on --count documents, with documents/s and peak memory)."
    )
    var target: String = "import"

    @Option(help: "Documents to import.")
    var count: Int = 10_000

    @Option(help: "Distinct generated documents cycled through.")
    var pool: Int = 200

    @Option(help: "Generator seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard ["import", "validate", "store", "render", "pdf", "batch"].contains(target) else {
            throw ValidationError(
                "unknown benchmark '\(target)'; expected 'import', 'validate', 'store', 'render', 'pdf' or 'batch'"
            )
        }
        for format in formats.split(separator: ",") where ValidateCommand.Format(rawValue: String(format)) == nil {
            throw ValidationError("unknown report format '\(format)' in --formats; expected text, json, jsonl or csv")
        }
        guard count > 0, pool > 0 else { throw ValidationError("--count and --pool must be positive") }
    }

    @Option(help: "store: also import into the PostgreSQL database of this postgres:// URL (a throwaway schema).")
    var postgresURL: String?

    @Option(help: "render: documents to render in every format.")
    var renderCount: Int = 1_000

    @Option(help: "pdf: the directory of PDFs to import (and to give pdfplumber).")
    var corpus: String = "Tests/YusuanPDFTests/Fixtures/corpus"

    @Option(help: "pdf: times each PDF is imported.")
    var rounds: Int = 3

    @Option(help: "batch: the directory for the documents, reports and stores (a temporary one by default).")
    var directory: String?

    @Flag(help: "batch: keep the directory (and reuse the documents already generated there).")
    var keep = false

    @Option(help: "batch: the report formats validate is run with, comma-separated.")
    var formats = "text,json,jsonl,csv"

    @Flag(help: "batch: measure generate and validate only.")
    var noImport = false

    @Flag(
        help:
            "validate: then run each rule alone on every document and print the CPU time of each rule and of the per-document context, most costly first."
    )
    var perRule = false

    func run() async throws {
        if target == "batch" {
            return try await BatchBenchmark(
                count: count,
                seed: seed,
                directory: directory,
                keeps: keep,
                formats: formats.split(separator: ",").map(String.init),
                postgresURL: postgresURL,
                skipsImport: noImport
            ).run()
        }
        if target == "pdf" { return try PDFBenchmark.run(corpus: corpus, rounds: rounds) }
        if target == "render" { return try RenderBenchmark.run(count: renderCount, seed: seed) }
        if target == "validate" {
            return try await ValidateBenchmark.run(count: count, pool: pool, seed: seed, perRule: perRule)
        }
        if target == "store" {
            try await StoreBenchmark(count: count, seed: seed, postgresURL: postgresURL).run()
            return
        }
        var generator = DisclosureGenerator(seed: seed)
        let texts = (0..<pool).map { PublishedTextRenderer.render(generator.makeDisclosure(index: $0)) }
        let poolBytes = texts.reduce(0) { $0 + $1.utf8.count }
        print(
            "pool: \(pool) documents, \(String(format: "%.1f", Double(poolBytes) / 1e6)) MB; peak memory before: \(PeakMemory.megabytes()) MB"
        )
        var bytes = 0
        var elapsed: Double = 0
        var cpu: Double = 0
        let step = max(1, count / 10)
        var checksum = 0
        for index in 0..<count {
            let text = texts[index % pool]
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = CPUClock.seconds()
            let document = try PublishedTextImporter.importDocument(text: text, fileName: "bench-\(index).txt")
            elapsed += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            cpu += CPUClock.seconds() - cpuStart
            checksum &+= document.tables.projectPerformance.count
            bytes += text.utf8.count
            if (index + 1) % step == 0 || index + 1 == count {
                print("  \(index + 1) documents: peak memory \(PeakMemory.megabytes()) MB")
            }
        }
        let megabytes = Double(bytes) / 1e6
        print(
            String(
                format: "import: %d documents, %.1f MB in %.2f s (1 core): %.1f MB/s, %.0f documents/s",
                count,
                megabytes,
                elapsed,
                megabytes / elapsed,
                Double(count) / elapsed
            )
        )
        print(
            String(
                format: "import: CPU time %.2f s: %.1f MB/s, %.0f documents/s per core",
                cpu,
                megabytes / cpu,
                Double(count) / cpu
            )
        )
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let (total, poolSize) = (count, pool)
        let parallelStart = DispatchTime.now().uptimeNanoseconds
        let parallelCPUStart = CPUClock.seconds()
        let parallelChecksum = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<cores {
                group.addTask {
                    var sum = 0
                    var index = worker
                    while index < total {
                        let document = try PublishedTextImporter.importDocument(
                            text: texts[index % poolSize],
                            fileName: "bench-\(index).txt"
                        )
                        sum &+= document.tables.projectPerformance.count
                        index += cores
                    }
                    return sum
                }
            }
            return try await group.reduce(0, &+)
        }
        let parallel = Double(DispatchTime.now().uptimeNanoseconds - parallelStart) / 1e9
        let parallelCPU = CPUClock.seconds() - parallelCPUStart
        print(
            String(
                format:
                    "import, %d cores: %d documents in %.2f s: %.1f MB/s, %.0f documents/s (%.0f per core); "
                    + "CPU time %.2f s: %.0f documents/s per core",
                cores,
                count,
                parallel,
                megabytes / parallel,
                Double(count) / parallel,
                Double(count) / parallel / Double(cores),
                parallelCPU,
                Double(count) / parallelCPU
            )
        )
        print("peak memory after both runs: \(PeakMemory.megabytes()) MB")
        print("(checksum \(checksum), \(parallelChecksum))")
    }
}

/// The peak resident memory of this process, from /proc/self/status.
enum PeakMemory {
    static func megabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) / 1024
        }
        return -1
    }
}
