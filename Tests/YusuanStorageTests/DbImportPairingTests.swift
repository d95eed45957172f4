import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage
import YusuanTestSupport

/// `yusuan db import DIR` finds the narrative and the tables files of one disclosure, joins them and stores the
/// document once; a part without its partner is stored alone.
@Suite("yusuan db import pairing", .serialized)
struct DbImportPairingTests {
    @Test func theTwoFilesOfADisclosureAreStoredOnceAsOneDocument() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let name = "2025-202-nanan-district-government-office"
        let url = try BundledSamples.url(named: name + ".txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let seed = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "seed.txt")
        let directory = workspace.path("docs")
        // The narrative and the tables in different directories: the department names pair them.
        let narrativeFile = directory + "/narrative/2025-部门预算公开文件.json"
        let tablesFile = directory + "/tables/2025-部门预算公开表.json"
        let parts = try SeedParts(seed, text: text, narrativeFile: narrativeFile, tablesFile: tablesFile)
        // A narrative of the year before without its tables.
        var lonely = parts.narrative
        lonely.identity.year = 2024
        let lonelyFile = directory + "/narrative/2024-部门预算公开文件.json"
        for (file, document) in [(narrativeFile, parts.narrative), (tablesFile, parts.tables), (lonelyFile, lonely)] {
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try CanonicalJSON.encode(document).write(to: URL(fileURLWithPath: file))
        }
        let database = try workspace.database(.sqlite)

        let result = try await ProcessRunner.run(["db", "import", "--db", database.location, directory])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("joined: \(narrativeFile) (narrative) + \(tablesFile) (tables)"))
        #expect(result.standardError.contains("unpaired: \(lonelyFile) holds only the narrative"))
        #expect(
            result.standardError.contains(
                "3 files: 2 created, 0 revised, 0 unchanged, 0 failed; 1 pair joined, 1 unpaired part;"
            )
        )

        let store = try await database.open()
        let key = try PreparedDocument(seed).key
        let revisions = try await store.revisions(of: key)
        #expect(revisions.count == 1)
        let latest = try #require(try await store.latestRevision(of: key))
        let stored = try await store.document(latest.key)
        var expected = seed
        expected.parts = [
            DocumentPart(file: narrativeFile, content: .narrative, firstLine: 1, lineCount: parts.narrativeLines),
            DocumentPart(
                file: tablesFile,
                content: .tables,
                firstLine: parts.narrativeLines + 1,
                lineCount: parts.tablesLines
            ),
        ]
        #expect(stored == expected)
        var lonelyKey = key
        lonelyKey.year = 2024
        #expect(
            try await store.document(try #require(try await store.latestRevision(of: lonelyKey)).key).parts?.count == 1
        )
        try await store.close()

        let again = try await ProcessRunner.run(["db", "import", "--db", database.location, directory])
        #expect(again.status == 0)
        #expect(
            again.standardError.contains("3 files: 0 created, 0 revised, 2 unchanged, 0 failed;"),
            "\(again.standardError)"
        )
    }
}
