import Foundation
import YusuanCore

/// Builds the model of a Jiangsu provincial 部门预算 PDF — a whole disclosure, or one of its two files (the narrative
/// without tables, the tables without narrative): finds each table by its title (``JiangsuTableLocator``), rebuilds
/// it, and keeps everything else as the narrative (docs/PDF.md, Jiangsu).
struct JiangsuBudgetBuilder {
    let lines: [PDFLine]
    let file: String

    /// Whether a document is of the Jiangsu provincial family, recognised by its titles (``JiangsuTitles``).
    static func recognises(_ lines: [PDFLine]) -> Bool { JiangsuTitles.recognises(lines) }

    func build() throws -> Disclosure {
        let pageNumbers = pageNumberLines()
        let located = try JiangsuTableLocator(lines: lines, file: file).locate()
        var tables = DisclosureTables()
        var generic: [GenericTable] = []
        var issues: [TableReadingIssue] = []
        var inTable = Set<Int>()
        var departments: [String] = []
        for entry in located {
            for index in entry.start..<entry.end { inTable.insert(index) }
            let body = JiangsuBody(lines: entry.body.filter { !pageNumbers.contains($0) }.map { lines[$0] })
            if let name = body.departmentName { departments.append(name) }
            let header = TableHeader(
                caption: entry.caption,
                title: entry.title,
                unitLine: body.unitLine,
                note: body.note,
                line: lines[entry.titleIndex].number,
                noteLine: body.noteLine,
                unit: body.unit
            )
            let table = entry.table
            let read: JiangsuRead
            var coded: JiangsuCodedReader.Result?
            switch table.layout {
            case .pairs: read = try JiangsuCellReader(table: table, file: file).readPairs(body)
            case .groupedItems: read = try JiangsuCellReader(table: table, file: file).readGroups(body)
            case .procurement: read = try JiangsuCellReader(table: table, file: file).readProcurement(body)
            case .singleRow: read = JiangsuSingleRowReader(table: table).read(body)
            case .coded:
                let result = try JiangsuCodedReader(table: table, file: file).read(body)
                coded = result
                read = JiangsuRead(
                    columns: table.columns.map(\.name),
                    rows: result.genericRows,
                    problem: result.problem
                )
            }
            if let problem = read.problem {
                issues.append(
                    TableReadingIssue(
                        table: table.modelIdentifier,
                        caption: entry.caption,
                        title: entry.title,
                        line: problem.line ?? header.line,
                        reason: problem.reason,
                        reasonEnglish: problem.reasonEnglish
                    )
                )
                generic.append(
                    GenericTable(identifier: table.identifier, header: header, columns: read.columns, rows: read.rows)
                )
                continue
            }
            switch table.target {
            case .generic:
                generic.append(
                    GenericTable(identifier: table.identifier, header: header, columns: read.columns, rows: read.rows)
                )
            case .generalBudgetExpenditure, .governmentFundExpenditure:
                let result = coded ?? JiangsuCodedReader.Result(total: nil, rows: [])
                func row(_ row: JiangsuCodedReader.Row) -> FunctionRow {
                    FunctionRow(
                        code: row.code,
                        name: row.name,
                        amounts: ExpenditureSplit(total: row.amount, basic: nil, project: nil),
                        line: row.line
                    )
                }
                let function = FunctionExpenditureTable(
                    header: header,
                    totalRow: result.total.flatMap { $0.amount != nil || !result.rows.isEmpty ? row($0) : nil },
                    rows: result.rows.map(row)
                )
                if case .generalBudgetExpenditure = table.target {
                    tables.generalBudgetExpenditure = function
                } else {
                    tables.governmentFundExpenditure = function
                }
            case .generalBudgetBasicExpenditure:
                let result = coded ?? JiangsuCodedReader.Result(total: nil, rows: [])
                func row(_ row: JiangsuCodedReader.Row) -> EconomicRow {
                    EconomicRow(
                        code: row.code,
                        name: row.name,
                        total: row.amount,
                        personnel: nil,
                        publicUse: nil,
                        line: row.line
                    )
                }
                tables.generalBudgetBasicExpenditure = EconomicExpenditureTable(
                    header: header,
                    totalRow: result.total.map(row),
                    rows: result.rows.map(row)
                )
            case .threePublic:
                let amounts = read.rows.first?.amounts ?? Array(repeating: nil, count: table.columns.count)
                let line = read.rows.first?.line
                tables.threePublicExpenditure = ThreePublicTable(
                    header: header,
                    yearLabel: nil,
                    amounts: ThreePublicAmounts(
                        total: amounts[1],
                        abroad: amounts[2],
                        vehicleSubtotal: amounts[3],
                        vehiclePurchase: amounts[4],
                        vehicleOperation: amounts[5],
                        reception: amounts[6]
                    ),
                    line: line
                )
                // 合计 (“三公” + 会议费 + 培训费), 会议费 and 培训费 have no typed counterpart.
                generic.append(
                    GenericTable(
                        identifier: table.identifier,
                        header: header,
                        columns: ["合计", "会议费", "培训费"],
                        rows: [
                            GenericRow(code: "", name: "", amounts: [amounts[0], amounts[7], amounts[8]], line: line)
                        ]
                    )
                )
            }
        }
        tables.additionalTables = generic.isEmpty ? nil : generic
        tables.readingIssues = issues.isEmpty ? nil : issues
        let narrativeLines = lines.indices.filter { !inTable.contains($0) && !pageNumbers.contains($0) }.map {
            lines[$0]
        }
        let blocks = PDFNarrative.blocks(of: narrativeLines)
        let cover = coverLines()
        let coverText = cover.map(\.compact).joined()
        let identity = DocumentIdentity(
            departmentCode: nil,
            departmentName: Self.mostFrequent(departments) ?? Self.department(inCover: cover) ?? "",
            year: try year(cover: coverText, titles: located.map(\.title)),
            kind: .budget,
            unit: .tenThousandYuan,
            wording: blocks.contains { $0.text.contains("本单位") } && !blocks.contains { $0.text.contains("本部门") }
                ? .unit : .department,
            profile: .jiangsuProvincialBudget,
            variant: located.isEmpty ? nil : Self.variant(of: located)
        )
        var layout = LayoutStyle()
        layout.groupsThousands = located.contains { entry in
            entry.body.contains { index in
                lines[index].words.contains { $0.text.contains(",") && JiangsuCells.amount($0.text) != nil }
            }
        }
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        return Disclosure(
            identity: identity,
            narrative: Narrative(
                title: coverText,
                titleLine: cover.first?.number ?? lines.first?.number,
                blocks: blocks,
                facts: PDFNarrativeFacts.extract(from: blocks)
            ),
            tables: tables,
            layout: layout,
            parts: parts(located: located, narrativeLines: narrativeLines)
        )
    }

    /// Which part of a disclosure the file is: tables without a narrative (no 部门概况, no 情况说明), a narrative
    /// without tables, or both (`nil`).
    private func parts(located: [JiangsuTableLocator.Located], narrativeLines: [PDFLine]) -> [DocumentPart]? {
        let hasNarrative = narrativeLines.contains { line in
            let text = line.compact
            return text.contains("情况说明") || text.contains("部门概况") || text.hasPrefix("第一部分")
                || text.hasPrefix("第三部分")
        }
        let content: DocumentPart.Content
        switch (located.isEmpty, hasNarrative) {
        case (false, true): return nil
        case (false, false): content = .tables
        case (true, _): content = .narrative
        }
        return [DocumentPart(file: file, content: content, firstLine: 1, lineCount: lines.count)]
    }

    /// The variant: how the tables are captioned (the most frequent caption style; `no-caption` without any).
    static func variant(of located: [JiangsuTableLocator.Located]) -> String {
        let styles = located.compactMap(\.captionStyle)
        guard !styles.isEmpty else { return JiangsuTitles.CaptionStyle.none.rawValue }
        let counts = Dictionary(grouping: styles, by: \.rawValue).mapValues(\.count)
        let best = styles.max { (counts[$0.rawValue] ?? 0) < (counts[$1.rawValue] ?? 0) } ?? styles[0]
        return best.rawValue
    }

    /// The lines that are page numbers: a number alone (`15`, `─ 7 ─`, `第 5 页`) as the first or last line of its
    /// page.
    private func pageNumberLines() -> Set<Int> {
        var result = Set<Int>()
        for index in lines.indices where JiangsuBody.isPageNumber(lines[index].compact) {
            let first = index == 0 || lines[index - 1].page != lines[index].page
            let last = index + 1 == lines.count || lines[index + 1].page != lines[index].page
            if first || last { result.insert(index) }
        }
        return result
    }

    /// The cover: the lines before the table of contents (`目录`), the first part heading or the first table, at
    /// most six, without page numbers.
    private func coverLines() -> [PDFLine] {
        var cover: [PDFLine] = []
        for line in lines.prefix(6) {
            let text = line.compact
            if text.contains("目录") || text.hasPrefix("第一部分")
                || JiangsuTable.kind(ofTitle: JiangsuTitles.titleText(text).title) != nil
                || text.contains("单位：") || text.contains("单位:")
            {
                break
            }
            if JiangsuBody.isPageNumber(text) { continue }
            cover.append(line)
        }
        return cover
    }

    /// The department named on the cover: after a `部门：` label (`部 门:中共江苏省委办公厅`), else the text before the
    /// year (`江苏省人大常委会办公厅` / `2019年度部门预算公开`).
    static func department(inCover cover: [PDFLine]) -> String? {
        for line in cover {
            if let name = JiangsuBody.department(in: line.compact) { return name }
        }
        let text = cover.map(\.compact).joined()
        guard let year = yearRange(in: text) else { return nil }
        let name = String(text[..<year.lowerBound])
        return name.isEmpty ? nil : name
    }

    /// The budget year: on the cover (`2019年度部门预算公开`, `江苏省2018年度`), else in a title
    /// (`2019年政府采购预算表`), else in the first lines (`第二部分 2019年度部门预算表`).
    private func year(cover: String, titles: [String]) throws -> Int {
        for text in [cover] + titles + lines.prefix(400).map(\.compact) {
            if let range = Self.yearRange(in: text), let year = Int(text[range].prefix(4)) { return year }
        }
        throw ImportError(
            .notADisclosure,
            file: file,
            line: lines.first?.number ?? 1,
            expected: "the budget year of the Jiangsu 部门预算 (2019年度) on the cover or in a title",
            found: ImportError.quote(lines.prefix(3).map(\.compact).joined(separator: " "))
        )
    }

    /// The first `YYYY年` of a text (a year from 1990 to 2099).
    static func yearRange(in text: String) -> Range<String.Index>? {
        var index = text.startIndex
        while let found = text[index...].firstIndex(of: "年") {
            let digits = text[..<found].reversed().prefix { $0.isASCII && $0.isNumber }
            if digits.count >= 4 {
                let start = text.index(found, offsetBy: -4)
                if let year = Int(text[start..<found]), (1990...2099).contains(year) {
                    return start..<text.index(after: found)
                }
            }
            index = text.index(after: found)
        }
        return nil
    }

    /// The most frequent name (the first of equals): a name wrapped on one table's 部门 line is outvoted.
    static func mostFrequent(_ names: [String]) -> String? {
        let counts = Dictionary(grouping: names, by: { $0 }).mapValues(\.count)
        return names.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}
