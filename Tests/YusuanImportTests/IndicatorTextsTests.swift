import Testing

@testable import YusuanCore
@testable import YusuanImport

/// `IndicatorTexts` shares literals for the recurring operator and unit cells: it must give exactly the text
/// `TextSpan.string` gives, for those cells and for every other cell (near misses, other lengths, empty).
@Suite struct IndicatorTextsTests {
    static let cells: [String] = [
        "", "=", "<", ">", "≥", "≤", "≠", "＝", "%", "％", "次", "天", "个", "件", "元", "项", "人", "万元", "个月", "小时",
        "人次", "万", "亿元", "千元", "个人", "小时数", "a", "≥=", "万元 ", "是", "否", "e\u{301}", "%%", "\u{3000}",
    ]

    func withSpan<Result>(_ text: String, _ body: (TextSpan) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { body(TextSpan($0)) }
    }

    @Test(arguments: cells) func operatorSymbolIsTheCellText(_ text: String) {
        let (shared, copied) = withSpan(text) { (IndicatorTexts.operatorSymbol($0), $0.string) }
        #expect(shared == copied)
        #expect(Array(shared.utf8) == Array(copied.utf8))
    }

    @Test(arguments: cells) func unitIsTheCellText(_ text: String) {
        let (shared, copied) = withSpan(text) { (IndicatorTexts.unit($0), $0.string) }
        #expect(shared == copied)
        #expect(Array(shared.utf8) == Array(copied.utf8))
    }
}
