import Foundation
import YusuanCore

/// Builds the model of a Jiangsu provincial 部门预算 PDF: finds each `公开NN表` caption and its title, rebuilds the
/// table below it, and keeps everything else as the narrative (docs/PDF.md, Jiangsu).
struct JiangsuBudgetBuilder {
    let lines: [PDFLine]
    let file: String

    /// A table found in the document: its caption line, title line and the lines of its body.
    private struct Located {
        var table: JiangsuTable
        var captionIndex: Int
        var titleIndex: Int
        var end: Int
    }

    func build() throws -> Disclosure {
        let located = try locate()
        var tables = DisclosureTables()
        var generic: [GenericTable] = []
        var inTable = Set<Int>()
        var departmentName: String?
        for entry in located {
            for index in entry.captionIndex..<entry.end { inTable.insert(index) }
            let body = JiangsuBody(lines: Array(lines[(entry.titleIndex + 1)..<entry.end]))
            departmentName = departmentName ?? body.departmentName
            let header = { (note: String?, noteLine: Int?, unitLine: String?, unit: AmountUnit?) in
                TableHeader(
                    caption: entry.table.caption,
                    title: lines[entry.titleIndex].compact,
                    unitLine: unitLine,
                    note: note,
                    line: lines[entry.titleIndex].number,
                    noteLine: noteLine,
                    unit: unit
                )
            }
            switch entry.table.layout {
            case .threePairs, .groupedItems, .procurement:
                let reader = JiangsuCellReader(spec: entry.table.spec, file: file)
                let rows: [GenericRow]
                switch entry.table.layout {
                case .threePairs: rows = try reader.readPairs(body)
                case .groupedItems: rows = try reader.readGroups(body)
                default: rows = try reader.readProcurement(body)
                }
                generic.append(
                    GenericTable(
                        identifier: entry.table.spec.identifier,
                        header: header(body.note, body.noteLine, body.unitLine, body.unit),
                        columns: entry.table.spec.columns.map(\.name),
                        rows: rows
                    )
                )
            case .standard:
                let reader = PDFTableReader(spec: entry.table.spec, file: file)
                let read = try reader.read(
                    title: lines[entry.titleIndex],
                    caption: entry.table.caption,
                    body: ArraySlice(body.tableLines)
                )
                let note = [body.note, read.note].compactMap { $0 }.joined(separator: "\n")
                let tableHeader = header(
                    note.isEmpty ? nil : note,
                    body.noteLine ?? read.noteLine,
                    read.unitLine,
                    read.unit
                )
                try place(read, header: tableHeader, table: entry.table, into: &tables, generic: &generic)
            }
        }
        tables.additionalTables = generic.isEmpty ? nil : generic
        let narrativeLines = lines.indices.filter { !inTable.contains($0) }.map { lines[$0] }
        let blocks = PDFNarrative.blocks(of: narrativeLines)
        // The cover: the department's name, then `2019年度部门预算公开`, before the table of contents.
        let cover = lines.prefix { !$0.compact.contains("目录") }.prefix(4)
        let title = cover.map(\.compact).filter { !$0.allSatisfy(\.isNumber) }.joined()
        let year =
            cover.lazy.compactMap { PDFNarrative.leadingYear($0.compact) }.first
            ?? lines.prefix(400).lazy.compactMap { PDFNarrative.leadingYear($0.compact) }.first ?? 0
        let identity = DocumentIdentity(
            departmentCode: nil,
            departmentName: departmentName ?? cover.first?.compact ?? "",
            year: year,
            kind: .budget,
            unit: .tenThousandYuan,
            wording: blocks.contains { $0.text.contains("本单位") } && !blocks.contains { $0.text.contains("本部门") }
                ? .unit : .department,
            profile: .jiangsuProvincialBudget
        )
        var layout = LayoutStyle()
        layout.groupsThousands = lines.contains { line in
            line.words.contains { $0.text.contains(",") && PDFTableReader.amount($0.text) != nil }
        }
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        return Disclosure(
            identity: identity,
            narrative: Narrative(
                title: title,
                titleLine: lines.first?.number,
                blocks: blocks,
                facts: PDFNarrativeFacts.extract(from: blocks)
            ),
            tables: tables,
            layout: layout
        )
    }

    /// Finds the caption (`公开NN表`) and title of each of the twelve tables, in order.
    private func locate() throws -> [Located] {
        var captions: [(number: Int, index: Int)] = []
        for (index, line) in lines.enumerated() {
            let text = line.compact
            guard text.hasPrefix("公开"), text.hasSuffix("表"), text.count == 5,
                let number = Int(text.dropFirst(2).dropLast())
            else { continue }
            captions.append((number, index))
        }
        var located: [Located] = []
        for table in JiangsuTable.all {
            let matches = captions.filter { $0.number == table.number }
            guard let caption = matches.first else {
                throw ImportError(
                    .truncated,
                    file: file,
                    line: lines.last?.number ?? 1,
                    expected: "\(table.caption) \(table.spec.titleSuffix) (the Jiangsu template has 12 tables)",
                    found: located.last.map { "end of document after \($0.table.caption)" } ?? "no table"
                )
            }
            if matches.count > 1 {
                throw ImportError(
                    .duplicateTable,
                    file: file,
                    line: lines[matches[1].index].number,
                    expected: "one \(table.caption)",
                    found: "a second one (the first is at line \(lines[caption.index].number))"
                )
            }
            let searched = (caption.index + 1)..<min(caption.index + 8, lines.count)
            guard let titleIndex = searched.first(where: { lines[$0].compact.hasSuffix(table.spec.titleSuffix) }) else {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: lines[caption.index].number,
                    expected: "the title \(table.spec.titleSuffix) under \(table.caption)",
                    found: ImportError.quote(lines[searched].map(\.compact).joined(separator: " "))
                )
            }
            if let previous = located.last, previous.captionIndex > caption.index {
                throw ImportError(
                    .malformedTable,
                    file: file,
                    line: lines[caption.index].number,
                    expected: "\(table.caption) after \(previous.table.caption)",
                    found: "\(table.caption) before it"
                )
            }
            located.append(Located(table: table, captionIndex: caption.index, titleIndex: titleIndex, end: lines.count))
        }
        for position in located.indices {
            if position + 1 < located.count {
                located[position].end = located[position + 1].captionIndex
            } else {
                let start = located[position].titleIndex + 1
                located[position].end =
                    (start..<lines.count).first { index in
                        PDFProfile.jiangsuProvincialBudget.endMarkers.contains { lines[index].compact.hasPrefix($0) }
                    } ?? lines.count
            }
        }
        return located
    }

    /// Puts a table read by ``PDFTableReader`` into the model.
    private func place(
        _ read: PDFReadTable,
        header: TableHeader,
        table: JiangsuTable,
        into tables: inout DisclosureTables,
        generic: inout [GenericTable]
    ) throws {
        switch table.spec.target {
        case .generalBudgetExpenditure, .governmentFundExpenditure:
            let (total, rows) = try read.totalAndCodedRows(file: file)
            func row(_ row: PDFReadRow) -> FunctionRow {
                FunctionRow(
                    code: row.code,
                    name: row.name,
                    amounts: ExpenditureSplit(total: row.amounts[0], basic: nil, project: nil),
                    line: row.line
                )
            }
            let function = FunctionExpenditureTable(
                header: header,
                totalRow: total.flatMap { $0.hasAmounts || !rows.isEmpty ? row($0) : nil },
                rows: rows.map(row)
            )
            if case .generalBudgetExpenditure = table.spec.target {
                tables.generalBudgetExpenditure = function
            } else {
                tables.governmentFundExpenditure = function
            }
        case .generalBudgetBasicExpenditure:
            let (total, rows) = try read.totalAndCodedRows(file: file)
            func row(_ row: PDFReadRow) -> EconomicRow {
                EconomicRow(
                    code: row.code,
                    name: row.name,
                    total: row.amounts[0],
                    personnel: nil,
                    publicUse: nil,
                    line: row.line
                )
            }
            tables.generalBudgetBasicExpenditure = EconomicExpenditureTable(
                header: header,
                totalRow: total.map(row),
                rows: rows.map(row)
            )
        case .threePublic:
            var amounts: [Amount?] = Array(repeating: nil, count: read.spec.columns.count)
            var line: Int?
            for row in read.rows where row.hasAmounts {
                line = line ?? row.line
                for (index, amount) in row.amounts.enumerated() where amounts[index] == nil { amounts[index] = amount }
            }
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
                    identifier: "jiangsu-09",
                    header: header,
                    columns: ["合计", "会议费", "培训费"],
                    rows: [GenericRow(code: "", name: "", amounts: [amounts[0], amounts[7], amounts[8]], line: line)]
                )
            )
        default:
            let rows: [GenericRow]
            if read.spec.style == .coded {
                let (total, coded) = try read.totalAndCodedRows(file: file)
                rows =
                    (total.map { [$0] } ?? []).map {
                        GenericRow(code: "", name: $0.name, amounts: $0.amounts, line: $0.line)
                    }
                    + coded.map { GenericRow(code: $0.code, name: $0.name, amounts: $0.amounts, line: $0.line) }
            } else {
                rows = read.rows.map {
                    GenericRow(
                        code: $0.code,
                        name: read.spec.style == .twoSided ? $0.name + " | " + $0.rightName : $0.name,
                        amounts: $0.amounts,
                        line: $0.line
                    )
                }
            }
            generic.append(
                GenericTable(
                    identifier: table.spec.identifier,
                    header: header,
                    columns: table.spec.columns.map(\.name),
                    rows: rows
                )
            )
        }
    }
}
