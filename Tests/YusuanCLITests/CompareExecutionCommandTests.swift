import Foundation
import Testing
import YusuanCore
import YusuanTestSupport

/// `yusuan compare execution`: the stored 预算 and 决算 of two departments (ExecutionFixtures), in all three formats.
@Suite("compare execution")
struct CompareExecutionCommandTests {
    /// A SQLite store with two department-years compared and one 预算 without its 决算, and its directory.
    static func storedPairs() throws -> (directory: URL, db: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-exec-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let documents = [
            ExecutionFixtures.budget(), ExecutionFixtures.final(),
            ExecutionFixtures.budget(name: "重庆市南岸区第二局", code: "902", factor: 3),
            ExecutionFixtures.final(name: "重庆市南岸区第二局", code: "902", factor: 3),
            ExecutionFixtures.budget(name: "重庆市南岸区第三局", code: "903"),
        ]
        for (index, document) in documents.enumerated() {
            try CanonicalJSON.encode(document).write(to: directory.appendingPathComponent("doc\(index).json"))
        }
        let db = directory.appendingPathComponent("store.sqlite").path
        let imported = try CommandRunner.run(["db", "import", "--db", db, directory.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        return (directory, db)
    }

    @Test("table: every line with its budget, actual and rate; — where a figure is missing; the region's 合计")
    func table() throws {
        let (directory, db) = try Self.storedPairs()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["compare", "execution", "--db", db, "--region", "南岸区", "--year", "2024"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let total = try #require(lines.first { $0.contains("901") && $0.contains("部门支出") && $0.contains("支出合计") })
        #expect(total.contains("1000.00") && total.contains("962.37") && total.contains("96.24"))
        let abroad = try #require(lines.first { $0.contains("901") && $0.contains("因公出国（境）费") })
        #expect(abroad.contains("0.00") && abroad.contains("—"))
        #expect(!abroad.contains(" 0 "))
        let rollup = try #require(lines.first { $0.contains("合计") && $0.contains("2 个部门") && $0.contains("支出合计") })
        #expect(rollup.contains("4000.00") && rollup.contains("3849.48") && rollup.contains("96.24"))
        #expect(!result.standardOutput.contains("903"), "a 预算 without its 决算 is not compared")
        #expect(result.standardOutput.contains("决算表所列预算数 12.50 万元与预算公开的年初预算数 12.00 万元不同"))
    }

    @Test("csv: the rate follows from the budget and actual of each row; a missing figure is an empty cell")
    func csv() throws {
        let (directory, db) = try Self.storedPairs()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["compare", "execution", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            rows.first == [
                "region", "department", "name", "year", "group", "item", "budget", "actual", "rate", "printedBudget",
                "departments",
            ]
        )
        var checked = 0
        for row in rows.dropFirst() {
            guard let budget = Decimal(string: row[6]), let actual = Decimal(string: row[7]), budget != 0 else {
                #expect(row[8].isEmpty, "no rate without both figures: \(row)")
                continue
            }
            var percent = actual * 100 / budget
            var rounded = Decimal()
            NSDecimalRound(&rounded, &percent, 2, .plain)
            #expect(Decimal(string: row[8]) == rounded, "\(row)")
            checked += 1
        }
        #expect(checked > 30)
        #expect(rows.contains { $0[1] == "902" && $0[5] == "因公出国（境）费" && $0[6] == "0.00" && $0[7].isEmpty })
    }

    @Test("json: rows with null for a missing figure; --department gives one department without a rollup")
    func json() throws {
        let (directory, db) = try Self.storedPairs()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run([
            "compare", "execution", "--db", db, "--department", "902", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["department"] as? String }) == ["902"])
        let total = try #require(rows.first { $0["group"] as? String == "部门支出" && $0["item"] as? String == "支出合计" })
        #expect(total["budget"] as? String == "3000.00")
        #expect(total["actual"] as? String == "2887.11")
        #expect(total["rate"] as? String == "96.24")
        let abroad = try #require(rows.first { $0["item"] as? String == "因公出国（境）费" })
        #expect(abroad["actual"] is NSNull && abroad["rate"] is NSNull)
        let unknown = try CommandRunner.run(["compare", "execution", "--db", db, "--department", "999"])
        #expect(unknown.status != 0 && unknown.standardError.contains("no stored department '999'"))
    }
}
