import Foundation
import Testing

/// `yusuan import|render|validate NARRATIVE TABLES` read two files as one document; `validate DIR` searches
/// directories for every kind of input and pairs the parts of disclosures published as two files.
@Suite struct PairingCommandTests {
    static let seed = "2024-236-nanan-government-services-office.txt"
    static let sourceLineKeys: Set<String> = ["line", "titleLine", "noteLine", "budgetLine", "priorLine"]

    /// A temporary directory, removed by `remove()`.
    struct Directory {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-pairing-\(UUID().uuidString)")

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        func write(_ data: Data, to name: String) throws -> String {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try data.write(to: url)
            return url.path
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The seed's canonical JSON cut into a narrative part (the lines before 表一, no tables) and a tables part
    /// (表一 to the end, no narrative, lines from 1), each with its single part, as JSON objects to edit.
    struct Parts {
        var narrative: [String: Any]
        var tables: [String: Any]
        var narrativeLines: Int

        init(narrativeFile: String, tablesFile: String) throws {
            let path = try CommandRunner.fixture(PairingCommandTests.seed)
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            narrativeLines = try #require(lines.firstIndex { $0.hasPrefix("表一") })
            let imported = try CommandRunner.run(["import", path])
            let envelope = try #require(
                try JSONSerialization.jsonObject(with: Data(imported.standardOutput.utf8)) as? [String: Any]
            )
            let disclosure = try #require(envelope["disclosure"] as? [String: Any])
            var narrative = disclosure
            narrative["tables"] = ["projectPerformance": [Any]()]
            narrative["parts"] = [
                ["file": narrativeFile, "content": "narrative", "firstLine": 1, "lineCount": narrativeLines]
            ]
            var tables = try #require(Self.moving(disclosure, by: -narrativeLines) as? [String: Any])
            tables["narrative"] = ["title": "", "blocks": [Any](), "facts": [String: Any]()]
            tables["parts"] = [
                ["file": tablesFile, "content": "tables", "firstLine": 1, "lineCount": lines.count - narrativeLines]
            ]
            self.narrative = envelope.merging(["disclosure": narrative]) { $1 }
            self.tables = envelope.merging(["disclosure": tables]) { $1 }
        }

        static func moving(_ value: Any, by offset: Int) -> Any {
            if let dictionary = value as? [String: Any] {
                var result: [String: Any] = [:]
                for (key, element) in dictionary {
                    if PairingCommandTests.sourceLineKeys.contains(key), let line = element as? Int {
                        result[key] = line + offset
                    } else {
                        result[key] = moving(element, by: offset)
                    }
                }
                return result
            }
            if let array = value as? [Any] { return array.map { moving($0, by: offset) } }
            return value
        }

        static func edit(_ envelope: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
            var disclosure = envelope["disclosure"] as? [String: Any] ?? [:]
            var identity = disclosure["identity"] as? [String: Any] ?? [:]
            change(&identity)
            disclosure["identity"] = identity
            envelope["disclosure"] = disclosure
        }

        static func data(_ envelope: [String: Any]) throws -> Data {
            try JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(envelope["disclosure"] as? [String: Any])
    }

    @Test func importReadsTheTwoFilesAsOneDocumentInEitherOrder() throws {
        let directory = Directory()
        defer { directory.remove() }
        let narrativeFile = directory.path("2024-部门预算公开文件.json")
        let tablesFile = directory.path("2024-部门预算公开表.json")
        let parts = try Parts(narrativeFile: narrativeFile, tablesFile: tablesFile)
        _ = try directory.write(try Parts.data(parts.narrative), to: "2024-部门预算公开文件.json")
        _ = try directory.write(try Parts.data(parts.tables), to: "2024-部门预算公开表.json")

        let joined = try CommandRunner.run(["import", narrativeFile, tablesFile])
        #expect(joined.status == 0, "\(joined.standardError)")
        let reversed = try CommandRunner.run(["import", tablesFile, narrativeFile])
        #expect(reversed.standardOutput == joined.standardOutput)
        var document = try Self.json(joined.standardOutput)
        let documentParts = try #require(document["parts"] as? [[String: Any]])
        #expect(documentParts.map { $0["file"] as? String } == [narrativeFile, tablesFile])
        #expect(documentParts[1]["firstLine"] as? Int == parts.narrativeLines + 1)
        // Without its parts, the joined document is the seed: every table line is the seed's line again.
        document["parts"] = nil
        let seed = try CommandRunner.run(["import", try CommandRunner.fixture(Self.seed)])
        #expect(NSDictionary(dictionary: document).isEqual(to: try Self.json(seed.standardOutput)))

        let summary = try CommandRunner.run(["import", narrativeFile, tablesFile, "--format", "summary"])
        #expect(summary.standardOutput.contains("支出合计: 967.73  基本支出: 699.81  项目支出: 267.92"))
        #expect(summary.standardOutput.contains("情况说明: 2024 年部门预算情况说明"))
    }

    @Test func renderReadsTheTwoFilesAsOneDocument() throws {
        let directory = Directory()
        defer { directory.remove() }
        let parts = try Parts(narrativeFile: "n.json", tablesFile: "t.json")
        let narrative = try directory.write(try Parts.data(parts.narrative), to: "n.json")
        let tables = try directory.write(try Parts.data(parts.tables), to: "t.json")
        let joined = try CommandRunner.run(["render", tables, narrative, "--to", "text"])
        #expect(joined.status == 0, "\(joined.standardError)")
        let seed = try CommandRunner.run(["render", try CommandRunner.fixture(Self.seed), "--to", "text"])
        #expect(joined.standardOutput == seed.standardOutput)
    }

    @Test func twoFilesThatAreNotOneDisclosureAreAnErrorNamingBoth() throws {
        let directory = Directory()
        defer { directory.remove() }
        let seed = try CommandRunner.fixture(Self.seed)
        let whole = try CommandRunner.run(["import", seed, seed])
        #expect(whole.status == 2)
        #expect(
            whole.standardError.contains("expected the narrative and the tables of one disclosure, found two whole")
        )
        #expect(whole.standardError.contains("(\(seed) and \(seed) each hold"))

        var parts = try Parts(narrativeFile: "n.json", tablesFile: "t.json")
        Parts.edit(&parts.tables) { $0["year"] = 2023 }
        let narrative = try directory.write(try Parts.data(parts.narrative), to: "n.json")
        let tables = try directory.write(try Parts.data(parts.tables), to: "t.json")
        for command in [["import"], ["render", "--to", "json"], ["validate"]] {
            let result = try CommandRunner.run(command + [narrative, tables])
            #expect(result.status == 2, "\(command)")
            #expect(
                result.standardError.contains(
                    "\(narrative):1: expected the narrative and the tables of the same year, found 2024 in \(narrative) "
                        + "and 2023 in \(tables)"
                ),
                "\(command): \(result.standardError)"
            )
        }

        Parts.edit(&parts.tables) {
            $0["year"] = 2024
            $0["departmentName"] = "江苏省人民检察院"
            $0["departmentCode"] = nil
        }
        let other = try directory.write(try Parts.data(parts.tables), to: "other.json")
        let departments = try CommandRunner.run(["validate", other, narrative])
        #expect(departments.status == 2)
        #expect(departments.standardError.contains("江苏省人民检察院 in \(other)"), "\(departments.standardError)")
    }

    /// `validate NARRATIVE TABLES` reports each finding at its file and line: a narrative line as it is, a table
    /// line counted from the tables file's first line.
    @Test func validateNamesTheFileAndLineOfEachFinding() throws {
        let directory = Directory()
        defer { directory.remove() }
        let parts = try Parts(narrativeFile: "n.json", tablesFile: "t.json")
        let narrative = try directory.write(try Parts.data(parts.narrative), to: "n.json")
        let tables = try directory.write(try Parts.data(parts.tables), to: "t.json")
        let seedPath = try CommandRunner.fixture(Self.seed)
        let seed = try CommandRunner.run(["validate", seedPath])
        let joined = try CommandRunner.run(["validate", narrative, tables])
        #expect(joined.status == seed.status)
        #expect(joined.standardError.contains("合并：\(narrative)（情况说明）+ \(tables)（表格），依据：命令行给出的两个文件"))
        var expected: [String] = []
        for line in seed.standardOutput.split(separator: "\n") where line.hasPrefix(seedPath + ":") {
            let rest = line.dropFirst(seedPath.count + 1)
            guard let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) else {
                // A finding without a line, and the summary line: the joined document's name.
                expected.append("\(narrative) + \(tables):" + rest)
                continue
            }
            let place =
                number <= parts.narrativeLines
                ? "\(narrative):\(number)" : "\(tables):\(number - parts.narrativeLines)"
            expected.append(place + rest[colon...])
        }
        #expect(expected.contains { $0.hasPrefix(tables + ":") } && expected.contains { $0.hasPrefix(narrative + ":") })
        #expect(joined.standardOutput.split(separator: "\n").map(String.init) == expected)
    }

    /// A directory: .txt, .json, .xlsx and .pdf files (any case) searched recursively; one pair found by department
    /// name across directories, one by file names (its tables print no department), an unpaired narrative, a workbook
    /// and an unreadable PDF.
    @Test func validateADirectoryPairsThePartsAndReportsTheRest() throws {
        let directory = Directory()
        defer { directory.remove() }
        var byName = try Parts(narrativeFile: "a/narr.json", tablesFile: "b/tabl.json")
        Parts.edit(&byName.narrative) { $0["departmentName"] = "南岸区政务服务管理办公室" }
        let pairedNarrative = try directory.write(try Parts.data(byName.narrative), to: "a/narr.json")
        let pairedTables = try directory.write(try Parts.data(byName.tables), to: "b/tabl.json")

        var byFile = try Parts(narrativeFile: "c/x", tablesFile: "c/y")
        Parts.edit(&byFile.narrative) { $0["year"] = 2023 }
        Parts.edit(&byFile.tables) {
            $0["year"] = 2023
            $0["departmentName"] = ""
            $0["departmentCode"] = nil
        }
        let fileNarrative = try directory.write(try Parts.data(byFile.narrative), to: "c/2023-部门预算公开文件.json")
        let fileTables = try directory.write(try Parts.data(byFile.tables), to: "c/2023-部门预算公开表.json")

        var lonely = byFile.narrative
        Parts.edit(&lonely) { $0["year"] = 2022 }
        let lonelyFile = try directory.write(try Parts.data(lonely), to: "c/2022-情况说明.json")

        let workbook = directory.path("d/seed.xlsx")
        try FileManager.default.createDirectory(atPath: directory.path("d"), withIntermediateDirectories: true)
        let rendered = try CommandRunner.run([
            "render", try CommandRunner.fixture(Self.seed), "--to", "xlsx", "--output", workbook,
        ])
        try #require(rendered.status == 0, "\(rendered.standardError)")
        let pdf = try directory.write(Data("%PDF-1.4\nnot a real PDF\n".utf8), to: "d/broken.PDF")
        _ = try directory.write(Data("# notes\n".utf8), to: "d/notes.md")

        let result = try CommandRunner.run(["validate", directory.root.path])
        #expect(result.status == 2, "\(result.standardError)")
        let errors = result.standardError
        #expect(errors.contains("\(pdf):"))
        #expect(!errors.contains("notes.md"))
        #expect(errors.contains("合并：\(pairedNarrative)（情况说明）+ \(pairedTables)（表格），依据：部门、年度和类型相同"))
        #expect(errors.contains("合并：\(fileNarrative)（情况说明）+ \(fileTables)（表格），依据：同一目录中仅差说明/表格标记的文件名"))
        #expect(errors.contains("未配对：\(lonelyFile) 只有情况说明，输入中没有同一部门、年度和类型的表格文件；单独检查"))
        let output = result.standardOutput
        #expect(output.contains("\n\(pairedNarrative) + \(pairedTables): 236-重庆市南岸区政务服务管理办公室 2024年："))
        #expect(output.contains("\n\(fileNarrative) + \(fileTables): 236-重庆市南岸区政务服务管理办公室 2023年："))
        #expect(output.contains("\n\(lonelyFile): 236-重庆市南岸区政务服务管理办公室 2022年（只有情况说明，未与表格配对）：错误 0"))
        #expect(output.contains("\n\(workbook): 236-重庆市南岸区政务服务管理办公室 2024年："))
        #expect(output.contains("（2024年 预算、2022年 预算、2023年 预算、2024年 预算，4 份，其中 1 份未配对）"), "\(output)")
    }
}
