import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// `yusuan bench pdf`: PDF import + validation throughput (pages/s) over a corpus, against `pdftotext` alone on the
/// same files and pdfplumber extracting their tables in the same run (`scripts/pdf_tables_pdfplumber.py`).
enum PDFBenchmark {
    static func run(corpus: String, rounds: Int) throws {
        let directory = URL(fileURLWithPath: corpus)
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "pdf" }.sorted { $0.path < $1.path }
        var readable: [(URL, Data, Int)] = []
        for file in files {
            let data = try Data(contentsOf: file)
            do {
                _ = try PDFImporter.importDocument(data: data, fileName: file.lastPathComponent)
                readable.append((file, data, try PDFImporter.pageCount(data: data, fileName: file.lastPathComponent)))
            } catch {
                print("skipped (not read): \(file.lastPathComponent): \(error)")
            }
        }
        guard !readable.isEmpty else {
            print("no PDF of a known template in \(corpus)")
            return
        }
        let pages = readable.reduce(0) { $0 + $1.2 } * rounds
        let validator = Validator()
        let start = DispatchTime.now().uptimeNanoseconds
        var findings = 0
        for _ in 0..<rounds {
            for (file, data, _) in readable {
                let document = try PDFImporter.importDocument(data: data, fileName: file.lastPathComponent)
                findings += validator.validate(document).findings.count
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            String(
                format:
                    "yusuan import + validate (pdftotext -bbox-layout, tables, narrative, rules): %d files × %d rounds, %d pages in %.2f s: %.1f pages/s",
                readable.count,
                rounds,
                pages,
                seconds,
                Double(pages) / seconds
            )
        )
        let textStart = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for (file, data, _) in readable {
                _ = try PDFImporter.pageCount(data: data, fileName: file.lastPathComponent)
            }
        }
        let textSeconds = Double(DispatchTime.now().uptimeNanoseconds - textStart) / 1e9
        print(
            String(
                format: "pdftotext -bbox-layout alone: %d pages in %.2f s: %.1f pages/s (yusuan takes %.2f× its time)",
                pages,
                textSeconds,
                Double(pages) / textSeconds,
                seconds / textSeconds
            )
        )
        let script = URL(fileURLWithPath: "scripts/pdf_tables_pdfplumber.py")
        guard FileManager.default.fileExists(atPath: script.path) else {
            print("pdfplumber: scripts/pdf_tables_pdfplumber.py not found (run from the repository root)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--rounds", String(rounds)] + readable.map(\.0.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        let wallStart = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        guard process.terminationStatus == 0,
            let result = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
            let plumberPages = result["pages"] as? Int, let plumberSeconds = result["seconds"] as? Double
        else {
            print("pdfplumber: not available (pip install pdfplumber)")
            return
        }
        print(
            String(
                format: "pdfplumber (extract_tables, Python): %d pages in %.2f s (%.2f s with start-up): %.1f pages/s",
                plumberPages,
                plumberSeconds,
                wall,
                Double(plumberPages) / plumberSeconds
            )
        )
        print(
            String(
                format: "ratio: yusuan %.1f× pdfplumber",
                (Double(pages) / seconds) / (Double(plumberPages) / plumberSeconds)
            )
        )
    }
}
