import YusuanCore

/// Finds where the per-项 statements start: the heading of each statement with its 类/款/项 names and code and the
/// amount after it (X).
///
/// The forms real documents print:
/// - names with their levels, codes in the brackets or not: `公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元`,
///   `“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元`, `检察（款）行政运行（项）支出 12,268.62 万元` (the
///   类 then stands alone before its items: `（一）公共安全（类）`);
/// - a whole code: `行政运行（2040601）1672.67万元`, `2040601 行政运行 1672.67 万元`.
///
/// A heading followed by no amount (a glossary entry `行政运行（项）：反映…`, a 决算 statement `…（项）。主要用于：`) is
/// no statement.
struct ItemStatementHeads {
    struct Head {
        /// The folded offset where the statement starts (its first name or its code).
        var start: Int
        var className: String
        var sectionName: String
        var itemName: String
        var code: String
        var amount: Amount
        var unit: AmountUnit
        /// The folded offset after the amount's unit.
        var end: Int
    }

    /// A bracketed level: `（204类）`, `(款)`, `（01项）`, or a whole code `（2040601）` (an item).
    private struct Marker {
        enum Level { case classLevel, section, item }
        var level: Level
        var digits: String
        /// The offset of the opening bracket and the offset after the closing one.
        var start: Int
        var end: Int
    }

    let text: StatementText

    /// The statements' headings in published order.
    func heads() -> [Head] {
        var result: [Head] = []
        let markers = findMarkers()
        // The 类 printed on a line of its own before its items (`（二）社会保障和就业支出（类）`), until the next heading.
        var contextClass: (name: String, digits: String, boundary: Int)?
        for (index, marker) in markers.enumerated() {
            switch marker.level {
            case .classLevel:
                let next = index + 1 < markers.count ? markers[index + 1] : nil
                if next.map({ nameStart(before: $0.start, limit: marker.end) == marker.end }) != true {
                    let start = nameStart(before: marker.start, limit: previousEnd(markers, index))
                    let name = strippedNumbering(start, marker.start)
                    if !name.isEmpty {
                        contextClass = (text.written(name), marker.digits, text.boundary(after: marker.start))
                    }
                }
            case .section:
                break
            case .item:
                if let head = head(at: index, markers: markers, contextClass: contextClass) {
                    result.append(head)
                }
            }
        }
        result.append(contentsOf: wholeCodeHeads())
        result.sort { $0.start < $1.start }
        return result
    }

    private func previousEnd(_ markers: [Marker], _ index: Int) -> Int {
        index > 0 ? markers[index - 1].end : 0
    }

    /// The head ending with the item marker at `index`: its names back through adjacent 款 and 类 markers.
    private func head(
        at index: Int,
        markers: [Marker],
        contextClass: (name: String, digits: String, boundary: Int)?
    ) -> Head? {
        let item = markers[index]
        let itemStart = nameStart(before: item.start, limit: previousEnd(markers, index))
        var start = itemStart
        var className = ""
        var classDigits = ""
        var sectionName = ""
        var sectionDigits = ""
        let itemRange = strippedNumbering(itemStart, item.start)
        guard !itemRange.isEmpty else { return nil }
        start = itemRange.lowerBound
        var position = index - 1
        if position >= 0, markers[position].level == .section, markers[position].end == itemStart {
            let section = markers[position]
            let sectionStart = nameStart(before: section.start, limit: previousEnd(markers, position))
            let range = strippedNumbering(sectionStart, section.start)
            guard !range.isEmpty else { return nil }
            sectionName = text.written(range)
            sectionDigits = section.digits
            start = range.lowerBound
            position -= 1
            if position >= 0, markers[position].level == .classLevel, markers[position].end == sectionStart {
                let found = classHead(markers, position)
                className = found.name
                classDigits = found.digits
                start = found.start ?? start
            }
        } else if position >= 0, markers[position].level == .classLevel, markers[position].end == itemStart {
            let found = classHead(markers, position)
            className = found.name
            classDigits = found.digits
            start = found.start ?? start
        }
        if className.isEmpty, let context = contextClass, context.boundary > item.start {
            className = context.name
            classDigits = context.digits
        }
        guard let (amount, unit, end) = amountAfterHead(from: item.end) else { return nil }
        return Head(
            start: start,
            className: className,
            sectionName: sectionName,
            itemName: text.written(itemRange),
            code: Self.code(classDigits: classDigits, sectionDigits: sectionDigits, itemDigits: item.digits),
            amount: amount,
            unit: unit,
            end: end
        )
    }

    private func classHead(_ markers: [Marker], _ position: Int) -> (name: String, digits: String, start: Int?) {
        let marker = markers[position]
        let range = strippedNumbering(
            nameStart(before: marker.start, limit: previousEnd(markers, position)),
            marker.start
        )
        guard !range.isEmpty else { return ("", marker.digits, nil) }
        return (text.written(range), marker.digits, range.lowerBound)
    }

    /// The code from the digits of the markers: `204`, `06`, `01` → `2040601`; a whole 7-digit code as printed; empty
    /// when the heading does not give every level.
    static func code(classDigits: String, sectionDigits: String, itemDigits: String) -> String {
        if itemDigits.count == 7 { return itemDigits }
        if sectionDigits.count == 5, itemDigits.count == 2 { return sectionDigits + itemDigits }
        if classDigits.count == 3, sectionDigits.count == 2, itemDigits.count == 2 {
            return classDigits + sectionDigits + itemDigits
        }
        return ""
    }

    /// Every bracketed level in the text.
    private func findMarkers() -> [Marker] {
        var markers: [Marker] = []
        var index = 0
        let count = text.count
        while index < count {
            guard text[index] == "(" else {
                index += 1
                continue
            }
            var cursor = index + 1
            while cursor < count, cursor - index <= 8, StatementText.isDigit(text[cursor]) { cursor += 1 }
            let digits = cursor - index - 1
            guard cursor < count else { break }
            var level: Marker.Level?
            switch text[cursor] {
            case "类": level = .classLevel
            case "款": level = .section
            case "项": level = .item
            case ")" where digits == 7 && text[index + 1] == "2": level = .item
            default: level = nil
            }
            if let level {
                let close = text[cursor] == ")" ? cursor : cursor + 1
                if close < count, text[close] == ")" {
                    var digitText = ""
                    for offset in (index + 1)..<(index + 1 + digits) { digitText.unicodeScalars.append(text[offset]) }
                    markers.append(Marker(level: level, digits: digitText, start: index, end: close + 1))
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return markers
    }

    /// Statements headed by a whole code before the name: `2040601 行政运行 1672.67 万元` (a number of 7 digits starting
    /// with 2, not part of an amount).
    private func wholeCodeHeads() -> [Head] {
        var result: [Head] = []
        var index = 0
        let count = text.count
        while index + 7 <= count {
            // After `2.` (an item number, the space between them left out) a code is no decimal: no amount has 7
            // decimals.
            guard text[index] == "2", index == 0 || text[index - 1] == "." || !Self.isNumberPart(text[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < count, StatementText.isDigit(text[end]) { end += 1 }
            guard end - index == 7, end < count, !Self.isNumberPart(text[end]), text[end] != "%",
                text[end] != "万", text[end] != "元", text[end] != "年", text[end] != ")"
            else {
                index = max(end, index + 1)
                continue
            }
            var nameEnd = end
            while nameEnd < count, nameEnd - end < 40, !Self.isDelimiter(text[nameEnd]),
                !StatementText.isDigit(text[nameEnd])
            {
                nameEnd += 1
            }
            var nameRange = end..<nameEnd
            // `2040601 行政运行为 1672.67 万元`, `2040601 行政运行：…`: the name ends before 为.
            while let last = nameRange.last, text[last] == "为" { nameRange = nameRange.lowerBound..<last }
            if !nameRange.isEmpty, let (amount, unit, amountEnd) = amountAfterHead(from: nameEnd) {
                var code = ""
                for offset in index..<end { code.unicodeScalars.append(text[offset]) }
                result.append(
                    Head(
                        start: index,
                        className: "",
                        sectionName: "",
                        itemName: text.written(nameRange),
                        code: code,
                        amount: amount,
                        unit: unit,
                        end: amountEnd
                    )
                )
            }
            index = end
        }
        return result
    }

    /// The start of the name that ends at `end`: back to a delimiter, the previous marker (`limit`) or 40 scalars.
    private func nameStart(before end: Int, limit: Int) -> Int {
        var start = end
        while start > limit, end - start < 40, !Self.isDelimiter(text[start - 1]) { start -= 1 }
        return start
    }

    /// The name in `start..<end` without the item number before it (`（1）`, `(一)`, `1`); `1、` and `1.` already end
    /// the name scanned backwards.
    private func strippedNumbering(_ start: Int, _ end: Int) -> Range<Int> {
        var from = start
        if from < end, text[from] == "(" {
            var close = from + 1
            while close < end, Self.isNumeral(text[close]) { close += 1 }
            if close > from + 1, close < end, text[close] == ")" { from = close + 1 }
        }
        while from < end, StatementText.isDigit(text[from]) { from += 1 }
        return from..<end
    }

    /// The amount after a heading: `”2.63万元`, `）支出 12,268.62 万元`, `）：1672.67万元`, `）预算安排 686 万元`.
    private func amountAfterHead(from offset: Int) -> (Amount, AmountUnit, Int)? {
        var cursor = offset
        var skipped = 0
        while cursor < text.count, skipped < 6 {
            let scalar = text[cursor]
            if scalar == "”" || scalar == "\"" || scalar == "’" || scalar == ":" || scalar == "," || scalar == "，" {
                cursor += 1
            } else if let word = ["支出", "预算数", "预算", "安排", "为", "是"].first(where: { text.matches($0, at: cursor) }) {
                cursor += word.unicodeScalars.count
            } else {
                break
            }
            skipped += 1
        }
        guard let (amount, unit, end) = StatementNumbers.amountWithUnit(in: text, at: cursor) else { return nil }
        return (amount, unit, end)
    }

    /// Characters that end a name when read backwards.
    static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "，", ",", ";", "；", ":", "、", "“", "”", "\"", "‘", "’", "'", ".", "!", "?", "！", "？", "《", "》",
            "%":
            return true
        default: return false
        }
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        StatementText.isDigit(scalar) || "一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        StatementText.isDigit(scalar) || scalar == "." || scalar == ","
    }
}
