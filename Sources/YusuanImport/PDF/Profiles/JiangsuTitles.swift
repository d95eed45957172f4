import Foundation
import YusuanCore

/// The captions and titles of the Jiangsu tables, and the recognition of the family by its titles
/// (docs/PDF.md, Jiangsu).
///
/// A caption (`公开01表`, `公开 01 表`, `公开表一`, `表一`) is printed above, beside or below a title, or not at all; it
/// does not say which table it is — the title does (``JiangsuTable/kind(ofTitle:)``).
enum JiangsuTitles {
    /// How a document captions its tables: the variant of the family (``DocumentIdentity/variant``).
    enum CaptionStyle: String, Sendable {
        /// `公开01表` (also printed `公开 01 表`).
        case publicNumber = "caption-公开01表"
        /// `公开表一`.
        case publicChinese = "caption-公开表一"
        /// `表一`.
        case chinese = "caption-表一"
        /// `表1`.
        case number = "caption-表1"
        /// No caption: the tables are known by their titles only (under a cover `省级部门预算公开报表`, or not).
        case none = "no-caption"
    }

    static let numerals = "一二三四五六七八九十"

    /// The text of a line for matching: no spaces, no quotes (`“三公”` and `"三公"` alike), full-width brackets.
    static func normalized(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case " ", "\u{3000}", "“", "”", "\"", "‘", "’", "'": continue
            case "(": result.append("（")
            case ")": result.append("）")
            default: result.append(character)
            }
        }
        return result
    }

    /// The caption at the start of a (normalised) text, and its style: `公开01表`, `公开表一`, `表一：`, `表1`.
    static func caption(prefixOf text: String) -> (caption: String, style: CaptionStyle, rest: Substring)? {
        var rest = Substring(text)
        let style: CaptionStyle
        if rest.hasPrefix("公开") {
            rest = rest.dropFirst(2)
            if rest.hasPrefix("表") {
                let digits = rest.dropFirst().prefix { numerals.contains($0) }
                guard !digits.isEmpty else { return nil }
                rest = rest.dropFirst(1 + digits.count)
                style = .publicChinese
            } else {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                guard (1...2).contains(digits.count), rest.dropFirst(digits.count).hasPrefix("表") else { return nil }
                rest = rest.dropFirst(digits.count + 1)
                style = .publicNumber
            }
        } else if rest.hasPrefix("表") {
            let chinese = rest.dropFirst().prefix { numerals.contains($0) }
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            if !chinese.isEmpty {
                rest = rest.dropFirst(1 + chinese.count)
                style = .chinese
            } else if (1...2).contains(digits.count) {
                rest = rest.dropFirst(1 + digits.count)
                style = .number
            } else {
                return nil
            }
        } else {
            return nil
        }
        let caption = String(text[..<rest.startIndex])
        while let first = rest.first, "：:、.．".contains(first) { rest = rest.dropFirst() }
        return (caption, style, rest)
    }

    /// The caption a line consists of (nothing else on it).
    static func captionLine(_ line: PDFLine) -> (caption: String, style: CaptionStyle)? {
        let text = normalized(line.compact)
        guard let found = caption(prefixOf: text), found.rest.isEmpty else { return nil }
        return (found.caption, found.style)
    }

    /// A line's text as a title: without a caption in front and without a year (`2019年`, `2019年度`).
    static func titleText(_ text: String) -> (caption: (String, CaptionStyle)?, title: String) {
        var rest = Substring(normalized(text))
        var caption: (String, CaptionStyle)?
        if let found = Self.caption(prefixOf: String(rest)), !found.rest.isEmpty {
            caption = (found.caption, found.style)
            rest = found.rest
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, rest.dropFirst(4).hasPrefix("年") {
            rest = rest.dropFirst(5)
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
        }
        return (caption, String(rest))
    }

    /// The text of an entry of a table of contents (`一、收支预算总表`, `十一、一般公共预算机关运行经费支出预算表`)
    /// without its enumeration.
    static func withoutEnumeration(_ text: String) -> String {
        let numbering = text.prefix { numerals.contains($0) }
        guard !numbering.isEmpty, numbering.count <= 3 else { return text }
        let rest = text.dropFirst(numbering.count)
        guard let mark = rest.first, "、.．".contains(mark) else { return text }
        return String(rest.dropFirst())
    }

    /// Whether the document is a Jiangsu provincial 部门预算 (or one file of it): at least four kinds of the
    /// template's tables are named as titles or entries of its table of contents, one of them 收支预算总表,
    /// 收入预算总表 or 支出预算总表 (titles that no other family prints as such: Shanghai's are `部门收入预算总表`,
    /// Hangzhou's `市级部门收支预算总表`, Suzhou's `收支总表`; Suzhou shares only `一般公共预算机关运行经费支出预算表`).
    static func recognises(_ lines: [PDFLine]) -> Bool {
        var kinds = Set<Int>()
        for line in lines {
            let title = titleText(line.compact).title
            let candidates = [title, withoutEnumeration(title)]
            for candidate in candidates {
                if let kind = JiangsuTable.kind(ofTitle: candidate) { kinds.insert(kind.number) }
            }
        }
        return kinds.count >= 4 && !kinds.isDisjoint(with: [1, 2, 3])
    }
}
