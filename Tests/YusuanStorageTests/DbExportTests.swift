import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage
import YusuanStorageSQLite

/// `yusuan db export`: every amount and finding of the latest revisions (or of every revision) as tidy CSV with a
/// data package that `frictionless validate` accepts, from SQLite and PostgreSQL alike.
@Suite("yusuan db export", .serialized)
struct DbExportTests {
    /// The path of `frictionless` when installed (`pip install frictionless`), else `nil`.
    static let frictionless: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/frictionless" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    static let factHeader = [
        "region", "department_code", "department_name", "year", "kind", "revision", "is_latest", "table_number",
        "table_id", "table_name", "row_code", "row_kind", "row_name", "column_name", "amount", "unit",
    ]

    static let findingHeader = [
        "region", "department_code", "department_name", "year", "kind", "revision", "is_latest", "rule", "severity",
        "message", "table_number", "row_code", "column_name", "line", "expected", "actual", "table_caption",
    ]

    /// The records of an RFC 4180 file (CR LF between records; a quoted field may hold commas, quotes doubled and
    /// line breaks). A malformed file fails the test.
    static func records(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var isQuoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if isQuoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        isQuoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                #expect(field.isEmpty, "a quote inside an unquoted field", sourceLocation: sourceLocation)
                isQuoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                #expect(character != "\n" && character != "\r", "a bare line break", sourceLocation: sourceLocation)
                field.append(character)
            }
        }
        #expect(
            !isQuoted && record.isEmpty && field.isEmpty,
            "the file ends inside a record",
            sourceLocation: sourceLocation
        )
        return records
    }

    /// A file of the export, as records, the header first.
    static func read(_ directory: String, _ name: String) throws -> [[String]] {
        records(try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8))
    }

    /// What identifies an amount: department, year, table, row, column and the amount as written.
    static func key(_ document: PreparedDocument, _ fact: Fact) -> String {
        [
            document.key.department.code, String(document.key.year), String(fact.table.rawValue), fact.row,
            fact.column, fact.amount.plainText,
        ].joined(separator: "|")
    }

    /// `N` of the summary line of `db import`: "…; N findings stored; …".
    static func storedFindings(_ standardError: String) -> Int? {
        standardError.firstMatch(of: /; (\d+) findings stored/).flatMap { Int($0.1) }
    }

    static func key(_ record: [String]) -> String {
        [record[1], record[3], record[7], record[10], record[13], record[14]].joined(separator: "|")
    }

    @Test(arguments: [StoreKind.sqlite, .postgres])
    func exportsEveryLatestAmountAndFinding(_ kind: StoreKind) async throws {
        if kind == .postgres, StoreKind.postgresURL == nil {
            print(StoreKind.postgresSkipMessage)
            return
        }
        let workspace = try Workspace()
        defer { workspace.remove() }
        var documents = try await workspace.generate(count: 16, seed: 23, into: "docs")
        // Two documents of another district whose rounding differences are stored as findings.
        for name in BundledSamples.names {
            let url = try BundledSamples.url(named: name)
            let data = try Data(contentsOf: url)
            try data.write(to: URL(fileURLWithPath: workspace.path("docs")).appendingPathComponent(name))
            documents.append(try PreparedDocument(DocumentImporter.importDocument(data: data, fileName: name)))
        }
        let database = try workspace.database(kind)
        let imported = try await ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(imported.status == 0, "\(imported.standardError)")
        let firstFindings = try #require(Self.storedFindings(imported.standardError), "\(imported.standardError)")
        #expect(firstFindings > 0)
        // A second revision of one document: only the latest is exported by default.
        let changedFile = try #require(
            try FileManager.default.contentsOfDirectory(atPath: workspace.path("docs")).sorted().first
        )
        let changedPath = (workspace.path("docs") as NSString).appendingPathComponent(changedFile)
        let text = try String(contentsOfFile: changedPath, encoding: .utf8)
        try text.replacingOccurrences(of: "部门预算", with: "部门预算（修订）", options: [], range: nil)
            .write(toFile: changedPath, atomically: true, encoding: .utf8)
        let changed = try PreparedDocument(
            DocumentImporter.importDocument(
                data: Data(contentsOf: URL(fileURLWithPath: changedPath)),
                fileName: changedFile
            )
        )
        let again = try await ProcessRunner.run(["db", "import", "--db", database.location, workspace.path("docs")])
        #expect(again.standardError.contains("1 revised"), "\(again.standardError)")
        // The findings of the latest revisions, as the store counts them.
        let store = try await database.open()
        var storedFindings = 0
        // Each finding of the latest revisions with the table as it names it: rule, line and table caption.
        var namedTables: [String] = []
        for listing in try await store.disclosures(region: nil, year: nil) {
            guard let latest = try await store.latestRevision(of: listing.key) else { continue }
            storedFindings += latest.findingCount
            namedTables += try await store.findings(latest.key).map { finding in
                [finding.ruleID, finding.line.map(String.init) ?? "", finding.tableLabel ?? ""].joined(separator: "|")
            }
        }
        try await store.close()

        // Everything of the latest revisions: each amount once, as written, with its unit; each finding once.
        let output = workspace.path("export")
        let result = try await ProcessRunner.run(["db", "export", "--db", database.location, "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let facts = try Self.read(output, "facts.csv")
        #expect(facts.first == Self.factHeader)
        let factRecords = facts.dropFirst()
        #expect(factRecords.allSatisfy { $0.count == Self.factHeader.count })
        let latestDocuments = documents.filter { $0.key != changed.key } + [changed]
        #expect(
            factRecords.map(Self.key).sorted()
                == latestDocuments.flatMap { document in document.facts.map { Self.key(document, $0) } }.sorted()
        )
        #expect(factRecords.allSatisfy { $0[6] == "true" && ["万元", "元"].contains($0[15]) })
        let revised = factRecords.filter { $0[1] == changed.key.department.code && $0[3] == String(changed.key.year) }
        #expect(revised.count == changed.facts.count && revised.allSatisfy { $0[5] == "2" })
        #expect(result.standardOutput.hasPrefix("\(factRecords.count) amounts and \(storedFindings) findings"))

        let findings = try Self.read(output, "findings.csv")
        #expect(findings.first == Self.findingHeader)
        let findingRecords = findings.dropFirst()
        #expect(findingRecords.count == storedFindings)
        #expect(findingRecords.allSatisfy { $0.count == Self.findingHeader.count && $0[6] == "true" })
        #expect(findingRecords.contains { $0[0] == "重庆市南岸区" }, "the rounding notes of the two documents")
        // Each finding's table as the finding names it (its printed caption or title), in the last column.
        #expect(findingRecords.map { [$0[7], $0[13], $0[16]].joined(separator: "|") }.sorted() == namedTables.sorted())
        #expect(findingRecords.contains { !$0[10].isEmpty && !$0[16].isEmpty }, "no finding in a table was exported")
        #expect(findingRecords.allSatisfy { $0[10].isEmpty == $0[16].isEmpty })
        // A message with commas (Chinese ones, and the amounts of the finding) survives whole.
        #expect(findingRecords.contains { $0[9].contains("，") && !$0[14].isEmpty && !$0[15].isEmpty })

        // One district and year: the amounts of its one document only.
        let district = workspace.path("district")
        let regional = try await ProcessRunner.run([
            "db", "export", "--db", database.location, "--output", district, "--region", "南岸区", "--year", "2025",
        ])
        #expect(regional.status == 0, "\(regional.standardError)")
        let office = try #require(documents.first { $0.key.department.code == "202" && $0.key.year == 2025 })
        #expect(
            try Self.read(district, "facts.csv").dropFirst().map(Self.key).sorted()
                == office.facts.map { Self.key(office, $0) }.sorted()
        )
        #expect(try Self.read(district, "findings.csv").dropFirst().allSatisfy { $0[3] == "2025" && $0[1] == "202" })

        // Every revision: the first revision of the changed document too, no longer the latest.
        let history = workspace.path("history")
        let everything = try await ProcessRunner.run([
            "db", "export", "--db", database.location, "--output", history, "--all-revisions",
        ])
        #expect(everything.status == 0, "\(everything.standardError)")
        let historyRecords = try Self.read(history, "facts.csv").dropFirst()
        #expect(historyRecords.count == factRecords.count + changed.facts.count)
        #expect(
            historyRecords.filter { $0[6] == "false" }.allSatisfy {
                $0[5] == "1" && $0[1] == changed.key.department.code
            }
        )

        let descriptor =
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent("datapackage.json"))
                )
            ) as? [String: Any]
        let resources = try #require(descriptor?["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == ["facts.csv", "findings.csv"])
        let fieldNames = resources.map { resource in
            ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?.compactMap {
                $0["name"] as? String
            }
        }
        #expect(fieldNames == [Self.factHeader, Self.findingHeader])

        // A region and a year that match nothing: the files are there, with their headers only.
        let none = workspace.path("none")
        let empty = try await ProcessRunner.run([
            "db", "export", "--db", database.location, "--output", none, "--year", "1999",
        ])
        #expect(empty.status == 0, "\(empty.standardError)")
        #expect(empty.standardOutput.hasPrefix("0 amounts and 0 findings"))
        #expect(try Self.read(none, "facts.csv") == [Self.factHeader])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: none).sorted() == [
                "datapackage.json", "facts.csv", "findings.csv",
            ]
        )
        try await database.drop()

        guard let frictionless = Self.frictionless else {
            print(
                "SKIPPED: frictionless is not installed (pip install frictionless): the data packages were not validated"
            )
            return
        }
        for directory in [output, district, history, none] {
            let (status, report) = try await ProcessRunner.offThePool { () throws -> (Int32, String) in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: frictionless)
                process.arguments = ["validate", (directory as NSString).appendingPathComponent("datapackage.json")]
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = pipe
                try process.run()
                let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                return (process.terminationStatus, report)
            }
            #expect(status == 0, "\(directory): \(report)")
            #expect(report.contains("VALID") && !report.contains("INVALID"), "\(directory): \(report)")
        }
    }

    /// A store that cannot be opened, or a region it does not hold: a clear error, and no directory is created.
    @Test func aStoreThatCannotBeReadIsAClearErrorAndWritesNothing() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let missing = try await ProcessRunner.run([
            "db", "export", "--db", workspace.path("no/such/store.sqlite"), "--output", workspace.path("export"),
        ])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains(workspace.path("no/such/store.sqlite")), "\(missing.standardError)")
        _ = try await workspace.generate(count: 2, seed: 3, into: "docs")
        let database = workspace.path("store.sqlite")
        #expect(try await ProcessRunner.run(["db", "import", "--db", database, workspace.path("docs")]).status == 0)
        let unknown = try await ProcessRunner.run([
            "db", "export", "--db", database, "--output", workspace.path("export"), "--region", "不存在的区",
        ])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("不存在的区"), "\(unknown.standardError)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("export")))
    }
}
