import Foundation
import YusuanCore

/// Reads the Jiangsu tables whose cells are merged or wrapped so that a row is not one printed line: 公开01表
/// (three label/amount pairs), 公开02表 (sources grouped under merged cells) and 公开12表 (政府采购, five text
/// columns). Every amount becomes part of exactly one row; the labels are gathered from the cells around it.
struct JiangsuCellReader {
    let spec: PDFTableSpec
    let file: String

    /// A piece of text in one column: its words joined, where it is and on which line.
    private struct Fragment {
        var text: String
        var xMin: Double
        var xMax: Double
        var y: Double
        var page: Int
        var line: Int
    }

    /// The lines of a table without the unit line.
    private func contentLines(_ body: JiangsuBody) -> [PDFLine] {
        body.tableLines.filter { line in !line.words.contains { $0.text.contains("单位：") || $0.text.contains("单位:") } }
    }

    private static func isEnumerated(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "一二三四五六七八九十".contains(first) { return text.prefix(4).contains("、") }
        if first.isASCII && first.isNumber {
            let next = text.drop { $0.isASCII && $0.isNumber }.first
            return next == "." || next == "．" || next == "、"
        }
        return false
    }

    private static func isSummaryLabel(_ text: String) -> Bool {
        ["小计", "合计", "总计", "结转", "结余"].contains { text.contains($0) }
    }

    private func malformed(_ line: PDFLine?, _ expected: String) -> ImportError {
        ImportError(
            .malformedTable,
            file: file,
            line: line?.number ?? 1,
            expected: expected,
            found: line.map { ImportError.quote($0.spaced) } ?? "no such line"
        )
    }

    // MARK: 公开01表

    /// 收支预算总表: 收入 (label, amount), 功能分类 (label, amount), 支出用途 (label, amount). Labels wrap inside
    /// their cell (`2.政府性基金预` / `算`); an amount belongs to the label whose lines surround it. Rows are the
    /// printed rows (labels of the three sides at the same height); the name is `收入 | 功能分类 | 支出用途`.
    func readPairs(_ body: JiangsuBody) throws -> [GenericRow] {
        let lines = contentLines(body)
        guard
            let first = lines.firstIndex(where: { line in line.words.contains { PDFTableReader.amount($0.text) != nil }
                })
        else { return [] }
        let headerWords = lines[..<first].flatMap(\.words).filter { $0.text.contains("金额") }.sorted {
            $0.xMin < $1.xMin
        }
        guard headerWords.count == 3 else {
            throw malformed(lines.first, "three 金额 column headers in \(spec.titleSuffix)")
        }
        let centres = headerWords.map(\.xCenter)
        struct Item {
            var side: Int
            var fragments: [Fragment]
            var amount: Amount?
            var top: Double { fragments.first?.y ?? 0 }
            var bottom: Double { fragments.last?.y ?? 0 }
            var centre: Double { (top + bottom) / 2 }
        }
        var items: [Item] = []
        var amounts: [(side: Int, amount: Amount, y: Double, page: Int, line: Int)] = []
        for line in lines[first...] {
            var texts: [[PDFWord]] = [[], [], []]
            for word in line.words {
                if let amount = PDFTableReader.amount(word.text) {
                    let side = centres.indices.min {
                        abs(centres[$0] - word.xCenter) < abs(centres[$1] - word.xCenter)
                    }!
                    amounts.append((side, amount, line.yCenter, line.page, line.number))
                } else if !PDFTableReader.isBlankMark(word.text) {
                    texts[centres.filter { $0 < word.xMin }.count].append(word)
                }
            }
            for side in 0..<3 where !texts[side].isEmpty {
                let words = texts[side]
                let fragment = Fragment(
                    text: words.map(\.text).joined(),
                    xMin: words[0].xMin,
                    xMax: words.last!.xMax,
                    y: line.yCenter,
                    page: line.page,
                    line: line.number
                )
                if let index = items.lastIndex(where: { $0.side == side }),
                    items[index].fragments.last?.page == line.page,
                    !Self.isEnumerated(fragment.text), !Self.isSummaryLabel(fragment.text),
                    line.yCenter - items[index].bottom < 3 * (words.map(\.height).max() ?? 10)
                {
                    items[index].fragments.append(fragment)
                } else {
                    items.append(Item(side: side, fragments: [fragment]))
                }
            }
        }
        // Each amount goes to the label of its side whose lines surround it, else to a label at its height.
        var loose: [(side: Int, amount: Amount, y: Double, page: Int, line: Int)] = []
        for entry in amounts {
            let inside = { (item: Item) in
                item.fragments[0].page == entry.page && entry.y >= item.top - 3 && entry.y <= item.bottom + 3
            }
            if let index = items.firstIndex(where: { $0.side == entry.side && $0.amount == nil && inside($0) }) {
                items[index].amount = entry.amount
            } else if let label = items.first(where: { inside($0) && abs($0.centre - entry.y) < 3 }) {
                // A label merged over two sides (当年支出小计) with its amount in the right-hand column.
                loose.append((entry.side, entry.amount, label.centre, entry.page, entry.line))
            } else {
                loose.append((entry.side, entry.amount, entry.y, entry.page, entry.line))
            }
        }
        // Printed rows: labels (and loose amounts) at the same height.
        struct Row {
            var y: Double
            var page: Int
            var labels = ["", "", ""]
            var amounts: [Amount?] = [nil, nil, nil]
            var line: Int
        }
        var rows: [Row] = []
        func row(at y: Double, page: Int, line: Int) -> Int {
            if let index = rows.firstIndex(where: { $0.page == page && abs($0.y - y) < 3 }) {
                rows[index].line = min(rows[index].line, line)
                return index
            }
            rows.append(Row(y: y, page: page, line: line))
            return rows.count - 1
        }
        for item in items {
            let index = row(at: item.centre, page: item.fragments[0].page, line: item.fragments[0].line)
            rows[index].labels[item.side] = item.fragments.map(\.text).joined()
            if let amount = item.amount { rows[index].amounts[item.side] = amount }
        }
        for entry in loose {
            let index = row(at: entry.y, page: entry.page, line: entry.line)
            rows[index].amounts[entry.side] = entry.amount
        }
        rows.sort { ($0.page, $0.y) < ($1.page, $1.y) }
        return rows.map {
            GenericRow(code: "", name: $0.labels.joined(separator: " | "), amounts: $0.amounts, line: $0.line)
        }
    }

    // MARK: 公开02表

    /// 收入预算总表: a source (一般公共预算资金 …) printed once in a merged cell beside its items (小计, 公共财政拨款
    /// （补助）资金, 专项收入); each group starts with its 小计. The name is `source | item` (`收入总计` alone).
    func readGroups(_ body: JiangsuBody) throws -> [GenericRow] {
        let lines = contentLines(body)
        guard let header = lines.firstIndex(where: { $0.compact.contains("项目名称") }) else {
            throw malformed(lines.first, "the header 项目名称 金额 of \(spec.titleSuffix)")
        }
        let data = lines[(header + 1)...]
        // Item labels start at the x of the second label on lines that carry two.
        let itemX = data.compactMap { line -> Double? in
            let texts = line.words.filter { PDFTableReader.amount($0.text) == nil }
            return texts.count >= 2 ? texts[1].xMin : nil
        }.min()
        guard let itemX else { throw malformed(data.first, "a source and an item on one line of \(spec.titleSuffix)") }
        struct Item {
            var name: String
            var group = ""
            var amount: Amount?
            var y: Double
            var page: Int
            var line: Int
        }
        var items: [Item] = []
        var groups: [Fragment] = []
        for line in data {
            var item: [PDFWord] = []
            var group: [PDFWord] = []
            var amount: Amount?
            for word in line.words {
                if let value = PDFTableReader.amount(word.text) {
                    if amount != nil { throw malformed(line, "one amount per line of \(spec.titleSuffix)") }
                    amount = value
                } else if word.xMin >= itemX - 20 {
                    item.append(word)
                } else {
                    group.append(word)
                }
            }
            if !group.isEmpty {
                groups.append(
                    Fragment(
                        text: group.map(\.text).joined(),
                        xMin: group[0].xMin,
                        xMax: group.last!.xMax,
                        y: line.yCenter,
                        page: line.page,
                        line: line.number
                    )
                )
            }
            if !item.isEmpty || amount != nil {
                items.append(
                    Item(
                        name: item.map(\.text).joined(),
                        amount: amount,
                        y: line.yCenter,
                        page: line.page,
                        line: line.number
                    )
                )
            }
        }
        // A group runs from its 小计 to the item before the next 小计.
        var starts = items.indices.filter { items[$0].name == "小计" }
        starts.append(items.count)
        for (start, end) in zip(starts, starts.dropFirst()) {
            let top = items[start].y - 3
            let bottom = items[end - 1].y + 3
            let names = groups.filter { $0.page == items[start].page && $0.y >= top && $0.y <= bottom }
            for index in start..<end { items[index].group = names.map(\.text).joined() }
        }
        return items.map {
            GenericRow(
                code: "",
                name: $0.group.isEmpty ? $0.name : $0.group + " | " + $0.name,
                amounts: [$0.amount],
                line: $0.line
            )
        }
    }

    // MARK: 公开12表

    /// 政府采购支出预算表: rows are the lines with an amount — 合计, a category (`一、货物 A`), a project (专项名称 and
    /// 经济科目) or an item (采购物品名称 and 采购组织形式). Wrapped project text belongs to the nearest project row, wrapped
    /// item text to the nearest item row. The name is `品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式`
    /// (`合计` alone), the code the category letter.
    func readProcurement(_ body: JiangsuBody) throws -> [GenericRow] {
        let lines = contentLines(body)
        let keywords = ["采购品目", "专项名称", "经济科目", "采购物品", "组织形式", "总计"]
        guard
            let first = lines.firstIndex(where: { line in line.words.contains { PDFTableReader.amount($0.text) != nil }
                })
        else { return [] }
        let headerWords = lines[..<first].flatMap(\.words)
        let centres = try keywords.map { keyword in
            guard let word = headerWords.first(where: { $0.text.contains(keyword) }) else {
                throw malformed(lines.first, "the column header \(keyword) of \(spec.titleSuffix)")
            }
            return word.xCenter
        }
        enum Level { case total, category, project, item }
        struct Row {
            var level: Level
            var parts: [[Fragment]] = Array(repeating: [], count: 5)
            var code = ""
            var amount: Amount
            var y: Double
            var page: Int
            var line: Int
        }
        var rows: [Row] = []
        var loose: [(column: Int, fragment: Fragment)] = []
        for line in lines[first...] {
            var amount: Amount?
            var columns: [[PDFWord]] = Array(repeating: [], count: 5)
            for word in line.words {
                if let value = PDFTableReader.amount(word.text), word.xCenter > centres[4] {
                    if amount != nil { throw malformed(line, "one 总计 per line of \(spec.titleSuffix)") }
                    amount = value
                } else if !PDFTableReader.isBlankMark(word.text) {
                    let column = (0..<5).min { abs(centres[$0] - word.xCenter) < abs(centres[$1] - word.xCenter) }!
                    columns[column].append(word)
                }
            }
            let fragments = columns.map { words in
                words.isEmpty
                    ? nil
                    : Fragment(
                        text: words.map(\.text).joined(),
                        xMin: words[0].xMin,
                        xMax: words.last!.xMax,
                        y: line.yCenter,
                        page: line.page,
                        line: line.number
                    )
            }
            guard let amount else {
                for (column, fragment) in fragments.enumerated() {
                    if let fragment { loose.append((column, fragment)) }
                }
                continue
            }
            let level: Level =
                line.compact.hasPrefix("合计")
                ? .total
                : fragments[0] != nil ? .category : fragments[4] != nil ? .item : .project
            var row = Row(level: level, amount: amount, y: line.yCenter, page: line.page, line: line.number)
            for (column, fragment) in fragments.enumerated() { if let fragment { row.parts[column].append(fragment) } }
            if level == .category, var label = fragments[0] {
                // `一、货物 A`: the category letter is the code.
                let words = columns[0]
                if let letter = words.last, letter.text.count == 1, letter.text.first?.isUppercase == true {
                    row.code = letter.text
                    label.text = words.dropLast().map(\.text).joined()
                    row.parts[0] = [label]
                }
            }
            rows.append(row)
        }
        guard !rows.isEmpty else { return [] }
        for (column, fragment) in loose {
            let wanted: Level = column == 0 ? .category : column <= 2 ? .project : .item
            let candidates = rows.indices.filter { rows[$0].page == fragment.page }
            let pick =
                candidates.filter { rows[$0].level == wanted }.min {
                    abs(rows[$0].y - fragment.y) < abs(rows[$1].y - fragment.y)
                }
                ?? candidates.min { abs(rows[$0].y - fragment.y) < abs(rows[$1].y - fragment.y) }
            guard let pick else { continue }
            rows[pick].parts[column].append(fragment)
        }
        return rows.map { row in
            let parts = row.parts.map { $0.sorted { $0.y < $1.y }.map(\.text).joined() }
            let name = row.level == .total ? "合计" : parts.joined(separator: " | ")
            return GenericRow(code: row.code, name: name, amounts: [row.amount], line: row.line)
        }
    }
}
