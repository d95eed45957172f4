import Foundation
import YusuanCore

/// Imports the published text layout of the Chongqing district template: the narrative, then the eleven
/// tables as tab-separated lines, with the damage text extraction leaves in them (wrapped cells, lost
/// leading tabs, truncated headers, HTML residue, thousand separators, page-break blank lines).
public enum PublishedTextImporter {
    /// Imports a document.
    ///
    /// - Parameters:
    ///   - text: the whole text.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ImportError`` naming the line and what was expected there.
    public static func importDocument(text: String, fileName: String) throws -> Disclosure {
        try importDocument(text: text, fileName: fileName, extractingFacts: true)
    }

    /// ``importDocument(text:fileName:)``. Without `extractingFacts`, the narrative's facts are left empty (``DocumentSurvey``: the
    /// rest of the document, and every error, as the whole import gives them).
    static func importDocument(
        text: String,
        fileName: String,
        extractingFacts: Bool
    ) throws -> Disclosure {
        // Every line and cell is a span of the text's bytes, pinned here for the whole import; the cells joined
        // back together live in the arena, kept alive as long.
        let arena = TextArena()
        return try withExtendedLifetime(arena) {
            try text.withTextSpan { bytes in
                try importDocument(
                    text: text,
                    bytes: bytes,
                    arena: arena,
                    fileName: fileName,
                    extractingFacts: extractingFacts
                )
            }
        }
    }

    private static func importDocument(
        text: String,
        bytes: TextSpan,
        arena: TextArena,
        fileName: String,
        extractingFacts: Bool
    ) throws -> Disclosure {
        var lines = splitLines(bytes, arena: arena)
        // The 项目支出绩效自评表 blocks end the text (docs/IMPORT.md): read apart, the rest is read as before.
        var selfEvaluations: [ProjectSelfEvaluation]?
        if let start = SelfEvaluationTextImporter.start(in: lines) {
            selfEvaluations = try SelfEvaluationTextImporter.read(lines[start...], file: fileName)
            lines.removeSubrange(start...)
        }
        guard lines.contains(where: { !$0.isBlank }) else {
            throw ImportError(
                .emptyInput,
                file: fileName,
                line: 1,
                expected: "a budget disclosure",
                found: "an empty file"
            )
        }
        if let start = FinalAccountTextImporter.tableStart(in: lines) {
            var disclosure = try FinalAccountTextImporter.importDocument(
                lines: lines,
                tableStart: start,
                fileName: fileName,
                extractingFacts: extractingFacts
            )
            // A 决算 ends with its projects' self-evaluations as a budget may.
            disclosure.tables.projectSelfEvaluations = selfEvaluations
            return disclosure
        }
        guard
            let tableStart = lines.firstIndex(where: {
                TableTitles.caption(of: $0) != nil || TableTitles.kind(ofTitle: $0) != nil
            })
        else {
            let last = lines.last { !$0.isBlank }?.number ?? 1
            throw ImportError(
                .truncated,
                file: fileName,
                line: last,
                expected: "the tables after the narrative (表一 财政拨款收支总表 … 表十一 项目绩效目标表)",
                found: "end of input"
            )
        }
        let narrativeReader = try NarrativeReader(lines: lines[..<tableStart], file: fileName)
        let chunks = try segment(lines[tableStart...], file: fileName, arena: arena)
        var tables = DisclosureTables()
        var layout = LayoutStyle()
        layout.captionsHaveColon =
            chunks.first { $0.caption != nil }.map { chunk in
                lines.first { $0.number == chunk.captionLine }?.trimmedText.hasSuffixBytes("：") ?? true
            } ?? true
        // The title line of the first table of each kind, by raw value (1…11): no dictionary for eleven keys.
        var seen = [Int?](repeating: nil, count: TableKind.allCases.count + 1)
        for chunk in chunks {
            if chunk.kind != .projectPerformance, let first = seen[chunk.kind.rawValue] {
                throw ImportError(
                    .duplicateTable,
                    file: fileName,
                    line: chunk.titleLine,
                    expected: "one \(chunk.kind.caption) \(chunk.kind.chineseName)",
                    found: "a second one (the first starts at line \(first))"
                )
            }
            seen[chunk.kind.rawValue] = chunk.titleLine
            try read(chunk, file: fileName, into: &tables, layout: &layout)
        }
        if let missing = TableKind.allCases.first(where: { seen[$0.rawValue] == nil }) {
            let lastSeen = TableKind.allCases.last { seen[$0.rawValue] != nil }
            let last = lines.last { !$0.isBlank }?.number ?? 1
            throw ImportError(
                .truncated,
                file: fileName,
                line: last,
                expected: "\(missing.caption) \(missing.chineseName) (the template has all eleven tables)",
                found: lastSeen.map { "end of input after \($0.caption)" } ?? "end of input"
            )
        }
        layout.groupsThousands = text.has(",") && hasGroupedAmount(lines[tableStart...])
        tables.projectSelfEvaluations = selfEvaluations
        return Disclosure(
            identity: identity(narrative: narrativeReader, tables: tables, chunks: chunks, file: fileName),
            narrative: Narrative(
                title: narrativeReader.title,
                titleLine: narrativeReader.titleLine,
                blocks: narrativeReader.blocks,
                facts: extractingFacts
                    ? NarrativeFactExtractor.extract(from: narrativeReader.blocks) : NarrativeFacts(),
                contact: narrativeReader.contact
            ),
            tables: tables,
            layout: layout
        )
    }

    /// Splits the table part into one chunk per table, starting at each caption or title.
    static func segment(_ lines: ArraySlice<TextLine>, file: String, arena: TextArena) throws -> [TableChunk] {
        var chunks: [TableChunk] = []
        // The rows of all chunks go into one array, each chunk's rows a slice of it (no array per chunk grown row by
        // row); `rowStarts[i]` is where the rows of `chunks[i]` begin.
        var rows: [TextLine] = []
        rows.reserveCapacity(lines.count)
        var rowStarts: [Int] = []
        // Room for the eleven tables and a few 项目绩效目标表, so neither array is grown table by table.
        chunks.reserveCapacity(16)
        rowStarts.reserveCapacity(16)
        var pendingCaption: TextLine?
        var pendingCompilingUnitLabel = false
        var lastCompilingUnit: CompilingUnitLine?
        // The last line of the open chunk, written to it when the chunk closes (not into the array for every line).
        var lastLine = 0
        for line in lines where !line.isBlank {
            // A table row is never a caption or a title: skip both tests for the many rows.
            let isTableRow = line.isTableRow
            if !isTableRow, let caption = TableTitles.caption(of: line) {
                if let pending = pendingCaption {
                    throw ImportError(
                        .truncated,
                        file: file,
                        line: line.number,
                        expected:
                            "the title of \(TableTitles.caption(of: pending) ?? "") after its caption at line \(pending.number)",
                        found: "another caption \(caption)"
                    )
                }
                pendingCaption = line
                continue
            }
            if !isTableRow, let kind = TableTitles.kind(ofTitle: line) {
                if !chunks.isEmpty { chunks[chunks.count - 1].lastLine = lastLine }
                lastLine = line.number
                chunks.append(
                    TableChunk(
                        kind: kind,
                        caption: pendingCaption.flatMap(TableTitles.caption(of:)),
                        captionLine: pendingCaption?.number,
                        title: line.trimmed,
                        titleLine: line.number,
                        lastLine: line.number,
                        arena: arena
                    )
                )
                rowStarts.append(rows.count)
                pendingCaption = nil
                pendingCompilingUnitLabel = false
                continue
            }
            if let pending = pendingCaption {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: line.number,
                    expected:
                        "the title of \(TableTitles.caption(of: pending) ?? "the table") after its caption at line \(pending.number)",
                    found: ImportError.quote(line.text.string)
                )
            }
            guard !chunks.isEmpty else { continue }
            let index = chunks.count - 1
            lastLine = line.number
            if line.isTableRow && !pendingCompilingUnitLabel {
                rows.append(line)
                continue
            }
            let text = line.trimmedText
            if !line.isTableRow && (text.hasPrefixBytes("单位：") || text.hasPrefixBytes("单位:")) {
                chunks[index].unitLine = text.string
            } else if !line.isTableRow && text.hasPrefixBytes("编制单位") {
                // Every table repeats the same line: read it once.
                let fields: CompilingUnitLine
                if let last = lastCompilingUnit, last.text.hasSameBytes(as: text) {
                    fields = last
                } else {
                    fields = CompilingUnitLine(text)
                    lastCompilingUnit = fields
                }
                if let unitLine = fields.unitLine { chunks[index].unitLine = unitLine }
                chunks[index].compilingUnit = fields.value
                pendingCompilingUnitLabel = fields.value.isEmpty
            } else if pendingCompilingUnitLabel && !line.isTableRow {
                // `编制单位：` with its value pushed to the next line by a page break.
                chunks[index].compilingUnit = text.string
                pendingCompilingUnitLabel = false
            } else if !line.isTableRow
                && (text.hasPrefixBytes("备注") || text.hasPrefixBytes("注：") || text.hasPrefixBytes("说明："))
            {
                chunks[index].note = text.string
                chunks[index].noteLine = line.number
            } else {
                rows.append(line)
            }
        }
        if let pending = pendingCaption {
            throw ImportError(
                .truncated,
                file: file,
                line: pending.number,
                expected: "the title and rows of \(TableTitles.caption(of: pending) ?? "the table")",
                found: "end of input"
            )
        }
        if !chunks.isEmpty { chunks[chunks.count - 1].lastLine = lastLine }
        for index in chunks.indices {
            let end = index + 1 < rowStarts.count ? rowStarts[index + 1] : rows.count
            chunks[index].rows = rows[rowStarts[index]..<end]
        }
        return chunks
    }

    private static func read(
        _ chunk: TableChunk,
        file: String,
        into tables: inout DisclosureTables,
        layout: inout LayoutStyle
    ) throws {
        switch chunk.kind {
        case .financialSummary:
            tables.financialSummary = try FinancialSummaryParser.parse(chunk, file: file)
        case .generalBudgetExpenditure:
            let (table, coded) = try FunctionTableParser.parse(chunk, file: file)
            tables.generalBudgetExpenditure = table
            if coded.totalRow != nil { layout.totalLabelInCodeColumn = coded.totalLabelInCodeColumn }
        case .generalBudgetBasicExpenditure:
            tables.generalBudgetBasicExpenditure = try EconomicTableParser.parse(chunk, file: file)
        case .threePublicExpenditure:
            tables.threePublicExpenditure = try ThreePublicParser.parse(chunk, file: file)
        case .governmentFundExpenditure:
            if chunk.rows.allSatisfy({
                $0.cells.allSatisfy { $0.isEmpty || !$0.isDigits && $0.amount == nil }
            })
                && chunk.note != nil && !chunk.rows.contains(where: { $0.cells.contains { $0.isTotalLabel } })
            {
                tables.governmentFundExpenditure = FunctionExpenditureTable(
                    header: chunk.header,
                    totalRow: nil,
                    rows: []
                )
            } else {
                tables.governmentFundExpenditure = try FunctionTableParser.parse(chunk, file: file).table
            }
        case .departmentSummary:
            tables.departmentSummary = try DepartmentSummaryParser.parse(chunk, file: file)
        case .departmentIncome:
            tables.departmentIncome = try SourceBreakdownParser.parse(chunk, file: file)
        case .departmentExpenditure:
            tables.departmentExpenditure = try FunctionTableParser.parse(chunk, file: file).table
        case .procurement:
            tables.procurement = try SourceBreakdownParser.parse(chunk, file: file)
        case .overallPerformance:
            tables.overallPerformance = try OverallPerformanceParser.parse(chunk, file: file)
        case .projectPerformance:
            tables.projectPerformance.append(try ProjectPerformanceParser.parse(chunk, file: file))
        }
    }

    private static func hasGroupedAmount(_ lines: ArraySlice<TextLine>) -> Bool {
        lines.contains { line in
            line.isTableRow && line.text.has(",")
                && line.cells.contains { $0.has(",") && $0.amount != nil }
        }
    }

    private static func identity(
        narrative: NarrativeReader,
        tables: DisclosureTables,
        chunks: [TableChunk],
        file: String
    ) -> DocumentIdentity {
        let qualified = tables.overallPerformance?.departmentLabel ?? tables.projectPerformance.first?.department ?? ""
        var code: String?
        var nameFromLabel: String?
        if let dash = qualified.firstIndex(of: "-"), qualified[..<dash].allSatisfy({ $0.isASCII && $0.isNumber }),
            qualified[..<dash].count > 0
        {
            code = String(qualified[..<dash])
            nameFromLabel = String(qualified[qualified.index(after: dash)...])
        }
        let name = narrative.departmentName ?? nameFromLabel ?? ""
        let year =
            leadingYear(narrative.title) ?? chunks.lazy.compactMap { leadingYear($0.title) }.first ?? 0
        let unit = chunks.lazy.compactMap { $0.unitLine.flatMap(AmountUnit.init(unitLine:)) }.first ?? .tenThousandYuan
        return DocumentIdentity(
            departmentCode: code,
            departmentName: name,
            year: year,
            kind: narrative.title.has("决算") ? .finalAccount : .budget,
            unit: unit,
            wording: wording(narrative: narrative, chunks: chunks),
            profile: .chongqingDistrictBudget
        )
    }

    private static func leadingYear(_ text: String) -> Int? {
        guard let (year, rest) = NumberScanning.leadingInteger(in: text[...]), rest.hasPrefixBytes("年"), year > 1900
        else {
            return nil
        }
        return year
    }

    /// Whether the bytes hold 本部门 and whether they hold 本单位, in one pass over the places of 本.
    static func selfReferences(in bytes: TextSpan) -> (department: Bool, unit: Bool) {
        var department = false
        var unit = false
        var from = 0
        while !(department && unit), let offset = bytes.firstOffset(of: "本", from: from) {
            department = department || bytes.hasBytes("部门", at: offset + 3)
            unit = unit || bytes.hasBytes("单位", at: offset + 3)
            from = offset + 3
        }
        return (department, unit)
    }

    /// 部门 or 单位, from how the text names the entity itself (本部门/本单位, the contact label, the notes).
    private static func wording(narrative: NarrativeReader, chunks: [TableChunk]) -> EntityWording {
        var department = false
        var unit = false
        func scan(_ text: String) {
            guard !(department && unit) else { return }
            let found = text.withTextSpan { selfReferences(in: $0) }
            department = department || found.department
            unit = unit || found.unit
        }
        for block in narrative.blocks { scan(block.text) }
        for chunk in chunks { if let note = chunk.note { scan(note) } }
        if let label = narrative.contact?.label {
            department = department || label.hasPrefixBytes("部门")
            unit = unit || label.hasPrefixBytes("单位")
        }
        switch (department, unit) {
        case (true, true): return .mixed
        case (false, true): return .unit
        default: return .department
        }
    }
}
