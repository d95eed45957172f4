import YusuanCore

/// The execution statements of a 决算 narrative: `年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 R%。决算数小于
/// 预算数的主要原因：…`, for the 一般公共预算财政拨款支出, each 功能 项 and the “三公”.
extension FinalAccountNarrativeReader {
    /// The execution read from `range`: the first `年初预算为`/`预算为` amount, the `决算为` amount after it, `完成…的
    /// R%`, the comparison word and the reason.
    static func execution(label: String, in range: Range<Int>, text: FinalAccountText) -> ExecutionStatement? {
        var statement = ExecutionStatement(label: label, sentence: text.sentence(at: range.lowerBound))
        var cursor = range.lowerBound
        if let at = text.findFirst(["年初预算为", "年初预算数为", "预算为"], from: cursor, to: range.upperBound) {
            let end = at.offset + at.word.unicodeScalars.count
            if let found = text.amount(after: end, slack: 1, limit: range.upperBound) {
                statement.budget = found.amount
                statement.unit = found.unit
                cursor = found.end
            } else {
                cursor = end
            }
        }
        // The 决算 is looked for from the start too: a budget whose amount was not read leaves no cursor to follow.
        let actualFrom = statement.budget == nil ? range.lowerBound : cursor
        if let at = text.findFirst(["支出决算为", "决算为", "决算数为"], from: actualFrom, to: range.upperBound) {
            let end = at.offset + at.word.unicodeScalars.count
            if let found = text.amount(after: end, slack: 1, limit: range.upperBound) {
                statement.actual = found.amount
                statement.unit = found.unit
                cursor = max(cursor, found.end)
            } else {
                cursor = max(cursor, end)
            }
        }
        if let at = text.findFirst(["完成年初预算的", "完成预算的"], from: cursor, to: range.upperBound),
            let found = text.percent(after: at.offset + at.word.unicodeScalars.count, slack: 0, limit: range.upperBound)
        {
            statement.completionPercent = found.value
            cursor = found.end
        }
        guard statement.budget != nil || statement.actual != nil || statement.completionPercent != nil else {
            return nil
        }
        statement.comparison = comparison(in: cursor..<range.upperBound, text: text)
        statement.reason = text.reason(in: cursor..<range.upperBound)
        statement.sentence = text.sentence(from: range.lowerBound, to: max(range.lowerBound, cursor - 1))
        return statement
    }

    /// `决算数大于预算数` (increase), `决算数小于预算数` (decrease), `决算数与预算数（基本）持平` (unchanged).
    static func comparison(in range: Range<Int>, text: FinalAccountText) -> ChangeDirection? {
        let words: [(String, ChangeDirection)] = [
            ("决算数大于预算数", .increase), ("决算数小于预算数", .decrease), ("决算数高于预算数", .increase),
            ("决算数低于预算数", .decrease), ("决算数与预算数持平", .unchanged), ("决算数与预算数基本持平", .unchanged),
            ("预决算持平", .unchanged),
        ]
        let found = words.compactMap { word, direction in
            text.find(word, from: range.lowerBound, to: range.upperBound).map { ($0, direction) }
        }
        return found.min { $0.0 < $1.0 }?.1
    }

    /// `一般公共预算财政拨款支出年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 R%。…` up to `其中` or the first 项.
    static func generalBudgetExecution(in text: FinalAccountText) -> ExecutionStatement? {
        for offset in text.offsets(of: "一般公共预算财政拨款支出年初预算") {
            let boundary = text.text.boundary(after: offset)
            let firstItem = itemHeads(in: text).first { $0.start > offset }?.start ?? boundary
            let end = min(firstItem, boundary)
            if let statement = execution(label: "一般公共预算财政拨款支出", in: offset..<end, text: text) {
                return statement
            }
        }
        return nil
    }

    /// A 功能 项 heading: `一般公共服务支出（类）财政事务（款）行政运行（项）`.
    struct ItemHead {
        var start: Int
        var end: Int
        var className: String
        var sectionName: String
        var itemName: String
    }

    /// The 项 headings, in order: a `(类)` followed by a `(款)` and a `(项)` with names between them.
    static func itemHeads(in text: FinalAccountText) -> [ItemHead] {
        var heads: [ItemHead] = []
        for classMark in text.offsets(of: "(类)") {
            guard let sectionMark = text.find("(款)", from: classMark + 3, to: classMark + 40),
                let itemMark = text.find("(项)", from: sectionMark + 3, to: sectionMark + 40),
                text.find("(类)", from: classMark + 3, to: itemMark) == nil
            else { continue }
            let className = text.name(before: classMark)
            let sectionName = text.written(classMark + 3..<sectionMark)
            let itemName = text.written(sectionMark + 3..<itemMark)
            let start = classMark - className.unicodeScalars.filter { StatementText.fold($0) != nil }.count
            heads.append(
                ItemHead(
                    start: start,
                    end: itemMark + 3,
                    className: compact(className),
                    sectionName: compact(sectionName),
                    itemName: compact(itemName)
                )
            )
        }
        return heads
    }

    /// Every 项 statement with its execution, in order; nil when there is none.
    static func itemExecutions(in text: FinalAccountText) -> [ExecutionStatement]? {
        let heads = itemHeads(in: text)
        var result: [ExecutionStatement] = []
        for (index, head) in heads.enumerated() {
            let next = index + 1 < heads.count ? heads[index + 1].start : text.count
            let end = min(next, text.text.boundary(after: head.end))
            var statement =
                execution(label: head.itemName, in: head.end..<end, text: text)
                ?? ExecutionStatement(label: head.itemName, sentence: text.sentence(at: head.start))
            statement.className = head.className
            statement.sectionName = head.sectionName
            statement.itemName = head.itemName
            statement.sentence = Sentence(
                text: text.written(head.start..<end).trimmingWhitespace,
                line: text.text.line(at: head.start)
            )
            result.append(statement)
        }
        return result.isEmpty ? nil : result
    }

    /// The “三公”: `“三公”经费财政拨款支出年初预算为 X 万元，支出决算为 Y 万元，完成预算的 R%，其中：因公出国（境）费决算为
    /// a 万元，完成预算的 r%；公务用车购置及运行维护费支出决算为 …；公务接待费支出决算为 …`.
    static func threePublic(in text: FinalAccountText) -> ThreePublicExecution? {
        guard let offset = text.findFirst(["“三公”经费财政拨款支出年初预算", "三公”经费财政拨款支出年初预算"], from: 0)?.offset
        else { return nil }
        let boundary = text.text.boundary(after: offset)
        let itemsStart = text.find("其中", from: offset, to: boundary) ?? boundary
        var result = ThreePublicExecution()
        result.total = execution(label: "“三公”经费财政拨款支出", in: offset..<itemsStart, text: text)
        let items: [(String, WritableKeyPath<ThreePublicExecution, ExecutionStatement?>)] = [
            ("因公出国(境)费", \.abroad), ("公务用车购置及运行维护费", \.vehicles), ("公务用车购置及运行费", \.vehicles),
            ("公务接待费", \.reception),
        ]
        let sentenceEnd = text.sentenceEnd(from: itemsStart)
        for (word, path) in items where result[keyPath: path] == nil {
            guard let at = text.find(word, from: itemsStart, to: sentenceEnd) else { continue }
            let clauseEnd = text.clauseEnd(from: at)
            guard
                var statement = execution(
                    label: text.written(at..<at + word.unicodeScalars.count),
                    in: at..<clauseEnd,
                    text: text
                )
            else { continue }
            statement.sentence = Sentence(
                text: text.written(at..<min(clauseEnd + 1, text.count)).trimmingWhitespace,
                line: text.text.line(at: at)
            )
            result[keyPath: path] = statement
        }
        if let total = result.total {
            // The reason for the gap follows the items: `2024年度“三公”经费支出决算数小于预算数的主要原因：…`.
            var withReason = total
            let after = text.sentenceEnd(from: itemsStart) + 1
            let end = min(text.sentenceEnd(from: after), boundary)
            if after < end {
                withReason.comparison = total.comparison ?? comparison(in: after..<end, text: text)
                withReason.reason = total.reason ?? text.reason(in: after..<end)
            }
            result.total = withReason
        }
        return result == ThreePublicExecution() ? nil : result
    }

    /// The text without spaces and line breaks.
    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\u{3000}" }))
    }
}

extension String {
    /// The string without whitespace at either end.
    fileprivate var trimmingWhitespace: String {
        var characters = Substring(self)
        while let first = characters.first, first.isWhitespace { characters = characters.dropFirst() }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        while let last = characters.last, last.isWhitespace { characters = characters.dropLast(1) }
        return String(characters)
    }
}
