import Foundation
import Testing
import YusuanCore
import YusuanStorage
import YusuanStorageSQLite

/// `yusuan db export`: every amount and finding of the latest revisions as tidy CSV with a data package that
/// `frictionless validate` accepts, from SQLite and PostgreSQL alike.
@Suite("yusuan db export", .serialized)
struct DbExportTests {
    /// The path of `frictionless` when installed (`pip install frictionless`), else `nil`.
    static let frictionless: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/frictionless" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    @Test(arguments: [StoreKind.sqlite, .postgres])
    func exportsEveryLatestAmountAndFinding(_ kind: StoreKind) async throws {
        if kind == .postgres, StoreKind.postgresURL == nil {
            print(StoreKind.postgresSkipMessage)
            return
        }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let documents = try workspace.generate(count: 16, seed: 23, into: "docs")
        let database = try workspace.database(kind)
        let imported = try ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(imported.status == 0, "\(imported.standardError)")
        // A second revision of one document: only the latest is exported by default.
        let changedFile = try #require(
            try FileManager.default.contentsOfDirectory(atPath: workspace.path("docs")).sorted().first
        )
        let changedPath = (workspace.path("docs") as NSString).appendingPathComponent(changedFile)
        let text = try String(contentsOfFile: changedPath, encoding: .utf8)
        try text.replacingOccurrences(of: "部门预算", with: "部门预算（修订）", options: [], range: nil)
            .write(toFile: changedPath, atomically: true, encoding: .utf8)
        let again = try ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(again.standardError.contains("1 revised"), "\(again.standardError)")

        let output = workspace.path("export")
        let result = try ProcessRunner.run(["db", "export", "--db", database.location, "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let facts = try String(
            contentsOfFile: (output as NSString).appendingPathComponent("facts.csv"),
            encoding: .utf8
        )
        let rows = facts.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(
            rows.first
                == "region,department_code,department_name,year,kind,revision,is_latest,table_number,table_id,table_name,row_code,row_kind,row_name,column_name,amount,unit"
        )
        #expect(rows.count - 1 == documents.reduce(0) { $0 + $1.facts.count })
        #expect(rows.dropFirst().allSatisfy { $0.contains(",true,") })
        #expect(rows.contains { $0.contains(",2,true,") }, "the revised document's second revision")
        let findings = try String(
            contentsOfFile: (output as NSString).appendingPathComponent("findings.csv"),
            encoding: .utf8
        )
        #expect(
            findings.hasPrefix("region,department_code,department_name,year,kind,revision,is_latest,rule,severity,")
        )
        let descriptor =
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent("datapackage.json"))
                )
            ) as? [String: Any]
        #expect(
            (descriptor?["resources"] as? [[String: Any]])?.map { $0["path"] as? String } == [
                "facts.csv", "findings.csv",
            ]
        )

        // A region and a year that match nothing: the files are there, with their headers only.
        let empty = try ProcessRunner.run([
            "db", "export", "--db", database.location, "--output", workspace.path("none"), "--year", "1999",
        ])
        #expect(empty.status == 0, "\(empty.standardError)")
        #expect(empty.standardOutput.hasPrefix("0 amounts and 0 findings"))
        try await database.drop()

        guard let frictionless = Self.frictionless else {
            print("frictionless is not installed (pip install frictionless): the package was not validated")
            return
        }
        for directory in [output, workspace.path("none")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: frictionless)
            process.arguments = ["validate", (directory as NSString).appendingPathComponent("datapackage.json")]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(report)")
        }
    }
}
