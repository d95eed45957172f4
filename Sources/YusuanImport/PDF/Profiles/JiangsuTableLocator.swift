import Foundation
import YusuanCore

/// Finds the tables of a Jiangsu document by their titles (docs/PDF.md, Jiangsu): a title is a line that is one of
/// the template's titles (``JiangsuTable/titles``), after a caption and a year in front of it, or two lines that are
/// one together (`“三公”经费、会议费、培训费支出预算` / `表`), followed by the table's unit or 部门 line or header — an
/// entry of a table of contents (`一、收支预算总表`, or a title with no table under it) is not a table. A caption
/// (`公开01表`, `公开表一`, `表一`) just above or below a title belongs to it. The tables may come in any order; a
/// title repeated right after its own table (a continuation page) continues it.
struct JiangsuTableLocator {
    let lines: [PDFLine]
    let file: String

    /// A table found in the document.
    struct Located {
        var table: JiangsuTable
        /// The caption as printed without spaces (`公开01表`), when there is one.
        var caption: String?
        var captionStyle: JiangsuTitles.CaptionStyle?
        /// The title as printed (joined when wrapped), without spaces.
        var title: String
        var titleIndex: Int
        /// The first line of the table (its caption when it is printed above the title).
        var start: Int
        /// The line after the table.
        var end: Int
        /// The indices of the lines under the title(s), captions and repeated titles left out.
        var body: [Int]
    }

    private struct Title {
        var table: JiangsuTable
        var first: Int
        var last: Int
        var text: String
        var caption: (String, JiangsuTitles.CaptionStyle, index: Int?)?
    }

    /// Headings after which no table row follows (the narrative after the tables).
    static let endMarkers = ["第三部分", "第四部分"]

    func locate() throws -> [Located] {
        let titles = try titlesWithCaptions()
        var located: [Located] = []
        for (position, title) in titles.enumerated() {
            let start = min(title.first, title.caption?.index ?? title.first)
            var end = lines.count
            if position + 1 < titles.count {
                let next = titles[position + 1]
                end = min(next.first, next.caption?.index ?? next.first)
            }
            if let marker = ((title.last + 1)..<end).first(where: { index in
                Self.endMarkers.contains { lines[index].compact.hasPrefix($0) }
            }) {
                end = marker
            }
            var skipped = Set(title.first...title.last)
            if let index = title.caption?.index { skipped.insert(index) }
            let body = ((title.last + 1)..<max(end, title.last + 1)).filter { !skipped.contains($0) }
            let entry = Located(
                table: title.table,
                caption: title.caption?.0,
                captionStyle: title.caption?.1,
                title: title.text,
                titleIndex: title.first,
                start: start,
                end: max(end, title.last + 1),
                body: body
            )
            // A title repeated right after its own table: the table continues on the next page.
            if let previous = located.last, previous.table.number == entry.table.number {
                located[located.count - 1].end = entry.end
                located[located.count - 1].body += entry.body
                continue
            }
            if let first = located.first(where: { $0.table.number == entry.table.number }) {
                throw ImportError(
                    .duplicateTable,
                    file: file,
                    line: lines[entry.titleIndex].number,
                    expected: "one \(entry.table.title)",
                    found: "a second one (the first is at line \(lines[first.titleIndex].number))"
                )
            }
            located.append(entry)
        }
        return located
    }

    /// The titles of tables in the document, in order, each with its caption; a caption left without a title is an
    /// error (a table of no known kind).
    private func titlesWithCaptions() throws -> [Title] {
        var titles: [Title] = []
        var index = 0
        while index < lines.count {
            if let title = title(at: index) {
                titles.append(title)
                index = title.last + 1
            } else {
                index += 1
            }
        }
        titles = titles.enumerated().filter { position, title in
            hasTableUnder(title, before: position + 1 < titles.count ? titles[position + 1].first : lines.count)
        }.map(\.element)
        var claimed = Set<Int>()
        for position in titles.indices where titles[position].caption == nil {
            let title = titles[position]
            let previousEnd = position > 0 ? titles[position - 1].last : -1
            let nextStart = position + 1 < titles.count ? titles[position + 1].first : lines.count
            if let index = captionIndex(from: title.first - 1, step: -1, limit: previousEnd, count: 3),
                !claimed.contains(index), let caption = JiangsuTitles.captionLine(lines[index])
            {
                titles[position].caption = (caption.caption, caption.style, index)
                claimed.insert(index)
            } else if let index = captionIndex(from: title.last + 1, step: 1, limit: nextStart, count: 2),
                !claimed.contains(index), let caption = JiangsuTitles.captionLine(lines[index])
            {
                titles[position].caption = (caption.caption, caption.style, index)
                claimed.insert(index)
            }
        }
        let first = titles.first?.first ?? lines.count
        for (index, line) in lines.enumerated() where index >= first && !claimed.contains(index) {
            guard let caption = JiangsuTitles.captionLine(line) else { continue }
            throw ImportError(
                .malformedTable,
                file: file,
                line: line.number,
                expected:
                    "a table title of the Jiangsu template (收支预算总表 … 政府采购支出预算表) at the caption \(caption.caption)",
                found: ImportError.quote(
                    lines[(index + 1)..<min(index + 3, lines.count)].map(\.compact).joined(separator: " ")
                )
            )
        }
        return titles
    }

    /// The title starting at a line: the line itself, or the line and the next one together.
    private func title(at index: Int) -> Title? {
        let line = lines[index]
        let (caption, text) = JiangsuTitles.titleText(line.compact)
        if let table = JiangsuTable.kind(ofTitle: text) {
            return Title(
                table: table,
                first: index,
                last: index,
                text: line.compact,
                caption: caption.map { ($0.0, $0.1, nil) }
            )
        }
        guard !text.isEmpty, index + 1 < lines.count else { return nil }
        let next = lines[index + 1]
        let height = line.words.map(\.height).max() ?? 10
        guard next.page == line.page, next.yCenter - line.yCenter < height * 2.5, JiangsuTable.beginsTitle(text)
        else { return nil }
        let joined = text + JiangsuTitles.normalized(next.compact)
        guard let table = JiangsuTable.kind(ofTitle: joined) else { return nil }
        return Title(
            table: table,
            first: index,
            last: index + 1,
            text: line.compact + next.compact,
            caption: caption.map { ($0.0, $0.1, nil) }
        )
    }

    /// Whether a table follows a title: within the next four lines (before the next title), a unit line, a 部门 line,
    /// a column header (`科目编码`, `项目名称`) or a 合计 row. A title in a table of contents or in a list of the tables
    /// has none.
    private func hasTableUnder(_ title: Title, before limit: Int) -> Bool {
        let range = (title.last + 1)..<min(limit, title.last + 5, lines.count)
        return range.contains { index in
            let text = lines[index].compact
            return text.hasPrefix("合计")
                || ["单位：", "单位:", "部门：", "部门:", "部门名称", "编码", "代码", "项目名称"].contains { text.contains($0) }
        }
    }

    /// The index of a caption line searched from `start` in direction `step`, over at most `count` lines that are
    /// captions or page numbers, not reaching `limit`.
    private func captionIndex(from start: Int, step: Int, limit: Int, count: Int) -> Int? {
        var index = start
        var seen = 0
        while index >= 0, index < lines.count, index != limit, seen < count {
            if JiangsuTitles.captionLine(lines[index]) != nil { return index }
            guard JiangsuBody.isPageNumber(lines[index].compact) else { return nil }
            index += step
            seen += 1
        }
        return nil
    }
}
