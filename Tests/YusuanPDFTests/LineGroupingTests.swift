import Testing

@testable import YusuanImport

/// Words grouped into printed lines (`PDFLayoutParser.lines(of:)`): by their centres, and by their baselines where
/// poppler gives the words of one line boxes of very different heights.
struct LineGroupingTests {
    static func word(_ text: String, x: Double, yMin: Double, yMax: Double) -> PDFWord {
        PDFWord(text: text, xMin: x, yMin: yMin, xMax: x + 40, yMax: yMax, page: 1)
    }

    /// The corpus 决算 narrative: `年初预算为` in a box of 3 pt (94.70–97.77), `1560.05` in a box of 22 pt
    /// (80.30–102.65), `万元` again 3 pt. Their centres are 4.7 pt apart, their baselines 0.06 pt: one line.
    @Test func digitsInATallBoxJoinTheirLine() {
        let words = [
            Self.word("年初预算为", x: 72, yMin: 94.70, yMax: 97.77),
            Self.word("1560.05", x: 315, yMin: 80.30, yMax: 102.65),
            Self.word("万元，", x: 357, yMin: 94.70, yMax: 97.77),
        ]
        let lines = PDFLayoutParser.lines(of: words)
        #expect(lines.map(\.compact) == ["年初预算为1560.05万元，"])
    }

    /// Words of boxes of similar height on two lines stay apart, though a baseline of one may come near the other's.
    @Test func wordsOfSimilarHeightOnTwoLinesStayApart() {
        let words = [
            Self.word("第一行", x: 72, yMin: 100, yMax: 112),
            Self.word("第二行", x: 72, yMin: 104, yMax: 120),
        ]
        #expect(PDFLayoutParser.lines(of: words).count == 2)
        #expect(!PDFLayoutParser.shareALine(words[0], words[1]))
    }

    /// Digits whose tall box is centred on the text (Chongqing's 重庆市商务委员会 `2026` 年…): one line by their
    /// centres, as before.
    @Test func digitsCentredOnTheirLineJoinIt() {
        let words = [
            Self.word("重庆市商务委员会", x: 217, yMin: 88.98, yMax: 112.53),
            Self.word("2026", x: 385, yMin: 83.19, yMax: 129.80),
            Self.word("年部门预算情况说明", x: 437, yMin: 88.98, yMax: 112.53),
        ]
        #expect(PDFLayoutParser.lines(of: words).map(\.compact) == ["重庆市商务委员会2026年部门预算情况说明"])
    }
}
