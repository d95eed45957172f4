import Foundation
import Testing

@testable import YusuanCore

/// The text layer's word lists, needle sets, labels and spaces give the answers of the plain `String` code they
/// stand for (the shortcuts' equivalence tests, docs/PERFORMANCE.md), on texts that are plain and on texts that are
/// not: combining marks, canonically equivalent scalars, carriage returns, emoji.
@Suite("Text layer")
struct TextLayerTests {
    /// Pieces that plain and non-plain texts are made of.
    static let pieces = [
        "", "a", "XX", "xx年", "Ｘ", "×", "待填写", "{单位}", "【单位名称】", "万", "万元", "%", "％", "分", "改善", "无", "—",
        "-", "/", "。", "；", ";", " ", "\t", "\u{3000}", "\u{00A0}", "(", ")", "（一）", "一、", "\u{301}", "e\u{301}", "é",
        "\u{FA10}", "\u{585A}", "\u{212A}", "K", "\r", "\n", "\r\n", "😀", "🇨🇳", "\u{200D}", "〪", "\u{E5}\u{BE}", "≥",
        ">=",
    ]

    /// Every piece, and every pair of pieces.
    static let texts: [String] = pieces + pieces.flatMap { first in pieces.map { first + $0 } }

    /// The offset of the first occurrence of `needle`'s bytes in `text`'s, found one offset at a time.
    static func has(_ text: some StringProtocol, _ needle: String) -> Bool {
        let bytes = Array(text.utf8)
        let needle = Array(needle.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func aNeedleSetFindsTheFirstWordOfItsListThatTheBytesHave() {
        let lists = [
            ["XX", "ＸＸ", "××", "xx年", "待填写", "待补充", "{单位}", "{部门}", "【单位名称】"], ["a", "ab", "b"], ["é", "e", "\u{301}"],
            ["😀", "万元", "万"],
        ]
        for words in lists {
            let set = NeedleSet(words)
            // Words side by side, overlapping, repeated, cut short, and a later word of the list earlier in the text.
            let mixed = words.indices.flatMap { position -> [String] in
                let word = words[position]
                let next = words[(position + 1) % words.count]
                return [
                    word + word, next + word, word + next, String(word.dropLast()) + next, String(word.dropFirst()),
                    word.prefix(1) + next + word.dropFirst(), "前" + next + "中" + word, "\(word)\(word.utf8.count)",
                ]
            }
            for text in Self.texts + words.map({ "前" + $0 + "后" }) + mixed {
                #expect(set.first(in: text) == words.first { Self.has(text, $0) }, "\(text.debugDescription)")
            }
        }
    }

    @Test func aNeedleSetSplitsATextAtEachWordAsABytewiseSplitDoes() {
        let separators = ["。", "；", ";"]
        func reference(_ text: String) -> [String] {
            var pieces: [[UInt8]] = [[]]
            let bytes = Array(text.utf8)
            var index = 0
            outer: while index < bytes.count {
                for separator in separators.map({ Array($0.utf8) })
                where bytes[index...].starts(with: separator) {
                    pieces.append([])
                    index += separator.count
                    continue outer
                }
                pieces[pieces.count - 1].append(bytes[index])
                index += 1
            }
            return pieces.filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }
        }
        let set = NeedleSet(separators)
        for text in Self.texts + ["甲。乙；丙;", "。。", "；a。b", "收入0万元；比上年增长5万元"] {
            #expect(set.pieces(of: text).map(String.init) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func aStringIsPlainByItsBytesAsByItsScalars() {
        for text in Self.texts {
            #expect(ScalarClass.isPlain(text) == ScalarClass.isPlain(text[...]), "\(text.debugDescription)")
        }
    }

    @Test func labelsNormalizeByBytesAsByCharacters() {
        for text in Self.texts + ["一般公共 服务(支出)", "（一）行政运行", "a (b)\u{3000}c\t"] {
            #expect(Labels.normalized(text).utf8.elementsEqual(Labels.normalizedByCharacters(text).utf8), "\(text)")
            if !Labels.needsNormalizing(text) {
                #expect(Labels.normalizedByCharacters(text).utf8.elementsEqual(text.utf8), "\(text)")
            }
            if ScalarClass.isPlain(text) {
                #expect(Labels.normalizedPlain(text) == Labels.normalizedByCharacters(text), "\(text)")
            }
        }
        #expect(Labels.normalized("a (b)\u{3000}c\t") == "a（b）c")
        #expect(Labels.same("（一）行政运行", "一、行政运行"))
        #expect(!Labels.same("一般公共服务支出", "般公共服务支出"))
    }

    @Test func spacesAreTrimmedAndTestedAsTheGeneralTrimDoes() {
        for text in Self.texts + [" \u{3000}\t\u{00A0} ", "\u{3000}原因", "原因\u{3000}", "\u{2003}"] {
            #expect(
                text.trimmingSpaces().utf8.elementsEqual(text[...].trimmingSpaces().utf8),
                "\(text.debugDescription)"
            )
            #expect(text.isOnlySpaces == text[...].trimmingSpaces().isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func aSubstringIsTrimmedInPlaceAsTheTrimThatCopiesIt() {
        for text in Self.texts + [" \u{301}原因 ", "原因\u{0600} ", "\u{3000}\u{301}", " 🇨🇳🇨🇳 ", "\u{A0}\u{A0}"] {
            // Inside a longer string too, where the substring's ends are not the string's.
            let whole = "长" + text + "长"
            let inner = whole.dropFirst().dropLast(1)
            for slice in [text[...], inner] {
                let trimmed = slice.withoutSurroundingSpaces
                let copy = slice.trimmingSpaces()
                #expect(trimmed.utf8.elementsEqual(copy.utf8), "\(text.debugDescription)")
                // Its characters are those of the copy: the ends of the substring end its characters as the copy's do.
                #expect(trimmed.map { Array($0.unicodeScalars) } == copy.map { Array($0.unicodeScalars) })
            }
        }
    }

    @Test func theSwitchNamesEachShortcut() {
        #expect(TextShortcut.parse("all") == Set(TextShortcut.allCases))
        #expect(
            TextShortcut.parse("canonicalJSONWriter,labelBytes,nothing") == [.canonicalJSONWriter, .labelBytes]
        )
        #expect(TextShortcut.parse(nil).isEmpty)
    }
}
