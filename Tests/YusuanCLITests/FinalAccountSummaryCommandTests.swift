import Foundation
import Testing

/// The command-line summaries of a 部门决算: `import --format summary` lists the tables the document has (its nine, by
/// their printed titles), and `validate`'s per-department summary tells a year's budget from its 决算.
struct FinalAccountSummaryCommandTests {
    static func generate(into root: URL) throws -> [String] {
        let result = try CommandRunner.run([
            "generate", "--count", "2", "--seed", "3", "--with-finals", "--output", root.path,
        ])
        try #require(result.status == 0, "\(result.standardError)")
        return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }

    @Test func importSummaryListsTheNineTables() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-finalsum-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let names = try Self.generate(into: root)
        let final = try #require(names.first { $0.hasSuffix("-final.txt") })
        let result = try CommandRunner.run([
            "import", root.appendingPathComponent(final).path, "--format", "summary",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let output = result.standardOutput
        #expect(output.contains("类型: 决算"))
        let tableLines = output.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(tableLines.count == 9, "\(output)")
        let titles = [
            "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
            "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
            "国有资本经营预算财政拨款收入支出决算表",
        ]
        for (line, title) in zip(tableLines, titles) {
            #expect(line.contains(title + ":"), "\(line) ≠ \(title)")
            #expect(line.hasSuffix(" 行"), "\(line)")
        }
        // No budget table is listed as missing from a 决算.
        #expect(!output.contains("缺"))
        #expect(!output.contains("表十一"))
    }

    @Test func importSummaryOfABudgetIsUnchanged() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-finalsum-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let names = try Self.generate(into: root)
        let budget = try #require(names.first { !$0.hasSuffix("-final.txt") })
        let result = try CommandRunner.run([
            "import", root.appendingPathComponent(budget).path, "--format", "summary",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("  表一 财政拨款收支总表: "))
        #expect(result.standardOutput.contains("  表十一 项目绩效目标表（一级项目）: "))
    }

    @Test func validateSummaryTellsBudgetFromFinalAccount() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-finalsum-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Self.generate(into: root)
        let result = try CommandRunner.run(["validate", root.path])
        #expect(result.status == 0, "\(result.standardOutput.suffix(2000))")
        let summary = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("份") }
        #expect(!summary.isEmpty, "\(result.standardOutput.suffix(2000))")
        for line in summary {
            // Each department's budget and its 决算 are listed as two documents of their kinds.
            let budgets = line.components(separatedBy: "年 预算").count - 1
            let finals = line.components(separatedBy: "年 决算").count - 1
            #expect(budgets >= 1 && budgets == finals, "\(line)")
            #expect(line.contains("，\(budgets + finals) 份）"), "\(line)")
        }
    }
}
