import YusuanCore

/// The lines of one table, from its caption and title to the line before the next table.
struct TableChunk {
    var kind: TableKind
    var caption: String?
    var captionLine: Int?
    var title: String
    var titleLine: Int
    /// The non-blank lines after the title, less the unit, 编制单位 and note lines (a slice of the rows of all the
    /// chunks of the text).
    var rows: ArraySlice<TextLine> = []
    var unitLine: String?
    var compilingUnit: String?
    var note: String?
    var noteLine: Int?
    /// The last line that belongs to the table (for errors about what is missing).
    var lastLine: Int
    /// Holds the cells the parsers join back together (a wrapped name), for as long as the import runs.
    var arena: TextArena

    /// The header model of the table.
    var header: TableHeader {
        TableHeader(caption: caption, title: title, unitLine: unitLine, note: note, line: titleLine, noteLine: noteLine)
    }

    /// The error for a table that ends before `expected` (the text stops, or the next table starts, where it should
    /// be), located at the table's last line.
    func cutOff(file: String, expected: String) -> ImportError {
        ImportError(.truncated, file: file, line: lastLine, expected: expected, found: "none (the table is cut off)")
    }
}

/// Recognises captions (`表三：`) and titles (`2024年…基本支出预算表`) of the tables of the template.
enum TableTitles {
    /// The caption numeral of a caption line: `表十一：` → `表十一`.
    static func caption(of line: TextLine) -> String? {
        guard !line.isTableRow, line.text.count <= 24 else { return nil }
        let slice = line.trimmedText
        guard slice.hasPrefixBytes("表") else { return nil }
        if let numeral = exactCaption(slice) { return numeral }
        var text = slice.string
        guard text.hasPrefixBytes("表") else { return nil }
        if text.hasSuffixBytes("：") || text.hasSuffixBytes(":") { text.removeLast() }
        guard text.utf8.count <= 12, TableKind(caption: text) != nil else { return nil }
        return text
    }

    /// The caption numeral of a line of text (see ``caption(of:)``).
    static func caption(ofText text: String) -> String? {
        let arena = TextArena()
        return withExtendedLifetime(arena) {
            text.withTextSpan { caption(of: TextLine(number: 0, text: $0, arena: arena)) }
        }
    }

    /// The kind of table a line of text announces (see ``kind(ofTitle:)``).
    static func kind(ofTitleText text: String) -> TableKind? {
        let arena = TextArena()
        return withExtendedLifetime(arena) {
            text.withTextSpan { kind(ofTitle: TextLine(number: 0, text: $0, arena: arena)) }
        }
    }

    /// The caption numerals in the order of ``TableKind``, as UTF-8 bytes with the leading 表.
    private static let captions: [StaticString] = [
        "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一",
    ]

    /// The caption when the trimmed line is byte for byte `表一`…`表十一`, with or without a trailing colon: the
    /// common case, answered without building a string to hand to ``TableKind/init(caption:)``.
    private static func exactCaption(_ text: TextSpan) -> String? {
        let body = text.dropping(suffix: "：") ?? text.dropping(suffix: ":") ?? text
        guard body.count <= 12 else { return nil }
        for (index, caption) in captions.enumerated() where body.isBytes(caption) {
            return captionStrings[index]
        }
        return nil
    }

    /// `TableKind.allCases.map(\.caption)`, made once.
    private static let captionStrings: [String] = TableKind.allCases.map(\.caption)

    /// The kind of table a title line announces, or nil when the line is not a table title.
    static func kind(ofTitle line: TextLine) -> TableKind? {
        guard !line.isTableRow else { return nil }
        // Every title ends with 表 or （一级项目）; skip other lines before normalizing them.
        let hasTitleEnding = { (bytes: TextSpan) -> Bool in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            guard end >= 3 else { return false }
            let (first, second, third) = (bytes[end - 3], bytes[end - 2], bytes[end - 1])
            // 表 is E8 A1 A8, ） is EF BC 89, ) is 29.
            return (first == 0xE8 && second == 0xA1 && third == 0xA8)
                || (first == 0xEF && second == 0xBC && third == 0x89)
                || third == 0x29
        }(line.text)
        guard hasTitleEnding else { return nil }
        // The line without spaces and quotation marks: the line itself when it has none (the common case), else a
        // copy without them on the stack.
        if !hasIgnoredBytes(line.text) { return kind(ofNormalizedTitle: line.text) }
        return line.text.withBytesSkipped(ignoredWidth(_:at:)) { kind(ofNormalizedTitle: $0) }
    }

    /// ``kind(ofTitle:)`` of the normalized text of a line that ends as a title does.
    private static func kind(ofNormalizedTitle text: TextSpan) -> TableKind? {
        // At most 119 characters; not a sentence; starting with a number or naming a year (年).
        guard text.count < 120 || text.string.dropFirst(119).isEmpty, !text.hasSuffixBytes("。"), !text.isEmpty,
            text.has("年") || text.string.unicodeScalars.first?.properties.numericType != nil
        else { return nil }
        if text.hasSuffixBytes("财政拨款收支总表") { return .financialSummary }
        if text.hasSuffixBytes("基本支出预算表") { return .generalBudgetBasicExpenditure }
        if text.has("三公") && text.hasSuffixBytes("经费支出表") { return .threePublicExpenditure }
        if text.hasSuffixBytes("政府性基金预算支出表") { return .governmentFundExpenditure }
        if text.hasSuffixBytes("支出预算表") { return .generalBudgetExpenditure }
        if text.hasSuffixBytes("部门收支总表") || text.hasSuffixBytes("单位收支总表") { return .departmentSummary }
        if text.hasSuffixBytes("部门收入总表") || text.hasSuffixBytes("单位收入总表") { return .departmentIncome }
        if text.hasSuffixBytes("部门支出总表") || text.hasSuffixBytes("单位支出总表") { return .departmentExpenditure }
        if text.hasSuffixBytes("政府采购预算明细表") { return .procurement }
        if text.hasSuffixBytes("整体绩效目标表") { return .overallPerformance }
        if text.has("项目绩效目标表") { return .projectPerformance }
        return nil
    }

    /// The number of bytes at `index` that matching ignores: 1 for a space, tab or `"`, 3 for “ (E2 80 9C),
    /// ” (E2 80 9D) or an ideographic space (E3 80 80), 0 otherwise.
    @inline(__always)
    static func ignoredWidth(_ source: TextSpan, at index: Int) -> Int {
        let byte = source[index]
        // Most bytes of a title lead or continue other scalars: one test sends them on.
        if byte > 0xE3 || (byte >= 0x80 && byte < 0xE2) { return 0 }
        if byte == 0x20 || byte == 0x09 || byte == 0x22 { return 1 }
        guard index + 2 < source.count, byte == 0xE2 || byte == 0xE3, source[index + 1] == 0x80 else { return 0 }
        let last = source[index + 2]
        return (byte == 0xE2 && (last == 0x9C || last == 0x9D)) || (byte == 0xE3 && last == 0x80) ? 3 : 0
    }

    /// Whether ``ignoredWidth(_:at:)`` is nonzero at some offset of the bytes (valid UTF-8).
    ///
    /// The scalars of three bytes led by E4…EF are stepped over whole: neither their lead nor their continuation
    /// bytes start anything matching ignores, and they are most of a Chinese title.
    static func hasIgnoredBytes(_ source: TextSpan) -> Bool {
        let count = source.count
        var index = 0
        while index < count {
            let byte = source[index]
            if byte >= 0xE4 && byte < 0xF0 {
                index &+= 3
                continue
            }
            if ignoredWidth(source, at: index) != 0 { return true }
            index &+= 1
        }
        return false
    }

    /// Whether the bytes, without spaces and quotation marks (see ``ignoredWidth(_:at:)``), are exactly `word`.
    static func normalized(_ source: TextSpan, equals word: StaticString) -> Bool {
        let pattern = TextSpan(word)
        let count = pattern.count
        var matched = 0
        var index = 0
        while index < source.count {
            let ignored = ignoredWidth(source, at: index)
            if ignored > 0 {
                index += ignored
                continue
            }
            let byte = source[index]
            guard matched < count, pattern[matched] == byte else { return false }
            matched += 1
            index += 1
        }
        return matched == count
    }
}
