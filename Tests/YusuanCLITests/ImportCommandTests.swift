import Foundation
import Testing

@Suite struct ImportCommandTests {
    static let seed = "2024-236-nanan-government-services-office.txt"

    @Test func summaryOfASeed() throws {
        let result = try CommandRunner.run(["import", try CommandRunner.fixture(Self.seed), "--format", "summary"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("部门: 236-重庆市南岸区政务服务管理办公室"))
        #expect(result.standardOutput.contains("表十一 项目绩效目标表（一级项目）: 6 个项目"))
        #expect(result.standardOutput.contains("支出合计: 967.73  基本支出: 699.81  项目支出: 267.92"))
    }

    @Test func jsonFromStandardInputAndBack() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: try CommandRunner.fixture(Self.seed)))
        let first = try CommandRunner.run(["import", "-"], input: text)
        #expect(first.status == 0)
        #expect(first.standardOutput.hasPrefix("{"))
        // Canonical JSON is accepted as input and gives the same bytes back.
        let second = try CommandRunner.run(["import", "-"], input: Data(first.standardOutput.utf8))
        #expect(second.status == 0)
        #expect(second.standardOutput == first.standardOutput)
    }

    @Test func unusableInputExitsWithTwoAndALocatedMessage() throws {
        try CommandRunner.withTemporaryFile(Data(), name: "empty.txt") { empty in
            let result = try CommandRunner.run(["import", empty])
            #expect(result.status == 2)
            #expect(result.standardError.contains("\(empty):1: expected a budget disclosure"))
            #expect(result.standardOutput.isEmpty)
        }

        let missing = try CommandRunner.run(["import", "/nonexistent/file.txt"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("/nonexistent/file.txt:1: expected a readable file, found no such file"))

        let text = try String(contentsOfFile: try CommandRunner.fixture(Self.seed), encoding: .utf8)
        let damaged = Data(text.replacingOccurrences(of: "30201\t办公费\t63.68", with: "30201\t办公费\t六十三").utf8)
        try CommandRunner.withTemporaryFile(damaged, name: "damaged.txt") { path in
            let located = try CommandRunner.run(["import", path])
            #expect(located.status == 2)
            #expect(located.standardError.contains("damaged.txt:130: expected an amount"))
        }
    }
}
