import Foundation
import Testing
import YusuanTestSupport

/// `yusuan validate` hands a 决算 the same department's budget of the same year when both are among its inputs, so
/// that P8 compares the self-evaluations with the budget's 项目绩效目标表.
@Suite struct SelfEvaluationPairingTests {
    /// The seed budget turned into a 决算 (its title) ending with a self-evaluation of its first project, one target
    /// changed (≥360天 → ≥350天) and one indicator (开评标室年使用率) dropped.
    static func finalAccountText() throws -> String {
        let seed = try String(contentsOfFile: CommandRunner.fixture(PairingCommandTests.seed), encoding: .utf8)
        return try SelfEvaluationSample.finalAccountText(fromSeedBudget: seed)
    }

    @Test func aFinalAccountIsComparedWithItsBudgetOfTheSameYear() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-selfeval-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let final = directory.appendingPathComponent("2024-final.txt")
        try Self.finalAccountText().write(to: final, atomically: true, encoding: .utf8)
        let budget = try CommandRunner.fixture(PairingCommandTests.seed)

        let paired = try CommandRunner.run(["validate", budget, final.path])
        let warnings = paired.standardOutput.split(separator: "\n").filter { $0.contains("warning[P8]") }
        #expect(warnings.count == 2, "\(paired.standardOutput)")
        #expect(warnings.contains { $0.contains("招投标网站年稳定运行天数") && $0.contains("≥350天") && $0.contains("≥360天") })
        #expect(warnings.contains { $0.contains("开评标室年使用率") && $0.contains("未出现在") })
        // The table adds up: P7 reports nothing.
        #expect(!paired.standardOutput.contains("[P7]"))

        let alone = try CommandRunner.run(["validate", final.path, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(alone.standardOutput.utf8)) as? [String: Any]
        )
        let reports = try #require(json["reports"] as? [[String: Any]])
        let outcomes = try #require(reports.first?["outcomes"] as? [[String: Any]])
        let p8 = try #require(outcomes.first { $0["rule"] as? String == "P8" })
        #expect(p8["status"] as? String == "insufficient-data")
        #expect(!alone.standardOutput.contains("未出现在"))
    }

    /// `db import` hands a 决算 its budget of the same year too — from the same run, or from the store when it was
    /// imported before — so the stored findings carry P8's warnings (they used to lack them: no budget was given).
    @Test func dbImportComparesAFinalAccountWithItsBudget() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-selfeval-db-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let final = directory.appendingPathComponent("2024-final.txt")
        try Self.finalAccountText().write(to: final, atomically: true, encoding: .utf8)
        let budget = try CommandRunner.fixture(PairingCommandTests.seed)

        // Both in one run, the budget first.
        let together = directory.appendingPathComponent("together.sqlite").path
        let imported = try CommandRunner.run(["db", "import", "--db", together, budget, final.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        // The budget stored by an earlier run.
        let apart = directory.appendingPathComponent("apart.sqlite").path
        #expect(try CommandRunner.run(["db", "import", "--db", apart, budget]).status == 0)
        #expect(try CommandRunner.run(["db", "import", "--db", apart, final.path]).status == 0)
        for database in [together, apart] {
            let output = database + "-export"
            let exported = try CommandRunner.run(["db", "export", "--db", database, "--output", output])
            #expect(exported.status == 0, "\(exported.standardError)")
            let findings = try String(contentsOfFile: output + "/findings.csv", encoding: .utf8)
            let p8 = findings.split(whereSeparator: \.isNewline).filter { $0.contains("P8") }
            #expect(p8.count == 2, "\(database): \(findings)")
            #expect(p8.contains { $0.contains("≥350天") }, "\(database)")
        }
    }
}
