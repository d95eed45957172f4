import YusuanCore

/// Imports a 部门决算 in the published text layout (docs/IMPORT.md, “The 部门决算”): the narrative, then the nine
/// national tables (``FinalAccountTableLayout``), each a title, a unit line, its header lines and tab-separated rows.
/// The tables become the ``GenericTable``s and the typed 一般公共预算财政拨款支出决算表 the PDF import gives, and the
/// narrative's 决算 facts are read as from a PDF, so every F rule runs on the document.
enum FinalAccountTextImporter {
    /// The index of the first table title of a 部门决算 (a line that names one of the nine tables and is followed by
    /// its unit line), or nil when the text is no 部门决算.
    static func tableStart(in lines: [TextLine]) -> Int? {
        for index in lines.indices {
            let line = lines[index]
            guard !line.isTableRow, line.text.has("决算"), isTitle(line),
                let next = lines[(index + 1)...].first(where: { !$0.isBlank }), isUnitLine(next.trimmed)
            else { continue }
            return index
        }
        return nil
    }

    static func importDocument(
        lines: [TextLine],
        tableStart: Int,
        fileName: String,
        extractingFacts: Bool = true
    ) throws -> Disclosure {
        let narrativeReader = try NarrativeReader(lines: lines[..<tableStart], file: fileName)
        var tables = DisclosureTables()
        var generic: [GenericTable] = []
        var layout = LayoutStyle()
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        var units: [AmountUnit] = []
        var seen: [String: Int] = [:]
        for chunk in try chunks(lines[tableStart...], file: fileName) {
            if let first = seen[chunk.layout.identifier] {
                throw ImportError(
                    .duplicateTable,
                    file: fileName,
                    line: chunk.titleLine,
                    expected: "one \(chunk.layout.title)",
                    found: "a second one (the first starts at line \(first))"
                )
            }
            seen[chunk.layout.identifier] = chunk.titleLine
            let table = try FinalAccountTextTable(chunk: chunk, file: fileName).read()
            if let unit = table.header.unit { units.append(unit) }
            if table.rows.contains(where: { $0.code.isEmpty && $0.isTotal }) && chunk.totalInCodeColumn {
                layout.totalLabelInCodeColumn = true
            }
            if table.identifier == FinalAccountTableLayout.generalBudgetIdentifier {
                tables.generalBudgetExpenditure = typed(table)
            } else {
                generic.append(table)
            }
        }
        if !generic.isEmpty { tables.additionalTables = generic }
        layout.groupsThousands = lines[tableStart...].contains { line in
            line.isTableRow && line.cells.contains { $0.has(",") && $0.amount != nil }
        }
        let blocks = narrativeReader.blocks
        let title = narrativeReader.title
        let (code, name) = qualifiedName(narrativeReader.departmentName ?? "")
        let identity = DocumentIdentity(
            departmentCode: code,
            departmentName: name,
            year: PDFNarrative.leadingYear(title) ?? 0,
            kind: .finalAccount,
            unit: units.first ?? .tenThousandYuan,
            wording: blocks.contains { $0.text.contains("本单位") } ? .unit : .department,
            profile: .nationalFinalAccount
        )
        return Disclosure(
            identity: identity,
            narrative: Narrative(
                title: title,
                titleLine: narrativeReader.titleLine,
                blocks: blocks,
                facts: extractingFacts ? PDFNarrativeFacts.extractFinalAccount(from: blocks) : NarrativeFacts(),
                contact: narrativeReader.contact
            ),
            tables: tables,
            layout: layout
        )
    }

    /// The department line's code and name: `988-重庆市江北区农业农村委员会` (as 表十 of a budget qualifies it) gives
    /// the code 988; a name without a code has none.
    static func qualifiedName(_ line: String) -> (code: String?, name: String) {
        guard let dash = line.firstIndex(of: "-"), dash != line.startIndex,
            line[..<dash].allSatisfy({ $0.isASCII && $0.isNumber }), line.index(after: dash) != line.endIndex
        else { return (nil, line) }
        return (String(line[..<dash]), String(line[line.index(after: dash)...]))
    }

    /// The 一般公共预算财政拨款支出决算表 as the typed table: its coded rows and its 合计 row.
    private static func typed(_ table: GenericTable) -> FunctionExpenditureTable {
        func split(_ row: GenericRow) -> ExpenditureSplit {
            ExpenditureSplit(total: row.amounts[0], basic: row.amounts[1], project: row.amounts[2])
        }
        let total = table.rows.first { $0.code.isEmpty }
        return FunctionExpenditureTable(
            header: table.header,
            totalRow: total.map { FunctionRow(code: "", name: $0.name, amounts: split($0), line: $0.line) },
            rows: table.rows.filter { !$0.code.isEmpty }.map {
                FunctionRow(code: $0.code, name: $0.name, amounts: split($0), line: $0.line)
            }
        )
    }

    /// The lines of one table: from its title to the next title.
    struct Chunk {
        var layout: FinalAccountTableLayout
        var title: String
        var titleLine: Int
        var unitLine: String?
        var note: String?
        var noteLine: Int?
        /// The header and data lines (tab-separated), with their numbers.
        var rows: [(number: Int, cells: [String])] = []
        /// Whether a 合计 label stands in the code column.
        var totalInCodeColumn = false
    }

    private static func chunks(_ lines: ArraySlice<TextLine>, file: String) throws -> [Chunk] {
        var chunks: [Chunk] = []
        for line in lines where !line.isBlank {
            let text = line.trimmed
            if !line.isTableRow, isTitle(line), let kind = FinalAccountTableKind.recognise(title: compact(text)),
                let layout = FinalAccountTableLayout.layout(identifier: kind.identifier)
            {
                chunks.append(Chunk(layout: layout, title: text, titleLine: line.number))
                continue
            }
            guard !chunks.isEmpty else { continue }
            let index = chunks.count - 1
            if !line.isTableRow && isUnitLine(text) {
                chunks[index].unitLine = text
            } else if !line.isTableRow && text.hasPrefix("编制单位") {
                continue
            } else if !line.isTableRow, let note = chunks[index].note {
                // A note of several lines (`注：本表反映…` then `说明：…无…，故本表无数据。`): one note.
                chunks[index].note = note + "\n" + text
            } else if !line.isTableRow && (text.hasPrefix("注") || text.hasPrefix("备注") || text.hasPrefix("说明：")) {
                chunks[index].note = text
                chunks[index].noteLine = line.number
            } else if line.isTableRow {
                chunks[index].rows.append((line.number, line.cells.map(\.string)))
            } else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: line.number,
                    expected:
                        "a tab-separated row of \(chunks[index].layout.title), its note (注：…) or the next table's "
                        + "title",
                    found: ImportError.quote(text)
                )
            }
        }
        return chunks
    }

    /// A short line that names one of the nine tables (``FinalAccountTableKind/recognise(title:)``).
    private static func isTitle(_ line: TextLine) -> Bool { isTableTitle(line.trimmed) }

    /// Whether a line's text is the title of a table of the 决算 template (`收入决算表`, `2024年…支出决算表`).
    static func isTableTitle(_ text: String) -> Bool {
        text.count < 80 && FinalAccountTableKind.recognise(title: compact(text)) != nil
    }

    private static func isUnitLine(_ text: String) -> Bool {
        text.hasPrefix("单位：") || text.hasPrefix("单位:")
    }

    private static func compact(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\u{3000}" })
    }
}
