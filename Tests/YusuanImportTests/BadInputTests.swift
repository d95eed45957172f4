import Foundation
import Testing
import YusuanCore
import YusuanImport

/// Bad inputs give located errors, never a crash.
@Suite struct BadInputTests {
    private func importError(_ text: String, file: String = "bad.txt") -> ImportError? {
        do {
            _ = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: file)
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("unexpected error type \(error)")
            return nil
        }
    }

    @Test func emptyFile() {
        let error = importError("")
        #expect(error?.code == .emptyInput)
        #expect(
            error?.description
                == "bad.txt:1: expected a budget disclosure (published text or canonical JSON), found an empty file"
        )
        #expect(importError("  \n\n ")?.code == .emptyInput)
    }

    @Test func binaryFile() throws {
        var bytes = Data("重庆市\n2024 年部门预算情况说明\n".utf8)
        bytes.append(contentsOf: [0x00, 0xFF, 0xFE, 0x01])
        do {
            _ = try DocumentImporter.importDocument(data: bytes, fileName: "blob.bin")
            Issue.record("binary input was accepted")
        } catch let error as ImportError {
            #expect(error.code == .binaryInput)
            #expect(error.line == 3)
        }
        do {
            _ = try DocumentImporter.importDocument(data: Data([0x41, 0x0A, 0xC3, 0x28]), fileName: "latin.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch let error as ImportError {
            #expect(error.code == .binaryInput)
            #expect(error.line == 2)
        }
    }

    /// The NUL byte's offset and line count from the start of the bytes given, also when they are a slice of a
    /// larger buffer (whose indices do not start at zero).
    @Test func binaryBytesInASlice() throws {
        let whole = Data("前言\n第一行\n第二行\n".utf8) + Data([0x41, 0x00, 0x42])
        let slice = whole[whole.index(whole.startIndex, offsetBy: 7)...]
        #expect(slice.startIndex == 7)
        do {
            _ = try DocumentImporter.importDocument(data: slice, fileName: "slice.bin")
            Issue.record("binary input was accepted")
        } catch let error as ImportError {
            #expect(error.code == .binaryInput)
            #expect(error.line == 3)
            #expect(error.found == "binary data (a NUL byte at offset \(whole.count - 2 - 7))")
        }
    }

    @Test func textThatIsNotADisclosure() {
        let error = importError("hello\nworld\n")
        #expect(error?.code == .truncated)
        #expect(error?.line == 2)
    }

    /// The lines where a table starts (its caption, or its title when there is no caption).
    private static func tableStarts(_ text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var starts: [Int] = []
        var previousWasCaption = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            let isCaption = trimmed.hasPrefix("表") && trimmed.count <= 4
            let isTitle =
                !line.contains("\t") && (trimmed.hasSuffix("表") || trimmed.hasSuffix("（一级项目）"))
                && trimmed.first?.isNumber == true
            if isCaption || (isTitle && !previousWasCaption) { starts.append(index) }
            if !trimmed.isEmpty { previousWasCaption = isCaption }
        }
        return starts
    }

    @Test(arguments: SeedFixtures.names)
    func documentCutAtEveryTableBoundary(name: String) throws {
        let text = try SeedFixtures.text(name)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = Self.tableStarts(text)
        #expect(starts.count >= 15)
        let firstProject = try #require(lines.firstIndex { $0.contains("项目绩效目标表") })
        for start in starts {
            let cut = lines[..<start].joined(separator: "\n")
            if start > firstProject {
                // Cut between two project tables: the text is a complete document with fewer projects; the
                // validator finds the gap (Σ project budgets ≠ 项目支出).
                let document = try PublishedTextImporter.importDocument(text: cut, fileName: name)
                #expect(document.tables.projectPerformance.count >= 1)
                continue
            }
            let error = importError(cut, file: name)
            #expect(error != nil, "cut before line \(start + 1) was accepted")
            #expect(error?.code == .truncated, "cut before line \(start + 1): \(String(describing: error))")
            #expect((error?.line ?? 0) >= 1 && (error?.line ?? 0) <= start)
        }
        // Cut just after each table's title: the table has no rows.
        for start in starts {
            let title = lines[start...].firstIndex { !$0.isEmpty && !$0.hasPrefix("表") } ?? start
            let cut = lines[...title].joined(separator: "\n")
            let error = importError(cut, file: name)
            #expect(error?.code == .truncated, "cut after line \(title + 1): \(String(describing: error))")
        }
    }

    @Test func documentCutBeforeItsFourthTableNamesTheLastTableRead() throws {
        let text = try SeedFixtures.text(SeedFixtures.names[0])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = Self.tableStarts(text)
        let error = importError(lines[..<starts[3]].joined(separator: "\n"), file: "cut")
        #expect(error?.code == .truncated)
        #expect(error?.found == "end of input after 表三")
        #expect(error?.expected.hasPrefix("表四 ") == true)
    }

    @Test func nonNumericAmount() throws {
        let text = try SeedFixtures.text(SeedFixtures.names[0])
        let damaged = text.replacingOccurrences(of: "2010301\t行政运行\t167.09", with: "2010301\t行政运行\t167.O9")
        let error = importError(damaged, file: "seed.txt")
        #expect(error?.code == .invalidAmount)
        #expect(error?.line == 89)
        #expect(
            error?.description.hasPrefix(
                "seed.txt:89: expected an amount such as 967.73 or 2,829.73 in column 总计 of 表二"
            ) == true
        )
        #expect(error?.description.hasSuffix("found '167.O9'") == true)
        // A badly grouped number is not silently read as another value.
        let grouped = text.replacingOccurrences(of: "2010350\t事业运行\t389.64", with: "2010350\t事业运行\t3,89.64")
        #expect(importError(grouped)?.code == .invalidAmount)
    }

    @Test func duplicatedTable() throws {
        let text = try SeedFixtures.text(SeedFixtures.names[0])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Append a second copy of 表三 (lines 109–143) after the last table.
        let copy = lines[108...142].joined(separator: "\n")
        let error = importError(text + "\n" + copy + "\n", file: "dup.txt")
        #expect(error?.code == .duplicateTable)
        #expect(error?.line == lines.count + 3)
        #expect(error?.description.contains("the first starts at line 111") == true)
    }

    @Test func rowWithTooManyColumns() throws {
        let text = try SeedFixtures.text(SeedFixtures.names[0])
        let damaged = text.replacingOccurrences(
            of: "30101\t基本工资\t136.52\t136.52\t",
            with: "30101\t基本工资\t136.52\t136.52\t\t9.99"
        )
        let error = importError(damaged)
        #expect(error?.code == .malformedTable)
        #expect(error?.line == 119)
    }

    /// Random damage anywhere in a seed never crashes the importer: it imports or reports a located error.
    @Test(arguments: [1, 2, 3])
    func randomDamageNeverCrashes(seed: UInt64) throws {
        let original = Array(try SeedFixtures.text(SeedFixtures.names[seed % 2 == 0 ? 0 : 1]).utf8)
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let lineCount = original.filter { $0 == 0x0A }.count + 1
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + Int(next() % 4)) {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 4 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.remove(at: position)
                case 2: bytes.insert([0x09, 0x0A, 0x2C, 0x2E][Int(next() % 4)], at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + Int(next() % 400)))
                }
            }
            do {
                _ = try DocumentImporter.importDocument(data: Data(bytes), fileName: "fuzz.txt")
            } catch let error as ImportError {
                #expect(error.line >= 1 && error.line <= lineCount + 5)
                #expect(!error.expected.isEmpty && !error.found.isEmpty)
            }
        }
    }
}
