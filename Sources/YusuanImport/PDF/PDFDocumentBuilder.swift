import Foundation
import YusuanCore

/// Puts the tables and narrative of a PDF of a known profile into the model.
struct PDFDocumentBuilder {
    let profile: PDFProfile
    let lines: [PDFLine]
    let file: String

    func build() throws -> Disclosure {
        var titles: [(index: Int, spec: PDFTableSpec)] = []
        for (index, line) in lines.enumerated() {
            let text = line.compact
            guard text.count < 80, !text.contains("…"), !text.contains("...") else { continue }
            guard let spec = profile.tables.first(where: { text.hasSuffix($0.titleSuffix) }) else { continue }
            // A title is followed by its unit line (`单位：元`); an entry of the table of contents is not.
            let following = lines[(index + 1)..<min(index + 5, lines.count)]
            guard following.contains(where: { $0.compact.contains("单位：") || $0.compact.contains("单位:") }) else {
                continue
            }
            if let first = titles.first(where: { $0.spec.identifier == spec.identifier }) {
                throw ImportError(
                    .duplicateTable,
                    file: file,
                    line: line.number,
                    expected: "one \(spec.titleSuffix)",
                    found: "a second one (the first starts at line \(lines[first.index].number))"
                )
            }
            titles.append((index, spec))
        }
        if let missing = profile.tables.first(where: { spec in !titles.contains { $0.spec.identifier == spec.identifier } }) {
            throw ImportError(
                .truncated,
                file: file,
                line: lines.last?.number ?? 1,
                expected: "\(missing.titleSuffix) (the \(profile.profile.rawValue) template has \(profile.tables.count) tables)",
                found: titles.isEmpty ? "no table" : "end of document after \(titles.last!.spec.titleSuffix)"
            )
        }
        var tables = DisclosureTables()
        var inTable = Set<Int>()
        var generic: [GenericTable] = []
        var units: [AmountUnit] = []
        var compilingUnit: String?
        for (position, title) in titles.enumerated() {
            let next = position + 1 < titles.count ? titles[position + 1].index : lines.count
            var end = next
            for index in (title.index + 1)..<next where isNarrative(lines[index]) {
                end = index
                break
            }
            for index in title.index..<end { inTable.insert(index) }
            let body = lines[(title.index + 1)..<end]
            let titleLine = lines[title.index]
            let read =
                title.spec.isFinalAccountLayout
                ? try FinalAccountTableReader(spec: title.spec, file: file).read(title: titleLine, body: body)
                : try PDFTableReader(spec: title.spec, file: file).read(title: titleLine, caption: nil, body: body)
            if let unit = read.unit { units.append(unit) }
            compilingUnit = compilingUnit ?? read.compilingUnit
            try PDFTableMapper(file: file).place(read, into: &tables, generic: &generic)
        }
        if !generic.isEmpty { tables.additionalTables = generic }
        let narrativeLines = lines.indices.filter { !inTable.contains($0) }.map { lines[$0] }
        let blocks = PDFNarrative.blocks(of: narrativeLines)
        let documentTitle = self.documentTitle
        let year = PDFNarrative.leadingYear(documentTitle) ?? PDFNarrative.leadingYear(lines[titles[0].index].compact) ?? 0
        let name = departmentName(compilingUnit: compilingUnit) ?? ""
        let unit = units.first ?? .yuan
        let identity = DocumentIdentity(
            departmentCode: nil,
            departmentName: name,
            year: year,
            kind: profile.kind,
            unit: unit,
            wording: blocks.contains { $0.text.contains("本单位") } ? .unit : .department,
            profile: profile.profile
        )
        let facts = PDFNarrativeFacts.extract(from: blocks)
        var layout = LayoutStyle()
        layout.groupsThousands = lines.contains { line in line.words.contains { $0.text.contains(",") && PDFTableReader.amount($0.text) != nil } }
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        return Disclosure(
            identity: identity,
            narrative: Narrative(
                title: documentTitle,
                titleLine: lines.first?.number,
                blocks: blocks,
                facts: facts
            ),
            tables: tables,
            layout: layout
        )
    }

    /// A line of running text: long, without amounts, or a heading that ends the tables.
    private func isNarrative(_ line: PDFLine) -> Bool {
        let text = line.compact
        if profile.endMarkers.contains(where: { text.hasSuffix($0) }) { return true }
        if text.hasPrefix("注") || text.hasPrefix("备注") { return false }
        return text.count > 44 && !line.words.contains { PDFTableReader.amount($0.text) != nil }
    }

    /// The first line, or for a 部门决算 whose cover prints the department and `2024年度部门决算` on two lines, both.
    private var documentTitle: String {
        let first = lines.first?.compact ?? ""
        guard profile.kind == .finalAccount, PDFNarrative.leadingYear(first) == nil, lines.count > 1,
            lines[1].page == lines[0].page, PDFNarrative.leadingYear(lines[1].compact) != nil
        else { return first }
        return first + lines[1].compact
    }

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
        // A 部门决算 names the department only in its title (`上海市普陀区财政局2024年度部门决算`).
        let title = documentTitle
        guard profile.kind == .finalAccount, let year = title.range(of: #"[0-9]{4}年"#, options: .regularExpression)
        else { return nil }
        let name = String(title[..<year.lowerBound])
        return name.isEmpty ? nil : name
    }
}
