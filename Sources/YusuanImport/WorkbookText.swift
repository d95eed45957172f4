import YusuanCore
import YusuanXLSX

/// The sheets of a workbook turned into the published text layout, line by line, remembering the sheet and
/// row every line came from, so the text importer reads them and its errors can point at cells.
struct WorkbookText {
    /// Where a line of the text came from.
    struct Origin {
        var sheet: String
        var row: Int
        /// The cells of the row with their text.
        var cells: [(column: Int, text: String)]
    }

    private(set) var lines: [String] = []
    private(set) var origins: [Origin?] = []

    /// The text, every line ended by `\n`.
    var text: String { lines.map { $0 + "\n" }.joined() }

    /// The origin of a 1-based line of ``text``.
    func origin(ofLine number: Int) -> Origin? {
        number >= 1 && number <= origins.count ? origins[number - 1] : nil
    }

    mutating func append(_ line: String, origin: Origin? = nil) {
        lines.append(line)
        origins.append(origin)
        lines.append("")
        origins.append(nil)
    }

    /// The narrative sheet: one line per row (the cells of a row joined).
    mutating func appendNarrative(_ sheet: XLSXReadSheet) {
        for (index, row) in sheet.rows.enumerated() {
            let cells = row.compactMap { $0 }.map { (column: $0.column, text: Self.cellText($0, grouping: false)) }
            let text = cells.map(\.text).filter { !$0.trimmingSpaces().isEmpty }.joined(separator: " ")
            guard !text.isEmpty else { continue }
            append(text, origin: Origin(sheet: sheet.name, row: index + 1, cells: cells))
        }
    }

    /// A table sheet: caption, title, unit and note lines as plain lines, table rows as tab-separated cells
    /// over the sheet's width. A caption or title the sheet lacks is supplied from its name.
    mutating func appendTable(
        _ sheet: XLSXReadSheet,
        kind: TableKind?,
        grouping: Bool,
        fallbackTitle: (TableKind) -> String
    ) {
        let rows = sheet.rows.enumerated().map { index, row in
            (
                number: index + 1,
                cells: row.compactMap { $0 }.map { (column: $0.column, text: Self.cellText($0, grouping: grouping)) }
                    .filter { !$0.text.trimmingSpaces().isEmpty }
            )
        }.filter { !$0.cells.isEmpty }
        let plain = rows.map { row in
            row.cells.count == 1 && row.cells[0].column == 1 && Self.isPlainLine(row.cells[0].text)
        }
        let width = zip(rows, plain).filter { !$0.1 }.flatMap { $0.0.cells.map(\.column) }.max() ?? 1
        let hasTitle = zip(rows, plain).contains { $0.1 && Self.isTitle($0.0.cells[0].text) }
        let hasCaption = zip(rows, plain).contains { $0.1 && Self.isCaption($0.0.cells[0].text) }
        if !hasTitle && !hasCaption, let kind {
            // Neither caption nor title: the sheet name stands for both (a caption row gets its title below).
            append(kind.caption, origin: Origin(sheet: sheet.name, row: 1, cells: []))
            append(fallbackTitle(kind), origin: Origin(sheet: sheet.name, row: 1, cells: []))
        }
        for (row, isPlain) in zip(rows, plain) {
            let origin = Origin(sheet: sheet.name, row: row.number, cells: row.cells)
            if isPlain {
                append(row.cells[0].text, origin: origin)
                if Self.isCaption(row.cells[0].text) && !hasTitle, let kind {
                    append(fallbackTitle(kind), origin: origin)
                }
                continue
            }
            var texts = Array(repeating: "", count: width)
            for cell in row.cells where cell.column <= width { texts[cell.column - 1] = cell.text }
            lines.append(texts.joined(separator: "\t"))
            origins.append(origin)
        }
        lines.append("")
        origins.append(nil)
    }

    /// A caption (`表三`, `表三：`).
    static func isCaption(_ text: String) -> Bool {
        TableTitles.caption(ofText: text) != nil
    }

    /// A table title (`2024年…财政拨款收支总表`), or the title of a 决算 table (`收入决算表`).
    static func isTitle(_ text: String) -> Bool {
        TableTitles.kind(ofTitleText: text) != nil
            || (text.contains("决算") && FinalAccountTextImporter.isTableTitle(text.trimmingSpaces()))
    }

    /// A line that stands alone above or below a table: caption, title, unit line, 编制单位, note.
    static func isPlainLine(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        if isCaption(trimmed) || isTitle(trimmed) { return true }
        return ["单位：", "单位:", "编制单位", "备注", "注：", "说明："].contains { trimmed.hasPrefix($0) }
    }

    /// The text of a cell as the published layout writes it: numbers exactly, with the precision of the cell's
    /// number format, and thousand separators when `grouping` is on and the format groups.
    static func cellText(_ cell: XLSXReadCell, grouping: Bool) -> String {
        switch cell.kind {
        case .number:
            guard let amount = amount(cell) else { return cell.value }
            let groups = grouping && (cell.numberFormat?.contains(",") ?? false)
            return amount.formatted(groupingThousands: groups)
        case .boolean:
            return cell.value == "1" ? "TRUE" : "FALSE"
        case .text, .error:
            var text = ""
            for character in cell.value {
                text.append(
                    character == "\t" || character == "\n" || character == "\r\n" || character == "\r" ? " " : character
                )
            }
            return text
        }
    }

    /// The exact amount of a number cell, with at least the decimals its format shows. Binary floating-point
    /// residue written by some programs (`2197.4000000000001`) is rounded away.
    static func amount(_ cell: XLSXReadCell) -> Amount? {
        let decimals = cell.formatDecimals
        let written = DecimalText.fractionDigits(cell.value)
        // More than nine decimals is the residue of a binary float (`767.5700000000001`): round it to the
        // precision the cell shows. More than six otherwise: round to the six an amount can hold.
        let rounding = written > 9 ? min(6, decimals ?? 6) : written > Amount.maximumScale ? Amount.maximumScale : nil
        guard var amount = DecimalText.amount(cell.value, roundedTo: rounding) else { return nil }
        if let decimals, decimals <= Amount.maximumScale, decimals > amount.scale {
            amount = amount.rescaled(to: decimals) ?? amount
        }
        return amount
    }
}

/// Exact decimal reading of the numbers stored in a workbook (`2829.73`, `-0.1`, `1.5E-2`).
enum DecimalText {
    /// The number of fraction digits as written, before any exponent.
    static func fractionDigits(_ text: String) -> Int {
        let mantissa = text.split(whereSeparator: { $0 == "E" || $0 == "e" }).first ?? ""
        guard let point = mantissa.firstIndex(of: ".") else { return 0 }
        return mantissa.distance(from: point, to: mantissa.endIndex) - 1
    }

    /// The value as an amount, rounded half away from zero to `roundedTo` decimals when given (and needed);
    /// nil when the text is not a decimal number or does not fit.
    static func amount(_ text: String, roundedTo decimals: Int? = nil) -> Amount? {
        var rest = text.trimmingSpaces()[...]
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        var exponent = 0
        if let marker = rest.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(rest[rest.index(after: marker)...]) else { return nil }
            exponent = value
            rest = rest[..<marker]
        }
        var digits = ""
        var scale = 0
        var seenPoint = false
        for character in rest {
            if character == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if character.isASCII, character.isNumber {
                digits.append(character)
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        scale -= exponent
        if scale < 0 {
            digits += String(repeating: "0", count: -scale)
            scale = 0
        }
        let target = decimals.map { min($0, scale) } ?? scale
        var roundUp = false
        if target < scale {
            let cut = digits.count - (scale - target)
            let dropped = cut >= 0 ? digits.dropFirst(cut) : Substring(String(repeating: "0", count: -cut) + digits)
            roundUp = (dropped.first ?? "0") >= "5"
            digits = cut > 0 ? String(digits.prefix(cut)) : "0"
            scale = target
        }
        guard scale <= Amount.maximumScale else { return nil }
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.count <= 18, var value = Int64(trimmed.isEmpty ? "0" : String(trimmed)) else { return nil }
        if roundUp { value += 1 }
        return Amount(minorUnits: negative ? -value : value, scale: scale)
    }
}
