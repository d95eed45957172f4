import Testing

@testable import YusuanCore
@testable import YusuanImport

/// The narrative reader's line tests, held to plain `Character` code on text where bytes alone would mislead:
/// combining marks after punctuation and numerals, a Prepend scalar before a colon, emoji joiners, CR LF.
@Suite struct ByteShortcutTests {
    static let samples: [String] = [
        "（一）职能职责", "(一) 职能职责", "（二）部门构成", "（一）收入预算：2024年年初预算数3353.25万元，其中",
        "（十一）其他", "（一\u{301}）职能职责", "(一\u{301}) 职能", "（\u{301}一）职能", "（一）职能\u{FF1A}\u{301}职责",
        "（一）职能\u{FF1A}", "（一）职能\u{0600}：职责", "（一）职能：\u{200D}职责", "（一）\u{0600}职能", "（一）a:\u{301}b",
        "（一）这是一个没有任何标点符号但是相当长的小标题文字内容", "（一）short", "（一）", "（一） ", "（ 一）职能",
        "一、部门基本情况", "一\u{301}、部门基本情况", "十一、其他", "一、" + String(repeating: "长", count: 40),
        "1. 项目", "12、项目", "123、项目", "1\u{301}. 项目", "１、项目", "（1）项目", "收入预算", "", " ", "\r\n",
        "2024年一般公共预算财政拨款收入3353.25万元，一般公共预算财政拨款支出3353.25万元。", "e\u{301}\u{301}abc",
        "👨‍👩‍👧‍👦家庭", "🇨🇳中国", "한국어 텍스트", "ก\u{E33}ไทย", "\u{0600}\u{0661}abc", "abc\r\ndef",
        // Around the character limits of headings (30 after the numerals) and subheadings (20 after the marker).
        "（一）" + String(repeating: "长", count: 20), "（一）" + String(repeating: "长", count: 21),
        "（一） " + String(repeating: "长", count: 19) + "e\u{301}", "（一）" + String(repeating: "长", count: 20) + "\u{301}",
        "一、" + String(repeating: "长", count: 29), "一、" + String(repeating: "长", count: 30),
        "一、" + String(repeating: "长", count: 28) + "e\u{301}x", "一、" + String(repeating: "长", count: 29) + "\u{301}",
        "一二三四、部门", "一二三、部门", "一、部门。说明", "一\u{3001}\u{301}部门", "二、", "一",
        // Quotation marks (U+2018…U+201F) are characters of their own, unless a mark joins them.
        "四、“三公”经费情况说明", "（五）“三公”经费：指用财政拨款安排的", "（五）“三公”经费", "四、“\u{301}三公”经费",
        "（五）“\u{301}三公”", "（五）”", "一、‘单’引号‚„‟‛", "（一）“" + String(repeating: "长", count: 19),
        "（一）“" + String(repeating: "长", count: 20), "一、“" + String(repeating: "长", count: 29) + "”",
        "（一）“\u{200D}职能”", "（一）\u{0600}“职能”",
        // Spaces trimmed after the marker next to a scalar that joins them, and the punctuation after the 20th.
        "（一） \u{301}职能", "（一）\u{3000}\u{301}职能", "（一）职能\u{0600} ", "（一）职能\u{0600}\u{3000}",
        "（一）" + String(repeating: "长", count: 20) + "：", "（一）" + String(repeating: "长", count: 21) + " ",
        "（一） " + String(repeating: "长", count: 20) + " ", "（一）  ", "(一)\u{A0}职能\u{A0}",
        "（一） \u{301}" + String(repeating: "长", count: 19), "（一） \u{301}" + String(repeating: "长", count: 20),
        "（一）" + String(repeating: "长", count: 19) + "\u{0600} ",
        "（一）" + String(repeating: "长", count: 20) + "\u{0600} ",
        // Characters answered through their canonical composition: a compatibility ideograph (`\u{F9D1}` is 六), a
        // decomposed `é`, a non-BMP ideograph, a Greek question mark (`;`).
        "（\u{F9D1}）职能职责", "\u{F9D1}、部门基本情况", "(\u{F9D1}\u{F9D1})", "（一）职能e\u{301}：职责", "（一）𠀀职能",
        "（𠀀）职能", "一、𠀀部门", "（一）职能\u{37E}职责", "１２、项目", "1\u{37E}项目",
    ]

    /// `NarrativeReader.isSubheading` before the byte shortcuts.
    static func referenceIsSubheading(_ text: String) -> Bool {
        guard let marker = referenceParenthesizedNumeral(text) else { return false }
        let rest = text.dropFirst(marker).trimmingSpaces()
        return !rest.isEmpty && (rest.utf8.count <= 20 || rest.count <= 20)
            && !rest.contains(where: { "：:。，；".contains($0) })
    }

    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func referenceParenthesizedNumeral(_ text: String) -> Int? {
        guard let open = text.first, open == "(" || open == "（" else { return nil }
        let digits = text.dropFirst().prefix { numerals.contains($0) }
        guard !digits.isEmpty else { return nil }
        let after = text.dropFirst(1 + digits.count)
        guard let close = after.first, close == ")" || close == "）" else { return nil }
        return 2 + digits.count
    }

    static func referenceIsHeading(_ text: String) -> Bool {
        let prefix = text.prefix { numerals.contains($0) }
        guard !prefix.isEmpty, prefix.count <= 3 else { return false }
        let rest = text.dropFirst(prefix.count)
        return rest.hasPrefixBytes("、") && (rest.utf8.count <= 30 || rest.count <= 30) && !rest.has("。")
    }

    static func referenceStartsItem(_ text: String) -> Bool {
        if referenceIsHeading(text) || referenceParenthesizedNumeral(text) != nil { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let next = text.dropFirst(digits.count).first
        return next == "." || next == "、" || next == "．"
    }

    @Test(arguments: samples) func narrativeLineTestsMatchTheCharacterCode(_ text: String) {
        #expect(NarrativeReader.isSubheading(text) == Self.referenceIsSubheading(text))
        #expect(NarrativeReader.parenthesizedNumeral(text) == Self.referenceParenthesizedNumeral(text))
        #expect(NarrativeReader.isHeading(text) == Self.referenceIsHeading(text))
        #expect(NarrativeReader.startsItem(text) == Self.referenceStartsItem(text))
    }

    @Test(arguments: samples) func clausePunctuationIsThatOfTheCharacters(_ text: String) {
        let characters = text.contains { character in
            character.unicodeScalars.count == 1 && NarrativeReader.isClausePunctuation(character.unicodeScalars.first!)
        }
        #expect(characters == text.contains { "：:。，；".contains($0) })
    }

    @Test func captionsAndTitlesAreRecognised() {
        for (index, kind) in TableKind.allCases.enumerated() {
            #expect(TableTitles.caption(ofText: "\(kind.caption)：") == kind.caption, "caption \(index)")
            #expect(TableTitles.caption(ofText: "  \(kind.caption) ") == kind.caption)
        }
        #expect(TableTitles.caption(ofText: "表十二：") == nil)
        #expect(TableTitles.caption(ofText: "表一\t") == nil)
        #expect(TableTitles.kind(ofTitleText: "2024年部门收支总表  ") == .departmentSummary)
        #expect(TableTitles.kind(ofTitleText: "2024年项目绩效目标表（一级项目）") == .projectPerformance)
        #expect(TableTitles.kind(ofTitleText: "部门收支总表说明。") == nil)
    }

    @Test func ignoredBytesOfRandomTitlesAreFoundAsByteByByte() {
        let pieces = [
            "表", "年", "\u{201C}", "\u{201D}", "\u{3000}", "\u{2003}", "\u{3001}", " ", "\t", "\"", "a", "😀", "é",
            "\u{A0}", "（", "）",
        ]
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<2_000 {
            let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            let (found, reference) = text.withBytes { bytes in
                (
                    TableTitles.hasIgnoredBytes(TextSpan(bytes)),
                    bytes.indices.contains { TableTitles.ignoredWidth(TextSpan(bytes), at: $0) != 0 }
                )
            }
            #expect(found == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func totalLabelsOfRandomCellsAreThoseOfTheNormalizedMatch() {
        let pieces = ["合", "计", "总", "\u{201C}", "\u{3000}", " ", "\t", "\"", "1", "项", "😀", "\u{A0}", "、"]
        // A fixed linear congruential sequence, so a failure can be replayed.
        var state: UInt64 = 0x0F1E_2D3C_4B5A_6978
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<3_000 {
            let text = (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()
            let (found, reference) = text.withBytes { bytes in
                (
                    TextSpan(bytes).isTotalLabel,
                    !bytes.isEmpty && bytes.count <= 12
                        && (TableTitles.normalized(TextSpan(bytes), equals: "合计")
                            || TableTitles.normalized(TextSpan(bytes), equals: "总计"))
                )
            }
            #expect(found == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
