import Foundation
import Testing

/// `yusuan generate --with-finals`: each budget with its 部门决算 beside it, named so that the pair sorts together,
/// the same bytes for the same seed, and `yusuan validate` finds no error in either.
struct GenerateFinalsCommandTests {
    static func generate(into root: URL, count: Int, seed: Int) throws -> [String] {
        let result = try CommandRunner.run([
            "generate", "--count", String(count), "--seed", String(seed), "--with-finals", "--output", root.path,
        ])
        try #require(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("generated \(count) disclosures and their \(count) 决算"))
        return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }

    @Test func finalsBesideBudgetsValidateWithoutError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-finals-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let names = try Self.generate(into: root.appendingPathComponent("a"), count: 14, seed: 3)
        // --count counts budgets: 14 budgets, 14 决算, each 决算 right beside its budget.
        #expect(names.count == 28)
        for pair in stride(from: 0, to: names.count, by: 2) {
            let final = names[pair]
            let budget = names[pair + 1]
            #expect(final.hasSuffix("-final.txt"))
            #expect(final == String(budget.dropLast(4)) + "-final.txt")
        }
        let again = try Self.generate(into: root.appendingPathComponent("b"), count: 14, seed: 3)
        #expect(again == names)
        for name in names {
            let first = try Data(contentsOf: root.appendingPathComponent("a").appendingPathComponent(name))
            let second = try Data(contentsOf: root.appendingPathComponent("b").appendingPathComponent(name))
            #expect(first == second, "\(name)")
        }
        let validated = try CommandRunner.run(["validate", root.appendingPathComponent("a").path])
        #expect(validated.status == 0, "\(validated.standardOutput.suffix(2000))")
        #expect(validated.standardOutput.contains("错误 0"))
        #expect(!validated.standardOutput.contains("error["))
        #expect(!validated.standardOutput.contains("warning["))
        // Each 决算 carries its projects' self-evaluations, validated with its budget (paired in the directory):
        // P7 and P8 ran and passed on all 14.
        let json = try CommandRunner.run(["validate", "--format", "jsonl", root.appendingPathComponent("a").path])
        #expect(json.status == 0)
        var passed: [String: Int] = [:]
        for line in json.standardOutput.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let outcomes = object["outcomes"] as? [[String: Any]]
            else { continue }
            for outcome in outcomes where outcome["status"] as? String == "passed" {
                if let rule = outcome["rule"] as? String, ["P7", "P8"].contains(rule) { passed[rule, default: 0] += 1 }
            }
        }
        #expect(passed == ["P7": 14, "P8": 14])
    }
}
