import Foundation
import YusuanCore

/// Reads a budget disclosure PDF of any family that prints the national 部门预算 tables under its own titles, order
/// and numbering — Shanghai 部门/单位预算, Chongqing municipal, and the cities' (收支总表, 收入总表 … “三公”经费 …):
/// every table found by its title (``TableLocator``), rebuilt from word positions (``GridTableReader``) and put into
/// the model by what it is (``GridTableMapper``); the lines outside the tables are the narrative. A file with a
/// narrative and no table is the narrative part of a disclosure whose tables are published separately; a file with
/// tables and no narrative, the tables part. See docs/PDF.md.
struct BudgetPDFBuilder {
    let lines: [PDFLine]
    let file: String
    let catalogue = TableTitleCatalogue.standard

    init(lines: [PDFLine], file: String) {
        self.lines = Self.withoutRunningHeaders(lines)
        self.file = file
    }

    /// The lines without a running header or footer: the same text first (or last) on at least three pages and a
    /// third of them (`苏州市审计局2026年度部门预算公开` at the top of every page), which would otherwise be read as a row of
    /// the table below it.
    static func withoutRunningHeaders(_ lines: [PDFLine]) -> [PDFLine] {
        var firsts: [String: Int] = [:]
        var lasts: [String: Int] = [:]
        var pages = 0
        var index = 0
        while index < lines.count {
            let page = lines[index].page
            var end = index
            while end < lines.count && lines[end].page == page { end += 1 }
            pages += 1
            firsts[lines[index].compact, default: 0] += 1
            lasts[lines[end - 1].compact, default: 0] += 1
            index = end
        }
        func isRunning(_ count: Int?) -> Bool { (count ?? 0) >= 3 && (count ?? 0) * 3 >= pages }
        var result: [PDFLine] = []
        for (position, line) in lines.enumerated() {
            let isFirst = position == 0 || lines[position - 1].page != line.page
            let isLast = position == lines.count - 1 || lines[position + 1].page != line.page
            if isFirst && isRunning(firsts[line.compact]) && !TableLocator.isPageMark(line.compact) { continue }
            if isLast && isRunning(lasts[line.compact]) && !TableLocator.isPageMark(line.compact) { continue }
            result.append(line)
        }
        return result
    }

    /// The tables found, and the lines outside them.
    func locate() -> (tables: [LocatedTable], outside: [Int]) {
        TableLocator(catalogue: catalogue, lines: lines).locate()
    }

    func build() throws -> Disclosure {
        let (located, outside) = locate()
        let narrativeLines = outside.map { lines[$0] }.filter { !TableLocator.isPageMark($0.compact) }
        let blocks = PDFNarrative.blocks(of: narrativeLines)
        let prose = blocks.filter { $0.kind == .paragraph }.map(\.text.count).reduce(0, +)
        guard !located.isEmpty || Self.isBudgetNarrative(blocks) else {
            throw ImportError(
                .notADisclosure,
                file: file,
                line: 1,
                expected: "a budget disclosure PDF (its tables titled 收支总表, 财政拨款收支总表, 一般公共预算支出表 …, or a "
                    + "部门预算 narrative)",
                found: ImportError.quote(lines.prefix(3).map(\.compact).joined(separator: " "))
            )
        }
        let year = documentYear(located)
        let forms = located.filter(\.concept.isForm)
        let grids = located.filter { !$0.concept.isForm }.map { GridTableReader(located: $0).read() }
        if ProcessInfo.processInfo.environment["YUSUAN_GRID_DEBUG"] != nil {
            for grid in grids {
                var text = "== \(grid.located.concept.id) \(grid.located.title)\n"
                for column in grid.columns {
                    text += "  [\(Int(column.xMin))-\(Int(column.xMax))] \(column.path.joined(separator: " / "))\n"
                }
                for row in grid.rows.prefix(6) {
                    text += "  \(row.line): " + row.cells.map { $0?.text ?? "·" }.joined(separator: " | ") + "\n"
                }
                for issue in grid.issues.prefix(3) { text += "  ! \(issue.line) \(issue.reason)\n" }
                FileHandle.standardError.write(Data(text.utf8))
            }
        }
        var tables = DisclosureTables()
        var generic: [GenericTable] = []
        var issues: [TableReadingIssue] = []
        let mapper = GridTableMapper(year: year ?? 0)
        for grid in grids {
            if let kind = grid.located.concept.kind,
                tables.contains(kind) || issues.contains(where: { $0.table == kind.identifier })
            {
                // A second table of the same kind (an extra table the catalogue names alike) stays generic.
                var copy = grid
                copy.located.concept.table = nil
                let placement = mapper.place(copy, into: &tables)
                generic += placement.generic
                issues += placement.issues
                continue
            }
            let placement = mapper.place(grid, into: &tables)
            generic += placement.generic
            issues += placement.issues
        }
        generic += forms.map(Self.formTable)
        generic.sort { ($0.header.line ?? 0) < ($1.header.line ?? 0) }
        if !generic.isEmpty { tables.additionalTables = generic }
        if !issues.isEmpty { tables.readingIssues = issues }
        let name = departmentName(grids)
        let (profile, variant) = family(located, department: name)
        let units = grids.compactMap(\.unit)
        let unit = Self.mostCommon(units) ?? .tenThousandYuan
        let facts = PDFNarrativeFacts.extract(from: blocks)
        var layout = LayoutStyle()
        layout.groupsThousands = grids.contains { grid in
            grid.rows.contains { row in row.cells.contains { $0?.amount != nil && $0?.text.contains(",") == true } }
        }
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        let lineCount = lines.last?.number ?? 0
        var parts: [DocumentPart]?
        if located.isEmpty {
            parts = [DocumentPart(file: file, content: .narrative, firstLine: 1, lineCount: lineCount)]
        } else if prose < 200 {
            parts = [DocumentPart(file: file, content: .tables, firstLine: 1, lineCount: lineCount)]
        }
        let title = documentTitle(outside)
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: name ?? "",
                year: year ?? 0,
                kind: .budget,
                unit: unit,
                wording: Self.wording(blocks),
                profile: profile,
                variant: variant
            ),
            narrative: Narrative(
                title: title.text,
                titleLine: title.line,
                blocks: blocks,
                facts: facts,
                contact: narrativeLines.lazy.compactMap {
                    NarrativeReader.contact(in: ChongqingLineText.text(of: $0.words), line: $0.number)
                }.first
            ),
            tables: tables,
            layout: layout,
            parts: parts
        )
    }

    /// A form (a performance target table) kept line by line: each printed line a row with its text, no amount
    /// columns.
    static func formTable(_ located: LocatedTable) -> GenericTable {
        GenericTable(
            identifier: located.concept.id,
            header: TableHeader(
                caption: located.caption,
                title: located.title,
                unitLine: nil,
                line: located.titleLine.number
            ),
            columns: [],
            rows: located.lines.filter { !TableLocator.isPageMark($0.compact) }.map {
                GenericRow(code: "", name: ChongqingLineText.text(of: $0.words), amounts: [], line: $0.number)
            }
        )
    }

    /// Whether the narrative is a budget disclosure's (部门预算 or 单位预算, 情况说明 …).
    static func isBudgetNarrative(_ blocks: [NarrativeBlock]) -> Bool {
        let text = blocks.prefix(80).map(\.text).joined()
        return (text.contains("预算") && (text.contains("收入") || text.contains("支出")))
            && (text.contains("万元") || text.contains("元"))
    }

    // MARK: Identity

    /// The budget year: the year the table titles name (`2026年部门收支总体情况表`), else the first year of the cover.
    private func documentYear(_ located: [LocatedTable]) -> Int? {
        let fromTitles = located.compactMap { ColumnMeaning.yearsIn($0.titlePrefix).first }
        if let year = Self.mostCommon(fromTitles) { return year }
        // The cover: the first lines of the first page (`2026 年深圳市财政局（本级）部门预` / `算`).
        let firstPage = lines.first?.page
        for line in lines.prefix(6) where line.page == firstPage {
            if let year = ColumnMeaning.yearsIn(TableConcept.normalizedTitle(line.compact)).first(where: {
                $0 >= 2000 && $0 <= 2100
            }) {
                return year
            }
        }
        for line in lines.prefix(40) {
            let text = TableConcept.normalizedTitle(line.compact)
            guard text.contains("预算") || text.contains("年度") else { continue }
            if let year = ColumnMeaning.yearsIn(text).first(where: { $0 >= 2000 && $0 <= 2100 }) { return year }
        }
        return nil
    }

    /// The department: the organisation the tables name (`单位名称：…`, `编制部门：…`), else the cover's.
    private func departmentName(_ grids: [GridTable]) -> String? {
        if let name = Self.mostCommon(grids.compactMap(\.organization)) { return name }
        for line in lines.prefix(60) {
            if let name = GridTableReader.organization(in: line.compact), !name.contains("万元") { return name }
        }
        for line in lines.prefix(12) {
            var text = TableConcept.normalizedTitle(line.compact)
            for year in ColumnMeaning.yearsIn(text) {
                text = text.replacingOccurrences(of: "\(year)年度", with: "").replacingOccurrences(
                    of: "\(year)年",
                    with: ""
                )
            }
            for suffix in ["部门预算信息公开", "部门预算情况说明", "部门综合预算说明", "部门预算公开", "单位预算公开", "部门预算", "单位预算", "预算公开"] {
                if let range = text.range(of: suffix) {
                    text = String(text[..<range.lowerBound])
                    break
                }
            }
            for prefix in ["区级", "市级"] where text.hasSuffix(prefix) { text = String(text.dropLast(prefix.count)) }
            if text.count >= 3, text.count <= 30, Self.organizationEndings.contains(where: { text.hasSuffix($0) }) {
                return text
            }
        }
        return nil
    }

    private static let organizationEndings = [
        "局", "委", "委员会", "办", "办公室", "办公厅", "厅", "院", "会", "中心", "室", "处", "部", "所", "馆", "站", "队",
        "办事处", "政府", "法院", "检察院", "街道", "镇", "署", "社", "团", "联合会",
    ]

    /// The family and its variant, from what the tables and the department are.
    private func family(_ located: [LocatedTable], department: String?) -> (TemplateProfile, String?) {
        let titles = located.map(\.title)
        if titles.contains(where: { $0.contains("财务收支预算总表") }) {
            let unit = titles.contains { $0.contains("预算单位") || $0.contains("单位三公") }
            return (.shanghaiDistrictBudget, unit ? "unit" : "department")
        }
        if let department, department.hasPrefix("重庆") {
            return (
                .chongqingDistrictBudget,
                department.contains("区") || department.contains("县") ? "district" : "municipal"
            )
        }
        let captions = located.compactMap(\.caption)
        guard let first = captions.first else {
            return (.nationalBudget, located.isEmpty ? "narrative" : "uncaptioned")
        }
        return (.nationalBudget, "caption-" + Self.captionStyle(first))
    }

    /// `表1`, `表一`, `一、`, `（一）`, `公开01表`: the style of a caption, its number replaced by a placeholder.
    static func captionStyle(_ caption: String) -> String {
        var result = ""
        var inNumber = false
        for character in caption {
            let isNumeral = (character.isASCII && character.isNumber) || "一二三四五六七八九十".contains(character)
            if isNumeral {
                if !inNumber { result += character.isASCII ? "N" : "一" }
                inNumber = true
            } else {
                result.append(character)
                inNumber = false
            }
        }
        return result
    }

    /// The narrative's title: the first lines before the first heading (the cover), joined.
    private func documentTitle(_ outside: [Int]) -> (text: String, line: Int?) {
        guard let first = outside.first else { return ("", nil) }
        let cover = outside.prefix(3).map { lines[$0] }.filter { $0.page == lines[first].page && $0.compact.count < 40 }
        return (cover.map(\.compact).joined(separator: " "), lines[first].number)
    }

    private static func wording(_ blocks: [NarrativeBlock]) -> EntityWording {
        let text = blocks.map(\.text).joined()
        let unit = text.components(separatedBy: "本单位").count - 1
        let department = text.components(separatedBy: "本部门").count - 1
        if unit > 0 && department > 0 { return .mixed }
        return unit > 0 ? .unit : .department
    }

    static func mostCommon<T: Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
    }
}
