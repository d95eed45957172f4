import Foundation
import Testing

@testable import YusuanCore
@testable import YusuanImport

/// The importer reads lines, cells and narrative segments as byte spans of the pinned text (`TextSpan`). These tests
/// hold the span code to the `String` code it replaced, on text where bytes alone could mislead: every kind of line
/// end, canonically equivalent cells, spaces and commas carrying a combining mark, a Prepend scalar before a digit.
@Suite struct SpanReadingTests {
    /// `body` run on a span of the bytes of `text`.
    func withSpan<Result>(_ text: String, _ body: (TextSpan) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { body(TextSpan($0)) }
    }

    static let texts: [String] = [
        "标题\n\tA\t 1,234.50 \t\r\n\r\n" + String(repeating: "\t", count: 20) + "x\rlast",
        "a\n", "", "\n\n", "\r\r\n\t", "一\t二\t三\n\u{3000}合计\u{3000}\t\u{A0}1.00\u{A0}\t\n2080506\t机关事业单位职业年金缴\t99.99",
        String(repeating: "单元格\t", count: 40) + "\r\n" + String(repeating: "长文本", count: 50),
        // More cells than the first block of the arena holds: within one row, and over many rows.
        String(repeating: "\t", count: 300),
        String(repeating: "a\tb\t\n", count: 100) + String(repeating: "\t1", count: 90),
        // Other control bytes below 0x0E are text, wherever they fall in the eight-byte words the split reads.
        "a\u{0B}b\tc\u{0C}\u{01}\u{02}d\u{0D}e" + String(repeating: "\u{0B}x", count: 9)
            + "\t\u{0C}\n12345678\u{0E}\r\n7\u{0}",
        String(repeating: "长\u{0C}", count: 7) + "\t" + String(repeating: "\u{0}", count: 17) + "\r"
            + "\u{08}\t\u{0D}\u{0E}\u{0F}",
    ]

    /// The lines as the text importer read them before spans: split at `\r\n`, `\r` and `\n`, cells split at tabs
    /// and trimmed of spaces.
    static func referenceLines(_ text: String) -> [(text: String, cells: [String], isBlank: Bool)] {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return unified.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let cells =
                line.contains("\t")
                ? line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() } : []
            return (String(line), cells, line.trimmingSpaces().isEmpty)
        }
    }

    @Test(arguments: texts) func linesAndCellsAreThoseOfTheStringSplit(_ text: String) {
        let arena = TextArena()
        let reference = Self.referenceLines(text)
        // The spans are read inside `withBytes`, while the bytes they view are pinned.
        let (count, numbers): (Int, [Int]) = withExtendedLifetime(arena) {
            text.withBytes { bytes in
                let lines = splitLines(TextSpan(bytes), arena: arena)
                for (line, expected) in zip(lines, reference) {
                    #expect(line.text.string == expected.text)
                    #expect(line.cells.map(\.string) == expected.cells, "line \(line.number)")
                    #expect(line.isBlank == expected.isBlank)
                }
                return (lines.count, lines.map(\.number))
            }
        }
        #expect(count == reference.count)
        #expect(numbers == Array(1...max(1, reference.count)))
    }

    @Test func linesAndCellsOfRandomTextAreThoseOfTheStringSplit() {
        // Line ends, tabs, spaces and other control bytes at every offset of the eight-byte words the split reads.
        let pieces = [
            "\t", "\n", "\r", "\r\n", " ", "\u{3000}", "\u{A0}", "a", "长", "\u{0B}", "\u{0}", "\u{0D}\u{0E}", "\u{0E}",
            "12345678", "e\u{301}", "合计",
        ]
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<2_000 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let reference = Self.referenceLines(text)
            let arena = TextArena()
            let lines: [(text: String, cells: [String], isBlank: Bool, number: Int)] = withExtendedLifetime(arena) {
                text.withBytes { bytes in
                    splitLines(TextSpan(bytes), arena: arena).map {
                        ($0.text.string, $0.cells.map(\.string), $0.isBlank, $0.number)
                    }
                }
            }
            let scalars = "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(lines.map(\.text) == reference.map(\.text), "\(scalars)")
            #expect(lines.map(\.cells) == reference.map(\.cells), "\(scalars)")
            #expect(lines.map(\.isBlank) == reference.map(\.isBlank), "\(scalars)")
            #expect(lines.map(\.number) == Array(1...max(1, reference.count)), "\(scalars)")
        }
    }

    @Test func cellsCompareAsStringsDo() {
        let pairs: [(String, String)] = [
            ("总计", "总计"), ("e\u{301}", "\u{E9}"), ("a", "b"), ("合计", "合 计"), ("", ""), ("项目", "项目 "),
        ]
        for (first, second) in pairs {
            let same = withSpan(first) { a in withSpan(second) { b in a.isSameText(as: b) } }
            #expect(same == (first == second), "\(first.debugDescription) vs \(second.debugDescription)")
            #expect(withSpan(first) { $0.isSameText(as: second) } == (first == second))
        }
    }

    @Test func leadingSpacesDropAsCharactersDo() {
        for text in ["  上年", " \u{301}上年", "上年", " ", " \u{301}", " \u{301} 上年"] {
            var reference = text[...]
            while reference.utf8.first == 0x20 { reference = reference.dropFirst() }
            #expect(withSpan(text) { $0.droppingSpaces().string } == String(reference), "\(text.debugDescription)")
        }
    }

    @Test func leadingCharacterIsReadAsFirstIs() {
        for text in [" x", " \u{301}x", "，x", "，\u{301}x", "x", "", " ", "，"] {
            for character: StaticString in [" ", "，"] {
                let width = withSpan(text) { $0.leadingCharacterWidth(character) }
                let expected = text.first.map { String($0) == character.description } ?? false
                #expect((width != nil) == expected, "\(text.debugDescription) starts with \(character)")
            }
        }
    }

    /// Texts whose first character is more than one scalar, or ends near the first prefix `firstCharacter` reads
    /// (12 bytes, 15 once extended to a whole scalar), or only at the end of the text.
    static let firstCharacterTexts: [String] = [
        "", "a", "长", "长城", "e\u{301}x", "e" + String(repeating: "\u{301}", count: 5) + "x",
        "e" + String(repeating: "\u{301}", count: 6), "e" + String(repeating: "\u{301}", count: 7) + "长",
        "长" + String(repeating: "\u{301}", count: 20), "a" + String(repeating: "\u{20E3}", count: 40) + "b",
        "👨‍👩‍👧‍👦家庭", "👨‍👩‍👧‍👦", "👩🏽‍🚀x", "🇨🇳🇺🇸", "🇨🇳", "🇨", "🇨🇳🇺", "\r\n", "\r\nx", "\r", "\n\r",
        "\u{F9D1}一", "\u{F9D1}\u{301}", "\u{0600}12", "\u{0600}", "\u{0600}\u{0600}\u{0600}\u{0600}长",
        "\u{1100}\u{1161}\u{11A8}한", "\u{1100}\u{1100}\u{1100}\u{1100}\u{1100}\u{1161}",
        "ก\u{E33}ไทย", "क्\u{200D}ष", "क\u{94D}\u{937}\u{93F}", " \u{301}上年", "，\u{301}x", "\u{200D}\u{200D}",
        String(repeating: "\u{1F1E8}", count: 9), "1\u{FE0F}\u{20E3}",
    ]

    @Test(arguments: firstCharacterTexts) func firstCharacterIsThatOfTheWholeText(_ text: String) {
        // From every scalar boundary, so that the prefix is cut inside a character at every place.
        for start in text.unicodeScalars.indices + [text.endIndex] {
            let offset = text.utf8.distance(from: text.startIndex, to: start)
            let rest = String(text[start...])
            let first = withSpan(text) { $0[offset..<$0.count].firstCharacter }
            // The same scalars, not only a canonically equivalent character.
            #expect(
                first.map { Array(String($0).unicodeScalars) } == rest.first.map { Array(String($0).unicodeScalars) },
                "\(rest.unicodeScalars.map { String($0.value, radix: 16) })"
            )
        }
    }

    /// `AssetReader.count(in:)` as it was written before it walked its digits in place.
    static func referenceVehicleCount(_ segment: String) -> (String, Int)? {
        let trimmed = segment.trimmingSpaces()
        guard trimmed.hasSuffixBytes("辆") else { return nil }
        var body = trimmed[...]
        body = body.dropLast()
        while body.last == " " { body = body.dropLast() }
        let digits = body.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(String(digits.reversed())) else { return nil }
        var label = body.dropLast(digits.count).trimmingSpaces()
        if label.hasPrefixBytes("其中") { label = String(label.dropFirst(2)) }
        return (label, value)
    }

    @Test func vehicleCountsAreReadAsByTheCharacterCode() {
        let segments = [
            "共有车辆 8 辆", "其中一般公务用车12辆", "车辆  007 辆", " 执勤执法用车 3辆 ", "辆", " 辆", "1辆", "12\u{301} 辆",
            "车辆 12\u{301}辆", "车辆\u{600}12 辆", "车辆\u{600} 12 辆", "车辆 8\u{600}辆", "车辆8\u{301}\u{301}辆", "车辆\u{301}8辆",
            "车辆 99999999999999999999 辆", "车辆 1\u{FE0F}\u{20E3} 辆", "🇨🇳8辆", "车辆 ８ 辆", "其中 5 辆", "其中5辆", "车辆 \u{301}8 辆",
            "车辆 8 \u{301}辆", "车辆 8 辆\u{301}", "共有车辆 8辆辆", "\r\n8辆",
        ]
        for segment in segments {
            let found = withSpan(segment) { AssetReader.count(in: $0) }
            let expected = Self.referenceVehicleCount(segment)
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(segment.debugDescription)")
        }
        // A digit with a mark after it is not an ASCII digit: no count, as the character code found.
        #expect(withSpan("车辆 12\u{301} 辆") { AssetReader.count(in: $0) } == nil)
        #expect(withSpan("车辆\u{600}8 辆") { AssetReader.count(in: $0) } == nil)
        #expect(
            withSpan("车辆\u{600}12 辆") { AssetReader.count(in: $0) }.map { [$0.0, "\($0.1)"] } == ["车辆\u{600}1", "2"]
        )
    }

    @Test func vehicleCountsAreReadFromTheirSentences() {
        let text = "截止2024年12月，共有车辆 8 辆，其中一般公务用车 5 辆、执勤执法用车 3辆。2025年一般公共预算安排购置车辆 0 辆。"
        let facts = AssetReader.assets(in: text, line: 7)
        #expect(facts.asOfYear == 2024 && facts.asOfMonth == 12)
        #expect(facts.vehicles.map { [$0.label, "\($0.count)"] } == ["共有车辆", "8"])
        #expect(facts.generalVehicles.map { [$0.label, "\($0.count)"] } == ["一般公务用车", "5"])
        #expect(facts.lawEnforcementVehicles.map { [$0.label, "\($0.count)"] } == ["执勤执法用车", "3"])
        #expect(facts.plannedPurchases?.count == 0)
        #expect(facts.plannedPurchases?.sentence.text == "2025年一般公共预算安排购置车辆 0 辆")
        #expect(AssetReader.assets(in: "其中一般公务用车12辆", line: nil).generalVehicles?.label == "一般公务用车")
    }

    @Test func aDigitJoinedToAMarkIsNoCount() {
        // `8́` and `؀8` are single characters that are not ASCII digits: the character code finds no count there.
        #expect(AssetReader.assets(in: "共有车辆 8\u{301} 辆。", line: nil).vehicles == nil)
        #expect(AssetReader.assets(in: "共有车辆\u{600}8 辆。", line: nil).vehicles == nil)
        #expect(AssetReader.assets(in: "共有车辆\u{301} 8 辆。", line: nil).vehicles?.label == "共有车辆\u{301}")
    }

    @Test func searchesInLongTextsFindTheFirstPlace() {
        let long = String(repeating: "部门预算支出", count: 12) + "联系人：张三，联系人：李四" + String(repeating: "，", count: 30)
        for text in [long, String(long.suffix(20)), "联系人", "", ",", String(repeating: "1", count: 60) + ","] {
            for (needle, word): (StaticString, String) in [("联系人", "联系人"), (",", ","), ("，", "，"), ("人民", "人民")] {
                let expected = text.range(of: word).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(text.withBytes { ByteSearch.firstOffset(of: needle, in: $0) } == expected, "\(word) in \(text)")
                if let expected {
                    let next = text.withBytes {
                        ByteSearch.firstOffset(of: needle, in: $0, from: expected + word.utf8.count)
                    }
                    let after = text.utf8.index(text.startIndex, offsetBy: expected + word.utf8.count)
                    let rest = String(text[after...])
                    let reference = rest.range(of: word).map {
                        rest.utf8.distance(from: rest.startIndex, to: $0.lowerBound) + expected + word.utf8.count
                    }
                    #expect(next == reference)
                }
            }
        }
    }

    /// `trimmingEnds(of:)` before its byte path.
    static func referenceTrimmingEnds(_ text: String, _ set: String) -> String {
        var result = text[...]
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result.trimmingSpaces()
    }

    @Test func endsAreTrimmedAsCharactersAre() {
        let texts = [
            "：: 重庆市南岸区人民政府办公室 ：", "，胡家敏，", "\u{37E}胡家敏;", "，\u{301}胡家敏", "胡家敏、 ", "：", "", " ：单位 ",
            "胡\u{301}，", "e\u{301}，", "；；", "\u{3000}胡家敏\u{3000}，",
        ]
        for text in texts {
            for set in ["：: ", "，,、；;"] {
                #expect(text.trimmingEnds(of: set) == Self.referenceTrimmingEnds(text, set), "\(text.debugDescription)")
            }
        }
    }

    @Test func titlesAreRecognisedFromTheirNormalizedBytes() {
        #expect(TableTitles.kind(ofTitleText: "2024 年 “三公” 经费支出表") == .threePublicExpenditure)
        #expect(TableTitles.kind(ofTitleText: "２０２４部门收支总表") == .departmentSummary)
        #expect(TableTitles.kind(ofTitleText: "部门收支总表") == nil)
        #expect(TableTitles.kind(ofTitleText: "2024年" + String(repeating: "长", count: 120) + "部门收支总表") == nil)
        #expect(
            TableTitles.kind(ofTitleText: "2024年" + String(repeating: "长", count: 100) + "部门收支总表") == .departmentSummary
        )
        #expect(TableTitles.kind(ofTitleText: "2024年项目绩效目标表（一级项目）") == .projectPerformance)
        #expect(TableTitles.kind(ofTitleText: "“ ”") == nil)
    }
}
