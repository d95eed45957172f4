import Foundation
import YusuanCore
import YusuanImport
import YusuanValidation

/// `yusuan bench validate --per-rule`: the CPU time of each rule, and of the context the rules share, over the
/// benchmark's documents.
///
/// Each document is imported (not timed), its ``ValidationContext`` made (timed as `context`: the coded views, the
/// stated figures and the reading gaps, made once per document), then every rule that applies to the document's
/// template is evaluated on it alone, timed by the thread's CPU clock. The validator's own work between rules
/// (the applicability checks, collecting the outcomes) is not in any row.
enum RuleTiming {
    static func run(texts: [String], count: Int, validator: Validator) throws {
        let catalogue = validator.catalogue
        let rules = catalogue.rules
        var nanoseconds = [UInt64](repeating: 0, count: rules.count)
        var runs = [Int](repeating: 0, count: rules.count)
        var contextNanoseconds: UInt64 = 0
        var findings = 0
        for index in 0..<count {
            let disclosure = try PublishedTextImporter.importDocument(
                text: texts[index % texts.count],
                fileName: "bench-\(index).txt"
            )
            let profile = disclosure.identity.profile
            let contextStart = ThreadCPUClock.nanoseconds()
            let context = ValidationContext(
                disclosure: disclosure,
                prior: nil,
                options: validator.options,
                catalogue: catalogue
            )
            contextNanoseconds += ThreadCPUClock.nanoseconds() - contextStart
            for position in rules.indices {
                if let descriptor = catalogue.descriptor(id: rules[position].id), !descriptor.applies(to: profile) {
                    continue
                }
                let start = ThreadCPUClock.nanoseconds()
                let outcome = rules[position].evaluate(context)
                nanoseconds[position] += ThreadCPUClock.nanoseconds() - start
                runs[position] += 1
                findings += outcome.findings.count
            }
        }
        let total = nanoseconds.reduce(contextNanoseconds, +)
        var rows = rules.indices.map { (id: rules[$0].id, nanoseconds: nanoseconds[$0], runs: runs[$0]) }
        rows.append((id: "context", nanoseconds: contextNanoseconds, runs: count))
        rows.sort { $0.nanoseconds > $1.nanoseconds }
        print(
            String(
                format: "per rule, 1 core: %d documents, %.3f CPU s in the rules and the context (%d findings)",
                count,
                Double(total) / 1e9,
                findings
            )
        )
        print(
            "  " + "rule".padding(toLength: 14, withPad: " ", startingAt: 0)
                + "    CPU s   share   µs/document   documents"
        )
        for row in rows {
            print(
                "  " + row.id.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(
                        format: " %8.3f  %5.1f %%  %12.2f   %9d",
                        Double(row.nanoseconds) / 1e9,
                        total == 0 ? 0 : 100 * Double(row.nanoseconds) / Double(total),
                        row.runs == 0 ? 0 : Double(row.nanoseconds) / 1e3 / Double(row.runs),
                        row.runs
                    )
            )
        }
        print(
            "(each rule timed alone by the thread's CPU clock; each row includes two readings of the clock, a system call of about 0.5 µs; the validator's own work between rules is in no row)"
        )
    }
}

/// The CPU time of the calling thread.
enum ThreadCPUClock {
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
