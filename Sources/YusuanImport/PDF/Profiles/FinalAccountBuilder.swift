import Foundation
import YusuanCore

/// Builds the model of a national 部门决算 PDF (``PDFProfile/nationalFinalAccount``): removes words printed over
/// themselves, finds each of the nine tables by the words of its title (``FinalAccountTableKind``), rebuilds it
/// (``FinalAccountTableReader``) and keeps the rest as the narrative (docs/PDF.md, 部门决算).
///
/// A table the document lacks is not an import error: the document is read without it and rule F6 reports it. A
/// table whose amounts cannot all be placed with certainty is kept as a ``GenericTable`` and recorded in
/// ``DisclosureTables/readingIssues``.
struct FinalAccountBuilder {
    let lines: [PDFLine]
    let file: String

    init(lines: [PDFLine], file: String) {
        self.lines = FinalAccountOverprint.removingCopies(from: lines)
        self.file = file
    }

    /// A table found in the document: where its title is and which table it is.
    private struct Located {
        var kind: FinalAccountTableKind
        var titleIndex: Int
    }

    /// Stable identifiers of the variants recognised (``DocumentIdentity/variant``, docs/PDF.md).
    enum Variant {
        /// The blank template: no table holds an amount and the text holds placeholders (`上海市 XX 局`).
        static let template = "template"
        /// A 部门决算 of a Shanghai department, published in the layout the Shanghai finance bureau prescribes
        /// (four parts, 十、预算绩效管理情况, the “三公” table with 预算数 and 决算数).
        static let shanghai = "shanghai"
    }

    func build() throws -> Disclosure {
        let located = try locate()
        var tables = DisclosureTables()
        var inTable = Set<Int>()
        var generic: [GenericTable] = []
        var issues: [TableReadingIssue] = []
        var units: [AmountUnit] = []
        var compilingUnit: String?
        for (position, table) in located.enumerated() {
            let next = position + 1 < located.count ? located[position + 1].titleIndex : lines.count
            var end = next
            for index in (table.titleIndex + 1)..<next where isNarrative(lines[index]) {
                end = index
                break
            }
            for index in table.titleIndex..<end { inTable.insert(index) }
            let body = lines[(table.titleIndex + 1)..<end]
            let titleLine = lines[table.titleIndex]
            let spec = table.kind.spec(header: headerText(body))
            let reading = try FinalAccountTableReader(spec: spec, file: file).reading(title: titleLine, body: body)
            if let unit = reading.table.unit { units.append(unit) }
            compilingUnit = compilingUnit ?? reading.table.compilingUnit
            if let first = reading.uncertainties.first {
                issues.append(issue(of: reading.table, first: first, count: reading.uncertainties.count))
                generic.append(reading.table.genericTable(identifier: reading.table.spec.identifier))
            } else {
                try PDFTableMapper(file: file).place(reading.table, into: &tables, generic: &generic)
            }
        }
        if !generic.isEmpty { tables.additionalTables = generic }
        if !issues.isEmpty { tables.readingIssues = issues }
        let narrativeLines = lines.indices.filter { !inTable.contains($0) }.map { lines[$0] }
        let blocks = PDFNarrative.blocks(of: narrativeLines)
        let documentTitle = self.documentTitle
        let year = PDFNarrative.leadingYear(documentTitle) ?? firstYear(in: located) ?? 0
        let name = departmentName(compilingUnit: compilingUnit) ?? ""
        let identity = DocumentIdentity(
            departmentCode: nil,
            departmentName: name,
            year: year,
            kind: .finalAccount,
            unit: units.first ?? .tenThousandYuan,
            wording: blocks.contains { $0.text.contains("本单位") } ? .unit : .department,
            profile: .nationalFinalAccount,
            variant: variant(departmentName: name, tables: tables, title: documentTitle)
        )
        var layout = LayoutStyle()
        layout.groupsThousands = lines.contains { line in
            line.words.contains { $0.text.contains(",") && GridWords.amount($0.text) != nil }
        }
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        return Disclosure(
            identity: identity,
            narrative: Narrative(
                title: documentTitle,
                titleLine: lines.first?.number,
                blocks: blocks,
                facts: PDFNarrativeFacts.extractFinalAccount(from: blocks)
            ),
            tables: tables,
            layout: layout
        )
    }

    /// The titles of the tables, in document order: a short line that names a table
    /// (``FinalAccountTableKind/recognise(title:)``) and is followed by its unit line (`单位：万元`; an entry of the
    /// table of contents is not). A document without any is no 部门决算 Yusuan can read; a table printed twice is an
    /// error.
    private func locate() throws -> [Located] {
        var located: [Located] = []
        for (index, line) in lines.enumerated() {
            let text = line.compact
            guard text.count < 80, !text.contains("…"), !text.contains("..."),
                let kind = FinalAccountTableKind.recognise(title: text)
            else { continue }
            let following = lines[(index + 1)..<min(index + 5, lines.count)]
            guard following.contains(where: { $0.compact.contains("单位：") || $0.compact.contains("单位:") }) else {
                continue
            }
            if let first = located.first(where: { $0.kind == kind }) {
                throw ImportError(
                    .duplicateTable,
                    file: file,
                    line: line.number,
                    expected: "one \(kind.name)",
                    found: "a second one (the first starts at line \(lines[first.titleIndex].number))"
                )
            }
            located.append(Located(kind: kind, titleIndex: index))
        }
        guard !located.isEmpty else {
            throw ImportError(
                .truncated,
                file: file,
                line: lines.last?.number ?? 1,
                expected: "the tables of a 部门决算 (收入支出决算总表 …, each title followed by its unit line 单位：万元)",
                found: "no table"
            )
        }
        return located
    }

    /// The header's text, which tells the column set of a fund table: the lines before the first row of amounts
    /// or codes and before the note.
    private func headerText(_ body: ArraySlice<PDFLine>) -> String {
        var text = ""
        for line in body {
            let compact = line.compact
            if compact.hasPrefix("注") || compact.hasPrefix("说明") { break }
            if line.words.contains(where: { $0.text.first?.isNumber == true }) { break }
            text += compact
        }
        return text
    }

    /// A line of running text (long, without amounts, its words set close together, unlike a header's cells), or a
    /// heading that ends the tables (`第三部分 …`, `…决算情况说明`).
    private func isNarrative(_ line: PDFLine) -> Bool {
        let text = line.compact
        if PDFProfile.nationalFinalAccount.endMarkers.contains(where: { text.hasSuffix($0) }) { return true }
        if text.hasPrefix("第"), text.contains("部分"), text.count < 60 { return true }
        if text.hasPrefix("注") || text.hasPrefix("备注") || text.hasPrefix("说明") { return false }
        guard text.count > 44, !line.words.contains(where: { GridWords.amount($0.text) != nil }) else {
            return false
        }
        let gaps = zip(line.words, line.words.dropFirst()).map { $1.xMin - $0.xMax }
        return (gaps.max() ?? 0) < Self.runningTextGap
    }

    /// The widest gap between two words of a line of running text, in points (poppler splits running text only at
    /// spaces and changes of script; the cells of a header line stand further apart).
    static let runningTextGap = 8.0

    /// The reading issue of a table: the first uncertain amount, and how many there are.
    private func issue(of table: PDFReadTable, first: FinalAccountUncertainty, count: Int) -> TableReadingIssue {
        let more = count > 1 ? "（另有 \(count - 1) 处）" : ""
        let moreEnglish = count > 1 ? " (and \(count - 1) more)" : ""
        return TableReadingIssue(
            table: table.spec.identifier,
            caption: nil,
            title: table.title,
            line: first.line,
            reason: first.reason + more,
            reasonEnglish: first.reasonEnglish + moreEnglish
        )
    }

    /// ``Variant/template`` when no table holds an amount and the cover holds a placeholder; ``Variant/shanghai``
    /// for a Shanghai department (`上海市…`); nil otherwise (the national layout).
    private func variant(departmentName: String, tables: DisclosureTables, title: String) -> String? {
        let typedAmounts =
            tables.generalBudgetExpenditure.map { table in
                ((table.totalRow.map { [$0] } ?? []) + table.rows).contains { row in
                    row.amounts.columns.contains { $0 != nil }
                }
            } ?? false
        let genericAmounts = (tables.additionalTables ?? []).contains { !$0.isEmpty }
        let placeholders = ["XX", "ＸＸ", "××", "xx"]
        if !typedAmounts, !genericAmounts, placeholders.contains(where: { title.contains($0) }) {
            return Variant.template
        }
        return departmentName.hasPrefix("上海市") ? Variant.shanghai : nil
    }

    /// The cover's title: the first line, or for a cover that prints the department and `2024年度部门决算` on two
    /// lines, both.
    private var documentTitle: String {
        let first = lines.first?.compact ?? ""
        guard PDFNarrative.leadingYear(first) == nil, lines.count > 1, lines[1].page == lines[0].page,
            PDFNarrative.leadingYear(lines[1].compact) != nil
        else { return first }
        return first + lines[1].compact
    }

    private func firstYear(in located: [Located]) -> Int? {
        located.lazy.compactMap { PDFNarrative.leadingYear(lines[$0.titleIndex].compact) }.first
    }

    /// The department: as labelled (`部门名称：`), as the tables' 编制单位, or the cover's title before its year
    /// (`上海市普陀区财政局2024年度部门决算`).
    private func departmentName(compilingUnit: String?) -> String? {
        for line in lines.prefix(40) {
            for label in ["预算主管部门：", "预算主管部门:", "部门名称：", "单位名称："] {
                if let range = line.compact.range(of: label) {
                    let name = String(line.compact[range.upperBound...])
                    if !name.isEmpty { return name }
                }
            }
        }
        if let compilingUnit, !compilingUnit.isEmpty { return compilingUnit }
        let title = documentTitle
        guard let year = title.range(of: #"[0-9]{4}年"#, options: .regularExpression) else { return nil }
        let name = String(title[..<year.lowerBound])
        return name.isEmpty ? nil : name
    }
}
