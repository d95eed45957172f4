import Testing

@testable import YusuanCore
@testable import YusuanImport

/// The narrative shortcuts of the fifth import round, held to the code they replaced: sentences found with `memchr`,
/// the end of a sentence and the contact's colon read from bytes, unequal single-scalar texts told apart without
/// strings, and reasons and usages built once from runs of bytes.
@Suite struct NarrativeShortcutTests {
    static let samples: [String] =
        ByteShortcutTests.samples + [
            "收入比2023年增加。主要原因是：人员增加。", "。。", "。 。", "a。b", "“三公”经费。", "结尾”", "结尾\u{301}。", "结尾。\u{301}",
            "问？", "问?", "叹！", "叹!", "冒号:", "冒号：", "分号;", "分号；", "\u{0600}。", "é。", "e\u{301}", "🇨🇳。",
            "联系人：张三 联系方式：023-1", "联系人:张三", "联系人\u{0600}：张三", "联系人：\u{301}张三", "联系人e\u{301}:张三",
            "联系人", "：", ":", "\u{FF1A}\u{301}后面：真", "中文\u{3002}\u{3000}", "\u{E3}", "\u{3000}。\u{3000}",
        ]

    /// `ParagraphFigures.sentenceSpans(of:)` before it used `memchr`.
    static func referenceSentenceSpans(of text: TextSpan) -> [TextSpan] {
        let bytes = text.storage
        var result: [TextSpan] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 {
                let bounds = ByteSearch.trimmedBounds(bytes, start, index)
                if !bounds.isEmpty { result.append(text[bounds]) }
                index += 3
                start = index
                continue
            }
            index += byte >= 0xE4 && byte < 0xF0 ? 3 : 1
        }
        let bounds = ByteSearch.trimmedBounds(bytes, start, bytes.count)
        if !bounds.isEmpty { result.append(text[bounds]) }
        return result
    }

    /// `NarrativeReader.endsSentence(_:)` before the byte shortcut.
    static func referenceEndsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。；！？：:;!?”".contains(last)
    }

    @Test(arguments: samples) func sentencesAreThoseOfTheByteByByteCode(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            let found = ParagraphFigures.sentenceSpans(of: TextSpan(bytes)).map(\.string)
            let reference = Self.referenceSentenceSpans(of: TextSpan(bytes)).map(\.string)
            #expect(found == reference)
        }
    }

    @Test func sentencesOfRandomTextAreThoseOfTheByteByByteCode() {
        let pieces = ["。", "、", "，", " ", "\u{3000}", "a", "中", "〇", "\u{E3}", "ã", "😀", "\u{301}", "\t"]
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<2_000 {
            let text = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
            var copy = text
            let (found, reference) = copy.withUTF8 { bytes in
                (
                    ParagraphFigures.sentenceSpans(of: TextSpan(bytes)).map(\.string),
                    Self.referenceSentenceSpans(of: TextSpan(bytes)).map(\.string)
                )
            }
            #expect(found == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test(arguments: samples) func endsSentenceAgreesWithCharacters(_ text: String) {
        #expect(NarrativeReader.endsSentence(text) == Self.referenceEndsSentence(text))
    }

    @Test(arguments: samples) func firstColonAgreesWithCharacters(_ text: String) {
        #expect(NarrativeReader.firstColon(in: text) == text.firstIndex(where: { $0 == "：" || $0 == ":" }))
    }

    @Test func colonAndSentenceAnswersAreThoseOfTheCharacters() throws {
        let contact = "部门预算公开联系人：赵敏 联系方式：023-64157053"
        let colon = try #require(NarrativeReader.firstColon(in: contact))
        #expect(contact.utf8.distance(from: contact.startIndex, to: colon) == "部门预算公开联系人".utf8.count)
        #expect(NarrativeReader.endsSentence("收入增加。"))
        #expect(!NarrativeReader.endsSentence("收入增加"))
        // A combining mark before the full stop joins the character before it; after it, it joins the full stop.
        #expect(NarrativeReader.endsSentence("结尾\u{301}。"))
        #expect(!NarrativeReader.endsSentence("结尾。\u{301}"))
    }

    @Test func sameTextAgreesWithStringEquality() {
        // Compatibility ideographs (U+F900…) decompose canonically to unified ones: only the strings can tell.
        let texts = [
            "总计", "总计 ", "合计", "总\u{8BA1}", "\u{F900}", "\u{8C48}", "e\u{301}", "\u{E9}", "abc", "ABC", "",
            "한", "\u{1112}\u{1161}\u{11AB}", "，", "\u{FF0C}", "〇", "总计\u{301}", "Å", "A\u{30A}", "\u{212B}",
        ]
        for first in texts {
            for second in texts {
                var a = first
                var b = second
                a.withUTF8 { left in
                    b.withUTF8 { right in
                        #expect(
                            TextSpan(left).isSameText(as: TextSpan(right)) == (first == second),
                            "\(first) \(second)"
                        )
                    }
                }
            }
        }
    }

    /// Reasons and usages pieced together across delimiters, spaces and sentences: the texts the code that
    /// appended each segment's string made.
    static let reasonsAndUsages: [(String, String?, String?)] = [
        (
            "项目支出100万元，比2023年增加10万元，主要原因是A增加5万元、B减少2万元；C。",
            "A增加5万元、B减少2万元；C", nil
        ),
        ("项目支出100万元，比2023年增加10万元，主要原因是A增加5万元 、 B减少2万元 ； C。", "A增加5万元、B减少2万元；C", nil),
        ("项目支出100万元，比2023年增加10万元，主要原因是X，Y。主要是Z、W。", "X，YZ、W", nil),
        ("项目支出100万元，比2023年增加10万元，主要原因是X。项目支出增加了。由于Y。", "XY", nil),
        ("基本支出50万元，主要用于办公费、水电费，差旅费。", nil, "主要用于办公费、水电费，差旅费"),
        ("基本支出50万元，主要用于办公费 、水电费，差旅费 ；会议费。", nil, "主要用于办公费、水电费，差旅费；会议费"),
        ("基本支出50万元，主要用于办公费、水电费。用于差旅费。", nil, "用于差旅费"),
        (
            "基本支出50万元，主要用于办公费，比2023年减少1万元，主要原因是节约、压减；主要用于X。",
            "节约、压减", "主要用于X"
        ),
        ("基本支出50万元，比2023年减少1万元，主要原因是节约。比2022年增加2万元，主要原因是新增。", "新增", nil),
    ]

    @Test(arguments: reasonsAndUsages)
    func reasonsAndUsagesAreTheJoinedSegments(_ paragraph: String, reason: String?, usage: String?) throws {
        let figures = ParagraphFigures(text: paragraph, line: nil).figures
        let first = try #require(figures.first)
        #expect(first.figure.change?.reason == reason)
        #expect(first.figure.usage == usage)
    }

    @Test func yearTextIsTheInterpolatedYear() {
        for year in [0, 7, 999, 1000, 1899, 9999, 10_000, -2024] + Array(1900..<2200) {
            #expect(ChangePhrase.yearText(year) == "\(year)年")
        }
    }

    @Test(
        arguments: samples + ["\u{A0}", " \u{A0}\u{3000}\t", "\u{3000}a", "a\u{3000}", "\u{A0}x", "\u{C2}", "  ", ""]
    )
    func blankLinesAreThoseTrimmedToNothing(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            for start in 0...bytes.count where start == bytes.count || bytes[start] & 0xC0 != 0x80 {
                #expect(
                    ByteSearch.isBlank(bytes, start, bytes.count)
                        == ByteSearch.trimmedBounds(bytes, start, bytes.count).isEmpty
                )
            }
        }
    }

    @Test func topicWordsAreThoseOfTheJoinedStrings() {
        let subheadings = ["", "（一）收入预算", "（二）支出", "政府", "（三）绩效目", "国有", "e\u{301}"]
        let texts = [
            "收入预算：2024年年初预算数3353.25万元", "预算数1.00万元", "采购情况。所属各预算单位政府采购预算总额", "机关运行经费。2024年",
            "资产占有使用情况", "标设置情况。", "\u{301}国有资产", "", "短", "一二三四五六七八九十一二三四五六收入预算",
        ]
        for words in [NarrativeFactExtractor.totalsWords, NarrativeFactExtractor.otherMattersWords] {
            for subheading in subheadings {
                for text in texts {
                    let topic = subheading + String(text.prefix(16))
                    let reference = words.firstIndex { topic.has($0) }
                    #expect(
                        NarrativeFactExtractor.firstTopicWord(words, subheading: subheading, text: text) == reference,
                        "\(subheading) \(text)"
                    )
                }
            }
        }
    }

    /// `ByteSearch.trimmedBounds` before its fast path: the two loops alone.
    static func referenceTrimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper {
            let byte = bytes[lower]
            if byte == 0x20 || byte == 0x09 {
                lower += 1
            } else if byte == 0xC2 && lower + 1 < end && bytes[lower + 1] == 0xA0 {
                lower += 2
            } else if byte == 0xE3 && lower + 2 < end && bytes[lower + 1] == 0x80 && bytes[lower + 2] == 0x80 {
                lower += 3
            } else {
                break
            }
        }
        while lower < upper {
            let byte = bytes[upper - 1]
            if byte == 0x20 || byte == 0x09 {
                upper -= 1
            } else if byte == 0xA0 && upper - lower >= 2 && bytes[upper - 2] == 0xC2 {
                upper -= 2
            } else if byte == 0x80 && upper - lower >= 3 && bytes[upper - 2] == 0x80 && bytes[upper - 3] == 0xE3 {
                upper -= 3
            } else {
                break
            }
        }
        return lower..<upper
    }

    @Test(
        arguments: samples + [
            "\u{A0}", " \u{A0}\u{3000}\t", "\u{3000}a\u{3000}", "\u{A0}x\u{A0}", "〇\u{3000}", "\t1\t",
        ]
    )
    func trimmedBoundsAreThoseOfTheTwoLoops(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            for start in boundaries {
                for end in boundaries where end >= start {
                    #expect(
                        ByteSearch.trimmedBounds(bytes, start, end) == Self.referenceTrimmedBounds(bytes, start, end)
                    )
                }
            }
        }
    }
}
