import Foundation
import Testing

@testable import YusuanCore
@testable import YusuanImport

/// The table part split into chunks (rows kept as slices of one array, a repeated 编制单位 line read once) and
/// sentences split into segments one at a time: held to what the code they replaced gave.
@Suite struct SegmentingTests {
    static let tables = """
        表一：
        2024年某部门财政拨款收支总表
        编制单位：重庆市某部门 单位：万元
        收入\t金额
        一、一般公共预算拨款\t1.00

        表二：
        2024年某部门一般公共预算支出预算表
        编制单位：重庆市某部门 单位：万元
        科目编码\t科目名称
        201\t一般公共服务支出
        表三：
        2024年某部门一般公共预算基本支出预算表
        编制单位：重庆市另一部门
        单位：元
        301\t工资福利支出
        表四：
        2024年某部门一般公共预算“三公”经费支出表
        编制单位：重庆市另一部门
        备注：无
        """

    @Test func chunksKeepTheirOwnRowsAndCompilingUnits() throws {
        let arena = TextArena()
        let chunks: [(TableKind, [String], String?, String?, String?, Int)] = try withExtendedLifetime(arena) {
            try Self.tables.withBytes { bytes in
                let lines = splitLines(TextSpan(bytes), arena: arena)
                return try PublishedTextImporter.segment(lines[...], file: "t.txt", arena: arena).map { chunk in
                    (
                        chunk.kind, chunk.rows.map(\.text.string), chunk.compilingUnit, chunk.unitLine, chunk.note,
                        chunk.lastLine
                    )
                }
            }
        }
        try #require(chunks.count == 4)
        #expect(
            chunks.map(\.0) == [
                .financialSummary, .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
            ]
        )
        #expect(chunks[0].1 == ["收入\t金额", "一、一般公共预算拨款\t1.00"])
        #expect(chunks[1].1 == ["科目编码\t科目名称", "201\t一般公共服务支出"])
        #expect(chunks[2].1 == ["301\t工资福利支出"])
        #expect(chunks[3].1 == [])
        #expect(chunks.map(\.2) == ["重庆市某部门", "重庆市某部门", "重庆市另一部门", "重庆市另一部门"])
        #expect(chunks.map(\.3) == ["单位：万元", "单位：万元", "单位：元", nil])
        #expect(chunks[3].4 == "备注：无")
        #expect(chunks.map(\.5) == [5, 11, 16, 20])
    }

    @Test(arguments: [
        "编制单位：重庆市某部门 单位：万元", "编制单位：", "编制单位: 某单位:", "编制单位重庆市某部门", "编制单位：某部门 单位:元",
    ])
    func compilingUnitLineReadsAsTheStringCodeDid(_ line: String) {
        // The code `CompilingUnitLine` replaced, on strings.
        var value = String(line.dropFirst(4)).trimmingEnds(of: "：: ")
        var unitLine: String?
        if let range = value.range(of: " 单位：") ?? value.range(of: " 单位:") {
            unitLine = value[range.lowerBound...].trimmingSpaces()
            value = value[..<range.lowerBound].trimmingSpaces()
        }
        let fields = line.withBytes { CompilingUnitLine(TextSpan($0)) }
        #expect(fields.value == value)
        #expect(fields.unitLine == unitLine)
    }

    @Test func spansCompareTheirBytes() {
        var text = "单位：万元单位：万元"
        text.withUTF8 { bytes in
            let whole = TextSpan(bytes)
            let half = whole.count / 2
            #expect(whole[0..<half].hasSameBytes(as: whole[half..<whole.count]))
            #expect(whole[0..<half].hasSameBytes(as: whole[0..<half]))
            #expect(!whole[0..<half].hasSameBytes(as: whole[0..<(half - 3)]))
            #expect(!whole[0..<3].hasSameBytes(as: whole[3..<6]))
            #expect(TextSpan.empty.hasSameBytes(as: whole[2..<2]))
        }
    }

    static let titles: [(String, TableKind?)] = [
        ("2024年某部门财政拨款收支总表", .financialSummary), ("2024 年某部门“三公”经费支出表", .threePublicExpenditure),
        ("2024年某部门项目绩效目标表（一级项目）", .projectPerformance), ("2024年某部门部门收支总表。", nil),
        ("某部门基本支出预算表", nil), ("２０２４某部门政府采购预算明细表", .procurement), ("表", nil),
    ]

    @Test func titlesReadTheSameWithAndWithoutSpacesAndQuotes() {
        for (title, kind) in Self.titles {
            #expect(TableTitles.kind(ofTitleText: title) == kind, "\(title)")
            let spaced = title.map { "\($0) " }.joined()
            #expect(TableTitles.kind(ofTitleText: spaced) == kind, "\(spaced)")
            #expect(TableTitles.kind(ofTitleText: "\u{3000}“" + title + " ") == kind, "\(title)")
        }
    }

    @Test(arguments: [
        ("收入比 2023 年增加 1.00 万元", true), ("与2023年持平", true), ("较上年减少 2 万元", true), ("收入预算 1 万元", false),
        ("é比上年增加 1 万元", true), ("😀比上年增加 1 万元", true), ("a比", false), ("上年增加 1 万元", false),
    ])
    func changePhrasesAreFoundAfterEveryKindOfScalar(_ text: String, _ isChange: Bool) {
        var copy = text
        #expect(copy.withUTF8 { ChangePhrase.change(in: TextSpan($0)) != nil } == isChange)
    }

    @Test(arguments: [
        "", "本", "本部", "本部门", "本单位", "本单位和本部门", "本本部门", "基本支出本", "本单", "x本单位", String(repeating: "本", count: 30) + "部门",
        String(repeating: "基本支出，", count: 20) + "本单位",
    ])
    func selfReferencesAreThoseContainsFinds(_ text: String) {
        let found = text.withBytes { PublishedTextImporter.selfReferences(in: TextSpan($0)) }
        #expect(found.department == text.has("本部门"))
        #expect(found.unit == text.has("本单位"))
    }

    static let sentences = [
        "", "收入预算", "其中：一般公共预算拨款 2829.73 万元，比 2024 年增加 1.00 万元；主要是人员增加、公用经费增加",
        "a;b:c，，、；：", "，开头", "结尾：", "😀：é\u{301}，x", String(repeating: "长句，", count: 40),
    ]

    /// The segments as split on the characters: at `，、；：;:`, each with the delimiter before it.
    static func referenceSegments(_ sentence: String) -> [(String?, String)] {
        let delimiters: Set<Unicode.Scalar> = ["，", "、", "；", "：", ";", ":"]
        var result: [(String?, String)] = []
        var delimiter: String?
        var current = ""
        for scalar in sentence.unicodeScalars {
            if delimiters.contains(scalar) {
                result.append((delimiter, current))
                delimiter = String(scalar)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        result.append((delimiter, current))
        return result
    }

    @Test func segmentsAndMarkersOfRandomTextAreThoseOfTheScalars() {
        let pieces = [
            "，", "、", "；", "：", ";", ":", "比", "与", "较", "上", "年", "（", "）", "“", "\u{3000}", "a", "1", "é", "😀",
            "\u{301}", "\u{FF1B}", "\u{FF0C}", "\u{E3}", "\u{EF}", "\u{3001}",
        ]
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<3_000 {
            let text = (0..<next(20)).map { _ in pieces[next(pieces.count)] }.joined()
            var copy = text
            let segments = copy.withUTF8 { bytes in
                var found: [(String?, String, Bool)] = []
                var spans = ParagraphFigures.segmentSpans(of: TextSpan(bytes))
                while let (delimiter, segment) = spans.next() {
                    found.append((delimiter, segment.string, spans.holdsChangeMarker))
                }
                return found
            }
            let reference = Self.referenceSegments(text)
            #expect(segments.map(\.0) == reference.map(\.0), "\(text.debugDescription)")
            #expect(segments.map(\.1) == reference.map(\.1), "\(text.debugDescription)")
            // Each segment holds a change marker exactly when one of its scalars is 比, 与 or 较.
            for (segment, holdsMarker) in zip(reference.map(\.1), segments.map(\.2)) {
                let scalars = segment.unicodeScalars
                let expected = scalars.contains("比") || scalars.contains("与") || scalars.contains("较")
                #expect(holdsMarker == expected, "\(text.debugDescription): \(segment.debugDescription)")
            }
        }
    }

    @Test(arguments: sentences) func segmentsAreThoseOfTheCharacterSplit(_ sentence: String) {
        var copy = sentence
        let segments = copy.withUTF8 { bytes in
            ParagraphFigures.segmentSpans(of: TextSpan(bytes)).map { ($0.delimiter, $0.segment.string) }
        }
        let reference = Self.referenceSegments(sentence)
        #expect(segments.map(\.0) == reference.map(\.0))
        #expect(segments.map(\.1) == reference.map(\.1))
    }
}
