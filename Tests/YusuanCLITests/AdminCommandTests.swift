import Foundation
import Testing

/// `yusuan admin …` as an administrator runs it.
@Suite("yusuan admin")
struct AdminCommandTests {
    static func temporaryDatabase() throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-admin-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (directory, directory.appendingPathComponent("portal.sqlite").path)
    }

    @Test func accountsAreCreatedGrantedListedDisabledAndAudited() throws {
        let (directory, db) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let password = "cli-secret-password-42"

        let add = try CommandRunner.run(
            ["admin", "user", "add", "--db", db, "Zhang", "--display-name", "张编辑", "--password-stdin"],
            input: Data("\(password)\n".utf8)
        )
        #expect(add.status == 0, "\(add.standardError)")
        #expect(add.standardOutput.contains("created editor zhang (张编辑)"))
        #expect(!add.standardOutput.contains(password) && !add.standardError.contains(password))

        let duplicate = try CommandRunner.run(
            ["admin", "user", "add", "--db", db, "zhang", "--password-stdin"],
            input: Data("\(password)\n".utf8)
        )
        #expect(duplicate.status != 0)
        #expect(duplicate.standardError.contains("已存在"))

        let weak = try CommandRunner.run(
            ["admin", "user", "add", "--db", db, "li", "--password-stdin"],
            input: Data("short\n".utf8)
        )
        #expect(weak.status != 0)
        #expect(weak.standardError.contains("密码至少需要"))

        let noInput = try CommandRunner.run(["admin", "user", "add", "--db", db, "wang"])
        #expect(noInput.status != 0)
        #expect(noInput.standardError.contains("--password-stdin"))

        let grant = try CommandRunner.run(
            ["admin", "user", "grant", "--db", db, "zhang", "--department", "202", "--region", "重庆市南岸区"]
        )
        #expect(grant.status == 0, "\(grant.standardError)")
        #expect(grant.standardOutput.contains("granted zhang the department 重庆市南岸区/202"))
        let everywhere = try CommandRunner.run(["admin", "user", "grant", "--db", db, "zhang", "--department", "236"])
        #expect(everywhere.standardOutput.contains("(every region)"))

        let list = try CommandRunner.run(["admin", "user", "list", "--db", db, "--format", "json"])
        #expect(list.status == 0)
        let rows = try #require(
            (try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [String: Any])?["rows"]
                as? [[String: Any]]
        )
        #expect(rows.count == 1)
        #expect(rows.first?["username"] as? String == "zhang")
        #expect(rows.first?["departments"] as? String == "*/236 重庆市南岸区/202")
        #expect(rows.first?["status"] as? String == "active")
        #expect(!list.standardOutput.contains("$2b$"))

        let revoke = try CommandRunner.run(["admin", "user", "revoke", "--db", db, "zhang", "--department", "236"])
        #expect(revoke.status == 0)
        let revokeAgain = try CommandRunner.run(["admin", "user", "revoke", "--db", db, "zhang", "--department", "236"])
        #expect(revokeAgain.status != 0)

        #expect(try CommandRunner.run(["admin", "user", "disable", "--db", db, "zhang"]).status == 0)
        let table = try CommandRunner.run(["admin", "user", "list", "--db", db])
        #expect(table.standardOutput.contains("disabled"))

        let audit = try CommandRunner.run(["admin", "audit", "--db", db, "--limit", "3", "--format", "json"])
        #expect(audit.status == 0)
        let entries = try #require(
            (try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [String: Any])?["rows"]
                as? [[String: Any]]
        )
        #expect(entries.map { $0["action"] as? String } == ["user-disable", "right-revoke", "right-grant"])
        #expect(entries.allSatisfy { ($0["actor"] as? String)?.hasPrefix("cli:") == true })
        let auditTable = try CommandRunner.run(["admin", "audit", "--db", db])
        #expect(auditTable.standardOutput.contains("user-add"))
        #expect(!auditTable.standardOutput.contains(password))
    }

    @Test func theDatabaseFileHoldsOnlyTheHash() throws {
        let (directory, db) = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let password = "only-the-hash-is-kept-9"
        let add = try CommandRunner.run(
            ["admin", "user", "add", "--db", db, "zhang", "--admin", "--password-stdin"],
            input: Data("\(password)\n".utf8)
        )
        #expect(add.status == 0, "\(add.standardError)")
        #expect(add.standardOutput.contains("created administrator zhang"))
        var bytes = Data()
        for suffix in ["", "-wal"] {
            bytes.append((try? Data(contentsOf: URL(fileURLWithPath: db + suffix))) ?? Data())
        }
        #expect(!bytes.isEmpty)
        #expect(bytes.range(of: Data(password.utf8)) == nil)
        #expect(bytes.range(of: Data("$2b$12$".utf8)) != nil)
    }
}
