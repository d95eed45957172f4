import Foundation
import YusuanCore

/// What the F rules share about the 部门决算 tables (their identifiers are Core's ``FinalAccountTableID``).
enum FinalAccountTables {

    /// The tables with classification codes (类/款/项 or economic 类/款).
    static let coded = [
        FinalAccountTableID.income, FinalAccountTableID.expenditure, FinalAccountTableID.governmentFund,
        FinalAccountTableID.stateCapital, FinalAccountTableID.basicExpenditure,
    ]

    /// `八、社会保障和就业支出` → `社会保障和就业支出`.
    static func strippedLabel(_ label: String) -> String {
        guard let range = label.range(of: #"^[一二三四五六七八九十]+、"#, options: .regularExpression) else { return label }
        return String(label[range.upperBound...])
    }
}

extension ValidationContext {
    /// A generic table of the document by identifier.
    func genericTable(_ identifier: String) -> GenericTable? {
        tables.additionalTables?.first { $0.identifier == identifier }
    }
}

extension GenericTable {
    /// The amount of a cell (nil when blank or beyond the row).
    func cell(_ row: GenericRow, _ column: Int) -> Amount? {
        row.amounts.indices.contains(column) ? row.amounts[column] : nil
    }

    /// The left (0) or right (1) label of a row of a two-sided table (`左 | 右`).
    func label(_ row: GenericRow, side: Int) -> String {
        let parts = row.name.components(separatedBy: " | ")
        return side == 0 ? (parts.first ?? "") : (parts.count > 1 ? parts[1] : "")
    }

    /// The first row whose label on a side contains the text.
    func row(labelled text: String, side: Int) -> GenericRow? {
        rows.first { label($0, side: side).contains(text) }
    }

    /// The direct children of a coded row: the 款 of a 类, the 项 of a 款.
    func children(of parent: GenericRow) -> [GenericRow] {
        guard let level = parent.level else { return [] }
        return rows.filter { child in
            guard let childLevel = child.level else { return false }
            return childLevel.rawValue == level.rawValue + 1 && child.code.hasPrefix(parent.code)
        }
    }

    /// The number of rows at the lowest level under a coded row (the rounded parts its amount sums).
    func leafCount(under parent: GenericRow) -> Int {
        let children = children(of: parent)
        return children.isEmpty ? 1 : children.map { leafCount(under: $0) }.reduce(0, +)
    }

    func location(_ row: GenericRow?, column: Int?) -> FindingLocation {
        FindingLocation(
            caption: header.title,
            row: row.map { $0.code.isEmpty ? $0.name : $0.code },
            column: column.flatMap { columns.indices.contains($0) ? columns[$0] : nil },
            line: row?.line ?? header.line
        )
    }

    /// `收入决算表 208 社会保障和就业支出“本年收入合计”列`.
    func describe(_ row: GenericRow, column: Int) -> LocalizedText {
        let label = row.code.isEmpty ? row.name : "\(row.code) \(row.name)"
        let name = columns.indices.contains(column) ? columns[column] : ""
        return LocalizedText(
            zh: "\(header.title) \(label)“\(name)”列",
            en: "\(header.title) \(label), column \(name)"
        )
    }
}
