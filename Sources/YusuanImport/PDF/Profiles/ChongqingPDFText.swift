import Foundation
import YusuanCore

/// The lines of a Chongqing district budget PDF turned back into the published text layout — narrative
/// paragraphs as lines, each table row as tab-separated cells rebuilt from word positions — remembering the PDF
/// line every text line came from, so the text importer reads it and its lines and errors point into the PDF.
struct ChongqingPDFText {
    let file: String
    private(set) var lines: [String] = []
    private(set) var origins: [PDFLine?] = []
    /// The smallest row pitch of the document's tables (they share one style), for a table whose rows all wrap.
    private(set) var documentRowPitch: Double?
    /// The smallest distance between the lines of a wrapped cell in the document's tables.
    private(set) var documentLinePitch: Double?
    /// Whether the document puts a space between digits or Latin letters and Chinese characters (joining lines).
    private(set) var scriptSpacing = true

    /// The text, every line ended by `\n`.
    var text: String { lines.map { $0 + "\n" }.joined() }

    /// The PDF line a 1-based line of ``text`` came from.
    func origin(ofLine number: Int) -> PDFLine? {
        number >= 1 && number <= origins.count ? origins[number - 1] : nil
    }

    init(lines input: [PDFLine], file: String) throws {
        self.file = file
        let pdfLines = Self.withoutPageNumbers(input)
        var starts: [(start: Int, title: Int, kind: TableKind)] = []
        for (index, line) in pdfLines.enumerated() {
            guard let kind = TableTitles.kind(ofTitleText: Self.lineText(line)),
                Self.hasUnitLine(after: index, in: pdfLines)
            else { continue }
            let hasCaption = index > 0 && TableTitles.caption(ofText: Self.lineText(pdfLines[index - 1])) != nil
            starts.append((hasCaption ? index - 1 : index, index, kind))
        }
        for (position, table) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].start : pdfLines.count
            let body = Array(pdfLines[(table.title + 1)..<end])
            if let pitch = ChongqingRowBlocks.rowPitch(body) {
                documentRowPitch = min(documentRowPitch ?? pitch, pitch)
            }
            if let pitch = ChongqingRowBlocks.linePitch(body) {
                documentLinePitch = min(documentLinePitch ?? pitch, pitch)
            }
        }
        let narrativeEnd = starts.first?.start ?? pdfLines.count
        scriptSpacing =
            ChongqingLineText.spacesScripts(pdfLines[0..<narrativeEnd].map { ChongqingLineText.text(of: $0.words) })
            ?? true
        appendNarrative(pdfLines[0..<narrativeEnd])
        for (position, table) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].start : pdfLines.count
            try appendTable(
                table.kind,
                caption: table.start < table.title ? pdfLines[table.start] : nil,
                title: pdfLines[table.title],
                body: pdfLines[(table.title + 1)..<end]
            )
        }
    }

    /// The row pitch of a table: the smaller of its own and the document's (a table whose rows all wrap has no
    /// two one-line rows in a row, so its own is too large).
    func rowPitch(_ lines: [PDFLine]) -> Double? {
        guard let own = ChongqingRowBlocks.rowPitch(lines) else { return documentRowPitch }
        return min(own, documentRowPitch ?? own)
    }

    /// The distance below which two lines of a table are one row: halfway between the lines of a wrapped cell and
    /// the rows (cell padding and border set rows further apart), or a little less than the row pitch when no cell
    /// wraps.
    func rowThreshold(_ lines: [PDFLine]) -> Double? {
        guard let pitch = rowPitch(lines) else { return nil }
        if let line = documentLinePitch, line < pitch - 0.6 { return (line + pitch) / 2 }
        return pitch - max(1.5, pitch * 0.08)
    }

    mutating func append(_ text: String, from line: PDFLine?) {
        lines.append(text)
        origins.append(line)
    }

    static func lineText(_ line: PDFLine) -> String {
        ChongqingLineText.text(of: line.words)
    }

    /// A title is followed by its unit line (`单位：万元`), maybe after `编制单位：…`.
    private static func hasUnitLine(after index: Int, in lines: [PDFLine]) -> Bool {
        lines[(index + 1)..<min(index + 4, lines.count)].contains { isUnitLine($0.compact) }
    }

    static func isUnitLine(_ text: String) -> Bool { text.contains("单位：") || text.contains("单位:") }

    /// Page numbers and footers (`3`, `- 3 -`, `第3页`, `第 3 页 共 20 页`) as the last line of a page.
    static func withoutPageNumbers(_ lines: [PDFLine]) -> [PDFLine] {
        lines.enumerated().filter { index, line in
            let isLastOfPage = index + 1 == lines.count || lines[index + 1].page != line.page
            guard isLastOfPage else { return true }
            var text = line.compact
            text.removeAll { "-—–第页共 ".contains($0) }
            return !(text.count <= 4 && !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber })
                && !(line.compact.hasPrefix("第") && line.compact.hasSuffix("页") && line.compact.count < 14)
        }.map(\.1)
    }

    // MARK: - Narrative

    /// The narrative: a new paragraph where a line is indented (first-line indent, centred titles), set in
    /// another size (headings), or follows a line that stopped short of the right edge.
    private mutating func appendNarrative(_ narrative: ArraySlice<PDFLine>) {
        guard !narrative.isEmpty else { return }
        let em = chongqingEm(Array(narrative))
        let margin = narrative.map(\.xMin).min() ?? 0
        let right = narrative.map { $0.words.map(\.xMax).max() ?? 0 }.max() ?? 0
        var block: [PDFLine] = []
        func flush() {
            guard let first = block.first else { return }
            append(
                ChongqingLineText.joined(
                    block.map { ChongqingLineText.text(of: $0.words) },
                    scriptSpacing: scriptSpacing
                ),
                from: first
            )
            block = []
        }
        for line in narrative {
            if let previous = block.last {
                let height = line.words.map(\.height).max() ?? 0
                let previousHeight = previous.words.map(\.height).max() ?? 0
                let previousEnd = previous.words.map(\.xMax).max() ?? 0
                // A line that stopped short ends its paragraph, unless what starts the next line did not fit
                // in the rest (`…财政拨款` / `1016.64 万元。`: a number is not broken).
                let stoppedShort = right - previousEnd > max(em * 2, Self.unbreakableStart(of: line) + em * 0.5)
                if abs(height - previousHeight) > 0.5 || line.xMin > margin + em * 0.8 || stoppedShort {
                    flush()
                }
            }
            block.append(line)
        }
        flush()
    }

    /// The width of what starts a line and cannot be broken: a run of Latin letters, digits and their
    /// punctuation (`1016.64`), or one Chinese character.
    static func unbreakableStart(of line: PDFLine) -> Double {
        guard let word = line.words.first, let first = word.text.first else { return 0 }
        func weight(_ character: Character) -> Double { character.isASCII ? 0.55 : 1 }
        let total = word.text.reduce(0) { $0 + weight($1) }
        let prefix = first.isASCII ? word.text.prefix { $0.isASCII } : word.text.prefix(1)
        return (word.xMax - word.xMin) * prefix.reduce(0) { $0 + weight($1) } / max(total, 1)
    }

    // MARK: - Tables

    private mutating func appendTable(
        _ kind: TableKind,
        caption: PDFLine?,
        title: PDFLine,
        body: ArraySlice<PDFLine>
    ) throws {
        append("", from: nil)
        if let caption { append(caption.compact, from: caption) }
        append(ChongqingLineText.text(of: title.words), from: title)
        var rest = body[...]
        while let first = rest.first, first.compact.hasPrefix("编制单位") || Self.isUnitLine(first.compact) {
            append(ChongqingLineText.text(of: first.words), from: first)
            rest = rest.dropFirst()
        }
        var note: [PDFLine] = []
        if let noteStart = rest.firstIndex(where: { line in
            let text = line.compact
            return text.hasPrefix("备注") || text.hasPrefix("注：") || text.hasPrefix("注:") || text.hasPrefix("说明：")
        }) {
            note = Array(rest[noteStart...])
            rest = rest[..<noteStart]
        }
        switch kind {
        case .overallPerformance, .projectPerformance:
            try appendForm(kind, title: title, lines: Array(rest))
        default:
            try appendColumns(kind, title: title, lines: Array(rest))
        }
        if let first = note.first {
            append(
                ChongqingLineText.joined(
                    note.map { ChongqingLineText.text(of: $0.words) },
                    scriptSpacing: scriptSpacing
                ),
                from: first
            )
        }
    }

    /// The header keywords of each column of a table with a column header.
    static func columnKeywords(_ kind: TableKind) -> (columns: [[String]], sourceColumns: Bool) {
        switch kind {
        case .financialSummary:
            return ([["项目"], ["预算数"], ["项目"], ["合计"], ["一般公共预算"], ["政府性基金"], ["国有资本"]], false)
        case .generalBudgetExpenditure, .governmentFundExpenditure, .departmentExpenditure:
            return ([["编码"], ["名称"], ["总计", "合计"], ["基本支出"], ["项目支出"]], false)
        case .generalBudgetBasicExpenditure:
            return ([["编码"], ["名称"], ["总计", "合计"], ["人员经费"], ["公用经费"]], false)
        case .threePublicExpenditure:
            return ([["合计"], ["出国"], ["小计"], ["购置费"], ["运行"], ["接待"]], false)
        case .departmentSummary:
            return ([["项目"], ["预算数"], ["项目"], ["预算数"]], false)
        case .departmentIncome:
            return ([["编码"], ["名称"], ["总计", "合计"]], true)
        case .procurement:
            return ([["编号"], ["项目"], ["总计", "合计"]], true)
        case .overallPerformance, .projectPerformance:
            return ([], false)
        }
    }

    /// Whether a line starts the rows of a table (the lines before it are its header).
    static func startsRows(_ line: PDFLine, kind: TableKind) -> Bool {
        let hasNumber = ChongqingRowBlocks.hasNumber(line)
        let first = line.words.first?.text ?? ""
        switch kind {
        case .financialSummary: return hasNumber || line.compact.contains("本年收入")
        case .threePublicExpenditure: return hasNumber
        case .departmentSummary: return hasNumber || first.hasSuffix("合计")
        case .procurement: return hasNumber || first == "合计" || SourceBreakdownParser.isProcurementCode(first)
        default:
            return hasNumber || first == "合计" || (first.isDigits && [3, 5, 7].contains(first.utf8.count))
        }
    }

    /// A table with a column header: the header cells give the columns, each row's words go to the column
    /// whose cell they stand in; a header repeated at the top of a later page is skipped.
    private mutating func appendColumns(_ kind: TableKind, title: PDFLine, lines: [PDFLine]) throws {
        guard let bodyStart = lines.firstIndex(where: { Self.startsRows($0, kind: kind) }) else {
            throw ImportError(
                .truncated,
                file: file,
                line: lines.last?.number ?? title.number,
                expected: "the rows of \(kind.caption) \(kind.chineseName) under its header",
                found: lines.last.map { "only its header (page \($0.page))" }
                    ?? "no rows (the table is cut off, page \(title.page))"
            )
        }
        let headerLines = Array(lines[..<bodyStart])
        let em = chongqingEm(lines)
        let header = ChongqingHeaderCells(lines: headerLines, em: em)
        let (keywords, hasSources) = Self.columnKeywords(kind)
        guard var columns = header.match(keywords) else {
            throw ImportError(
                .malformedTable,
                file: file,
                line: headerLines.first?.number ?? title.number,
                expected:
                    "the column headers of \(kind.caption) (\(keywords.map { $0[0] }.joined(separator: "、")))",
                found: ImportError.quote(header.cells.map(\.text).joined(separator: " "))
                    + " (page \(headerLines.first?.page ?? title.page))"
            )
        }
        if hasSources, let last = columns.last {
            columns += header.cells.filter { $0.center > last.center }
        }
        // Rows, without the header repeated at the top of a later page.
        let headerWords = Set(headerLines.flatMap { $0.words.map(\.text) })
        var rows: [PDFLine] = []
        var page = lines[bodyStart].page
        var inRepeatedHeader = false
        for line in lines[bodyStart...] {
            if line.page != page {
                page = line.page
                inRepeatedHeader = true
            }
            if inRepeatedHeader {
                if !Self.startsRows(line, kind: kind) && line.words.allSatisfy({ headerWords.contains($0.text) }) {
                    continue
                }
                inRepeatedHeader = false
            }
            rows.append(line)
        }
        let grid = ChongqingColumnGrid(
            anchors: columns.map(\.anchor),
            words: rows.flatMap(\.words)
        )
        let headerOrigin = headerLines.first ?? title
        if kind == .threePublicExpenditure,
            let year = header.cells.first(where: { cell in
                cell.text.contains("年") && !columns.contains { $0.center == cell.center }
            })
        {
            append(
                ([year.text] + Array(repeating: "", count: grid.columnCount - 1)).joined(separator: "\t"),
                from: headerOrigin
            )
        }
        append(columns.map(\.text).joined(separator: "\t"), from: headerOrigin)
        for block in ChongqingRowBlocks.blocks(rows, threshold: rowThreshold(rows)) {
            let cells = grid.cells(of: block, scriptSpacing: scriptSpacing)
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            append(cells.joined(separator: "\t"), from: block.first { ChongqingRowBlocks.hasNumber($0) } ?? block[0])
        }
    }
}
