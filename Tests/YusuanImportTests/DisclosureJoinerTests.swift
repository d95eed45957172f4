import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanTestSupport

/// Joining the narrative file and the tables file of one disclosure into one document.
struct DisclosureJoinerTests {
    static let narrativeFile = "dir/2025-部门预算公开文件.pdf"
    static let tablesFile = "dir/2025-部门预算公开表.pdf"

    static func parts(_ index: Int = 1) throws -> (seed: Disclosure, parts: SeedParts) {
        let name = SeedFixtures.names[index]
        let seed = try SeedFixtures.disclosure(name)
        let parts = try SeedParts(
            seed,
            text: SeedFixtures.text(name),
            narrativeFile: narrativeFile,
            tablesFile: tablesFile
        )
        return (seed, parts)
    }

    /// The seed cut in two and joined again is the seed, with its two files as parts; the tables' lines are the
    /// seed's lines again (shifted by the narrative's line count), in either order of the inputs.
    @Test(arguments: [0, 1]) func joiningTheTwoPartsOfASeedGivesTheSeed(index: Int) throws {
        let (seed, parts) = try Self.parts(index)
        #expect(parts.narrative.content == .narrative && parts.tables.content == .tables)
        let joined = try DisclosureJoiner.join(
            parts.narrative,
            file: Self.narrativeFile,
            parts.tables,
            file: Self.tablesFile
        )
        var expected = seed
        expected.parts = [
            DocumentPart(file: Self.narrativeFile, content: .narrative, firstLine: 1, lineCount: parts.narrativeLines),
            DocumentPart(
                file: Self.tablesFile,
                content: .tables,
                firstLine: parts.narrativeLines + 1,
                lineCount: parts.tablesLines
            ),
        ]
        #expect(joined == expected)
        #expect(joined.content == .whole && joined.hasNarrativePart && joined.hasTablesPart)
        let reversed = try DisclosureJoiner.join(
            parts.tables,
            file: Self.tablesFile,
            parts.narrative,
            file: Self.narrativeFile
        )
        #expect(reversed == expected)
        // A line of each part maps back to its file and its line there.
        let tableLine = try #require(seed.tables.financialSummary?.lines.first?.line)
        let part = try #require(joined.part(containing: tableLine))
        #expect(part.file == Self.tablesFile && part.fileLine(tableLine) == tableLine - parts.narrativeLines)
        let narrativeLine = try #require(seed.narrative.blocks.first?.line)
        #expect(joined.part(containing: narrativeLine)?.file == Self.narrativeFile)
        #expect(joined.part(containing: narrativeLine)?.fileLine(narrativeLine) == narrativeLine)
    }

    /// The identity of both: the longer of the department names, the code either states, the tables' profile,
    /// variant and unit, the common wording or 混用.
    @Test func theIdentityIsMergedFromBothParts() throws {
        var (_, parts) = try Self.parts()
        parts.narrative.identity.departmentName = "南岸区人民政府办公室"
        parts.narrative.identity.departmentCode = nil
        parts.narrative.identity.profile = .nationalBudget
        parts.narrative.identity.unit = .yuan
        parts.narrative.identity.wording = .department
        parts.tables.identity.departmentName = "重庆市南岸区人民政府办公室"
        parts.tables.identity.departmentCode = "202"
        parts.tables.identity.variant = "municipal"
        parts.tables.identity.wording = .unit
        let joined = try DisclosureJoiner.join(
            parts.narrative,
            file: Self.narrativeFile,
            parts.tables,
            file: Self.tablesFile
        )
        #expect(joined.identity.departmentName == "重庆市南岸区人民政府办公室")
        #expect(joined.identity.departmentCode == "202")
        #expect(joined.identity.profile == .chongqingDistrictBudget)
        #expect(joined.identity.variant == "municipal")
        #expect(joined.identity.unit == .tenThousandYuan)
        #expect(joined.identity.wording == .mixed)
        #expect(joined.layout == parts.tables.layout)
        #expect(joined.narrative.facts == parts.narrative.narrative.facts)
        #expect(joined.narrative.contact == parts.narrative.narrative.contact)
    }

    /// Text a tables file carries besides its tables (a cover title) follows the narrative, with its line moved.
    @Test func textOfTheTablesFileFollowsTheNarrative() throws {
        var (_, parts) = try Self.parts()
        parts.tables.narrative.blocks = [NarrativeBlock(kind: .heading, text: "省级部门预算公开报表", line: 1)]
        let joined = try DisclosureJoiner.join(
            parts.narrative,
            file: Self.narrativeFile,
            parts.tables,
            file: Self.tablesFile
        )
        #expect(joined.narrative.blocks.count == parts.narrative.narrative.blocks.count + 1)
        #expect(
            joined.narrative.blocks.last
                == NarrativeBlock(kind: .heading, text: "省级部门预算公开报表", line: parts.narrativeLines + 1)
        )
    }

    @Test func twoWholeDocumentsAreAnErrorNamingBothFiles() throws {
        let (seed, _) = try Self.parts()
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(seed, file: "a.txt", seed, file: "b.txt")
        }
        #expect(error.code == .mismatchedParts)
        #expect(error.file == "a.txt")
        #expect(error.description.contains("a.txt and b.txt"))
        #expect(error.description.contains("two whole documents"))
    }

    @Test func aWholeDocumentAndAPartAreAnError() throws {
        let (seed, parts) = try Self.parts()
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(seed, file: "whole.txt", parts.tables, file: Self.tablesFile)
        }
        #expect(error.code == .mismatchedParts)
        #expect(error.description.contains("a whole document in whole.txt and a tables part in \(Self.tablesFile)"))
    }

    @Test func twoNarrativesAreAnError() throws {
        let (_, parts) = try Self.parts()
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(parts.narrative, file: "a.pdf", parts.narrative, file: "b.pdf")
        }
        #expect(error.description.contains("two narrative parts (a.pdf and b.pdf)"))
    }

    @Test func differentYearsAreAnErrorNotAChoice() throws {
        var (_, parts) = try Self.parts()
        parts.tables.identity.year = 2024
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(parts.narrative, file: Self.narrativeFile, parts.tables, file: Self.tablesFile)
        }
        #expect(error.code == .mismatchedParts)
        #expect(
            error.description
                == "\(Self.narrativeFile):1: expected the narrative and the tables of the same year, found 2025 in "
                + "\(Self.narrativeFile) and 2024 in \(Self.tablesFile)"
        )
    }

    @Test func differentKindsAreAnError() throws {
        var (_, parts) = try Self.parts()
        parts.narrative.identity.kind = .finalAccount
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(parts.tables, file: Self.tablesFile, parts.narrative, file: Self.narrativeFile)
        }
        #expect(error.description.contains("决算 in \(Self.narrativeFile) and 预算 in \(Self.tablesFile)"))
    }

    @Test func differentDepartmentsAreAnError() throws {
        var (_, parts) = try Self.parts()
        parts.tables.identity.departmentName = "江苏省人民检察院"
        parts.tables.identity.departmentCode = nil
        let error = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(parts.narrative, file: Self.narrativeFile, parts.tables, file: Self.tablesFile)
        }
        #expect(error.description.contains("of one department, found 重庆市南岸区人民政府办公室 in"))
        #expect(error.description.contains("江苏省人民检察院 in \(Self.tablesFile)"))

        parts.tables.identity.departmentName = "重庆市南岸区人民政府办公室"
        parts.tables.identity.departmentCode = "236"
        let codes = try #require(throws: ImportError.self) {
            try DisclosureJoiner.join(parts.narrative, file: Self.narrativeFile, parts.tables, file: Self.tablesFile)
        }
        #expect(codes.description.contains("code 202 in \(Self.narrativeFile) and code 236 in \(Self.tablesFile)"))
    }
}
