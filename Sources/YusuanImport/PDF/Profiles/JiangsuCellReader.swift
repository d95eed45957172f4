import Foundation
import YusuanCore

/// Reads the Jiangsu tables whose cells are merged or wrapped so that a row is not one printed line: 收支预算总表
/// and 财政拨款收支预算总表 (label/amount pairs side by side), 收入预算总表 (sources grouped under merged cells) and
/// 政府采购支出预算表 (five text columns). Every amount becomes part of exactly one row; the labels are gathered from
/// the cells around it.
struct JiangsuCellReader {
    let table: JiangsuTable
    let file: String

    /// A piece of text in one column: its words joined, where it is and on which line.
    private struct Fragment {
        var text: String
        var xMin: Double
        var xMax: Double
        var y: Double
        var page: Int
        var line: Int

        /// The words (at least one, left to right) of a line as one fragment.
        static func joining(_ words: [PDFWord], of line: PDFLine) -> Fragment {
            Fragment(
                text: words.map(\.text).joined(),
                xMin: words[0].xMin,
                xMax: words[words.count - 1].xMax,
                y: line.yCenter,
                page: line.page,
                line: line.number
            )
        }
    }

    /// The lines of a table (the unit and 部门 lines are out already).
    private func contentLines(_ body: JiangsuBody) -> [PDFLine] { body.tableLines }

    private static func isEnumerated(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "一二三四五六七八九十".contains(first) { return text.prefix(4).contains("、") }
        if first.isASCII && first.isNumber {
            let next = text.drop { $0.isASCII && $0.isNumber }.first
            return next == "." || next == "．" || next == "、"
        }
        return false
    }

    /// The summary rows of the pairs tables, whose labels may wrap (`当年收入` / `小计`).
    static let summaryLabels = ["当年收入小计", "上年结转资金", "收入合计", "当年支出小计", "结转下年资金", "支出合计"]

    /// Whether a fragment continues the label of its side (wrapped in its cell): it completes a summary label
    /// (`当年收入` / `小计`, also over a page break); or, after a label that is not a summary label, it starts no
    /// label itself (no `一、`, `1.`, 小计 …) and follows within four lines, or at the top of the next page
    /// (`八、社会保障和就` / `业支出`).
    private static func continues(_ label: [Fragment], with fragment: Fragment, height: Double, atPageTop: Bool)
        -> Bool
    {
        guard let last = label.last else { return false }
        let text = label.map(\.text).joined()
        if summaryLabels.contains(where: { $0.hasPrefix(text + fragment.text) }) { return true }
        if summaryLabels.contains(text) || isEnumerated(fragment.text) || isSummaryLabel(fragment.text) { return false }
        if last.page == fragment.page { return fragment.y - last.y < 4 * height }
        return atPageTop && fragment.page == last.page + 1
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

    // MARK: 收支预算总表, 财政拨款收支预算总表

    /// 收支预算总表: 收入 (label, amount), 功能分类 (label, amount), 支出用途 (label, amount); 财政拨款收支预算总表: 收入
    /// and 支出用途. Labels wrap inside their cell (`2.政府性基金预` / `算`); an amount belongs to the side whose 金额
    /// header is nearest (clearly: at most half as far as the next one, else the table is not read with certainty)
    /// and to the label of that side whose lines surround it. Rows are the printed rows (labels of the sides at the
    /// same height); the name is `收入 | 功能分类 | 支出用途`.
    func readPairs(_ body: JiangsuBody) throws -> JiangsuRead {
        let lines = contentLines(body)
        let sides = table.columns.count
        let names = table.columns.map(\.name)
        // The rows begin at the first amount or the first label (`一、财政` printed above its amount).
        guard
            let first = lines.firstIndex(where: { line in
                line.words.contains { JiangsuCells.amount($0.text) != nil || Self.isEnumerated($0.text) }
            })
        else { return JiangsuRead(columns: names, rows: []) }
        let headers = JiangsuHeaderGrid.phrases(of: Array(lines[..<first])).filter { $0.text.contains("金额") }
        guard headers.count == sides else {
            throw malformed(lines.first, "\(sides) 金额 column headers in \(table.title)")
        }
        let centres = headers.map { ($0.low + $0.high) / 2 }.sorted()
        var problem: JiangsuReadingProblem?
        struct Item {
            var side: Int
            var fragments: [Fragment]
            var amount: Amount?
            var page: Int { fragments.first?.page ?? 0 }
            /// The extent of the label on its first page (a summary label may end on the next page).
            var top: Double { fragments.first?.y ?? 0 }
            var bottom: Double { fragments.last { $0.page == page }?.y ?? top }
            var centre: Double { (top + bottom) / 2 }
        }
        var items: [Item] = []
        var amounts: [(side: Int, amount: Amount, y: Double, page: Int, line: Int)] = []
        // The first line of the table on each later page.
        let pageTops = Set(
            zip(lines[first...].dropFirst(), lines[first...]).filter { $0.page != $1.page }.map(\.0.number)
        )
        for line in lines[first...] {
            var texts: [[PDFWord]] = Array(repeating: [], count: sides)
            for word in line.words {
                if let amount = JiangsuCells.amount(word.text) {
                    let distances = centres.map { abs($0 - word.xCenter) }
                    let order = distances.indices.sorted { distances[$0] < distances[$1] }
                    let side = order[0]
                    if order.count > 1, distances[order[0]] * 2 > distances[order[1]], problem == nil {
                        problem = JiangsuReadingProblem(
                            reason: "金额 \(word.text) 位于“\(names[order[0]])”与“\(names[order[1]])”两列之间，无法确定所属列",
                            reasonEnglish: "the amount \(word.text) stands between the columns \(names[order[0]]) and "
                                + "\(names[order[1]]): its column cannot be told",
                            line: line.number
                        )
                    }
                    amounts.append((side, amount, line.yCenter, line.page, line.number))
                } else if !JiangsuCells.isBlankMark(word.text) {
                    texts[centres.filter { $0 < word.xMin }.count].append(word)
                }
            }
            for side in 0..<sides where !texts[side].isEmpty {
                let words = texts[side]
                let fragment = Fragment.joining(words, of: line)
                let height = words.map(\.height).max() ?? 10
                if let index = items.lastIndex(where: { $0.side == side }),
                    Self.continues(
                        items[index].fragments,
                        with: fragment,
                        height: height,
                        atPageTop: pageTops.contains(line.number)
                    )
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
            var labels: [String]
            var amounts: [Amount?]
            var line: Int
        }
        var rows: [Row] = []
        func row(at y: Double, page: Int, line: Int) -> Int {
            if let index = rows.firstIndex(where: { $0.page == page && abs($0.y - y) < 3 }) {
                rows[index].line = min(rows[index].line, line)
                return index
            }
            rows.append(
                Row(
                    y: y,
                    page: page,
                    labels: Array(repeating: "", count: sides),
                    amounts: Array(repeating: nil, count: sides),
                    line: line
                )
            )
            return rows.count - 1
        }
        func put(_ amount: Amount, row index: Int, side: Int, line: Int) {
            if let present = rows[index].amounts[side], problem == nil {
                problem = JiangsuReadingProblem(
                    reason: "“\(names[side])”列同一行有两个金额（\(present.plainText)、\(amount.plainText)），无法确定所属行",
                    reasonEnglish: "two amounts (\(present.plainText), \(amount.plainText)) land in one cell of the "
                        + "column \(names[side]): their rows cannot be told",
                    line: line
                )
            }
            rows[index].amounts[side] = rows[index].amounts[side] ?? amount
        }
        for item in items {
            let index = row(at: item.centre, page: item.fragments[0].page, line: item.fragments[0].line)
            rows[index].labels[item.side] = item.fragments.map(\.text).joined()
            if let amount = item.amount { put(amount, row: index, side: item.side, line: item.fragments[0].line) }
        }
        for entry in loose {
            let index = row(at: entry.y, page: entry.page, line: entry.line)
            put(entry.amount, row: index, side: entry.side, line: entry.line)
        }
        rows.sort { ($0.page, $0.y) < ($1.page, $1.y) }
        return JiangsuRead(
            columns: names,
            rows: rows.map {
                GenericRow(code: "", name: $0.labels.joined(separator: " | "), amounts: $0.amounts, line: $0.line)
            },
            problem: problem
        )
    }

    // MARK: 收入预算总表

    /// The item labels of 收入预算总表, which wrap in their cell (`公共财政拨款(补助)` / `资金`).
    static let incomeItems = [
        "收入总计", "小计", "公共财政拨款（补助）资金", "专项收入", "专户管理教育收费", "其他非税收入", "事业收入", "经营收入",
        "其他收入", "债务资金（银行贷款）", "其中：动用上年结转和结余资金",
    ]

    /// 收入预算总表: a source (一般公共预算资金 …) printed once in a merged cell beside its items (小计, 公共财政拨款
    /// （补助）资金, 专项收入); each group starts with its 小计. An item label wrapped over lines (`公共财政拨款(补助)` /
    /// `资金`) is one item, and the amount between its lines is its amount. The name is `source | item` (`收入总计`
    /// alone).
    func readGroups(_ body: JiangsuBody) throws -> JiangsuRead {
        let lines = contentLines(body)
        guard let header = lines.firstIndex(where: { $0.compact.contains("项目名称") }) else {
            throw malformed(lines.first, "the header 项目名称 金额 of \(table.title)")
        }
        let data = lines[(header + 1)...]
        // Item labels start at the x of the second label on lines that carry two.
        let itemX = data.compactMap { line -> Double? in
            let texts = line.words.filter { JiangsuCells.amount($0.text) == nil }
            return texts.count >= 2 ? texts[1].xMin : nil
        }.min()
        guard let itemX else { throw malformed(data.first, "a source and an item on one line of \(table.title)") }
        struct Item {
            var fragments: [Fragment]
            var group = ""
            var amount: Amount?
            var name: String { fragments.map(\.text).joined() }
            var top: Double { fragments.first?.y ?? 0 }
            var bottom: Double { fragments.last?.y ?? 0 }
        }
        var items: [Item] = []
        var groups: [Fragment] = []
        var amounts: [(amount: Amount, y: Double, page: Int, line: Int)] = []
        var problem: JiangsuReadingProblem?
        func fragment(_ words: [PDFWord], _ line: PDFLine) -> Fragment {
            Fragment(
                text: words.map(\.text).joined(),
                xMin: words.first?.xMin ?? 0,
                xMax: words.last?.xMax ?? 0,
                y: line.yCenter,
                page: line.page,
                line: line.number
            )
        }
        for line in data {
            var item: [PDFWord] = []
            var group: [PDFWord] = []
            var lineAmounts: [Amount] = []
            for word in line.words {
                if let value = JiangsuCells.amount(word.text) {
                    lineAmounts.append(value)
                    amounts.append((value, line.yCenter, line.page, line.number))
                } else if JiangsuCells.isBlankMark(word.text) {
                    continue
                } else if word.xMin >= itemX - 20 {
                    item.append(word)
                } else {
                    group.append(word)
                }
            }
            if lineAmounts.count > 1, problem == nil {
                problem = JiangsuReadingProblem(
                    reason: "一行有\(lineAmounts.count)个金额，而本表只有“金额”一列",
                    reasonEnglish: "a line holds \(lineAmounts.count) amounts, but the table has one column 金额",
                    line: line.number
                )
            }
            if !group.isEmpty { groups.append(fragment(group, line)) }
            guard !item.isEmpty else { continue }
            let piece = fragment(item, line)
            if let last = items.last, last.fragments.last?.page == line.page,
                line.yCenter - last.bottom < 3 * (item.map(\.height).max() ?? 10),
                Self.continuesItem(last.name, with: piece.text)
            {
                items[items.count - 1].fragments.append(piece)
            } else {
                items.append(Item(fragments: [piece]))
            }
        }
        // Each amount goes to the item whose lines surround it, else to the item at its height.
        for entry in amounts {
            let inside = items.indices.filter { index in
                items[index].fragments[0].page == entry.page && items[index].amount == nil
                    && entry.y >= items[index].top - 3 && entry.y <= items[index].bottom + 3
            }
            if let index = inside.first {
                items[index].amount = entry.amount
            } else if problem == nil {
                problem = JiangsuReadingProblem(
                    reason: "金额 \(entry.amount.plainText) 旁没有可对应的项目名称",
                    reasonEnglish: "the amount \(entry.amount.plainText) stands beside no item label",
                    line: entry.line
                )
            }
        }
        // A group runs from its 小计 to the item before the next 小计 (over a page break, too): its source is the text
        // beside its items.
        var starts = items.indices.filter { items[$0].name == "小计" }
        starts.append(items.count)
        for (start, end) in zip(starts, starts.dropFirst()) {
            let pages = Dictionary(grouping: items[start..<end], by: { $0.fragments[0].page })
            let names = groups.filter { group in
                guard let members = pages[group.page] else { return false }
                let top = (members.map(\.top).min() ?? 0) - 3
                let bottom = (members.map(\.bottom).max() ?? 0) + 3
                return group.y >= top && group.y <= bottom
            }
            for index in start..<end { items[index].group = names.map(\.text).joined() }
        }
        return JiangsuRead(
            columns: table.columns.map(\.name),
            rows: items.map {
                GenericRow(
                    code: "",
                    name: $0.group.isEmpty ? $0.name : $0.group + " | " + $0.name,
                    amounts: [$0.amount],
                    line: $0.fragments[0].line
                )
            },
            problem: problem
        )
    }

    /// Whether a piece of text continues an item label wrapped in its cell: together they begin a known label that
    /// the label alone is not.
    static func continuesItem(_ label: String, with piece: String) -> Bool {
        let label = JiangsuTitles.normalized(label)
        let joined = label + JiangsuTitles.normalized(piece)
        return !incomeItems.contains(label) && incomeItems.contains { $0.hasPrefix(joined) }
    }

    // MARK: 公开12表

    /// 政府采购支出预算表: rows are the lines with an amount — 合计, a category (`一、货物 A`), a project (专项名称 and
    /// 经济科目) or an item (采购物品名称 and 采购组织形式). Wrapped project text belongs to the nearest project row, wrapped
    /// item text to the nearest item row. The name is `品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式`
    /// (`合计` alone), the code the category letter.
    func readProcurement(_ body: JiangsuBody) throws -> JiangsuRead {
        let lines = contentLines(body)
        let names = table.columns.map(\.name)
        guard
            let first = lines.firstIndex(where: { line in line.words.contains { JiangsuCells.amount($0.text) != nil }
            })
        else { return JiangsuRead(columns: names, rows: []) }
        let grid = JiangsuHeaderGrid(headerLines: Array(lines[..<first]))
        let expected = [
            JiangsuColumn("采购品目大类", "品目"), JiangsuColumn("专项名称", "专项"), JiangsuColumn("经济科目", "经济"),
            JiangsuColumn("采购物品名称", "物品"), JiangsuColumn("采购组织形式", "组织"), JiangsuColumn("总计"),
        ]
        let matched = grid.match(expected)
        var centres: [Double] = []
        for (column, index) in zip(expected, matched) {
            guard let index else { throw malformed(lines.first, "the column header \(column.name) of \(table.title)") }
            centres.append((grid.columns[index].low + grid.columns[index].high) / 2)
        }
        var problem: JiangsuReadingProblem?
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
                if let value = JiangsuCells.amount(word.text), word.xCenter > centres[4] {
                    if let amount, problem == nil {
                        problem = JiangsuReadingProblem(
                            reason: "一行有两个“总计”金额（\(amount.plainText)、\(value.plainText)）",
                            reasonEnglish: "a line holds two amounts in 总计 (\(amount.plainText), \(value.plainText))",
                            line: line.number
                        )
                    }
                    amount = amount ?? value
                } else if !JiangsuCells.isBlankMark(word.text) {
                    let distances = centres.prefix(5).map { abs($0 - word.xCenter) }
                    let column = distances.indices.min { distances[$0] < distances[$1] } ?? 0
                    columns[column].append(word)
                }
            }
            let fragments = columns.map { words in
                words.isEmpty
                    ? nil
                    : Fragment.joining(words, of: line)
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
                // `一、货物 A`, `一、货物A`: the category letter is the code.
                if let letter = label.text.last, letter.isASCII, letter.isUppercase, label.text.count > 1 {
                    row.code = String(letter)
                    label.text = String(label.text.dropLast())
                    row.parts[0] = [label]
                }
            }
            rows.append(row)
        }
        guard !rows.isEmpty else { return JiangsuRead(columns: names, rows: [], problem: problem) }
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
        return JiangsuRead(
            columns: names,
            rows: rows.map { row in
                let parts = row.parts.map { $0.sorted { $0.y < $1.y }.map(\.text).joined() }
                let name = row.level == .total ? "合计" : parts.joined(separator: " | ")
                return GenericRow(code: row.code, name: name, amounts: [row.amount], line: row.line)
            },
            problem: problem
        )
    }
}
