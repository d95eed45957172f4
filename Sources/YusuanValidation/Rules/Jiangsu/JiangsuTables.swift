import Foundation
import YusuanCore

/// A labelled amount of a Jiangsu table (公开01表 … 公开12表), with its location and description for findings.
struct JiangsuCell {
    var caption: String
    var table: TableKind?
    var row: String
    var column: String
    var amount: Amount?
    var line: SourceLine?

    var location: FindingLocation {
        FindingLocation(table: table, caption: caption, row: row, column: column, line: line)
    }

    /// `公开01表“当年收入小计”金额`.
    var describe: LocalizedText {
        LocalizedText(zh: "\(caption)“\(row)”\(column)", en: "\(caption), \(row), \(Describe.englishColumn(column))")
    }
}

/// The tables of a Jiangsu provincial 部门预算 as the PDF importer stores them: typed tables for 公开07–10表 and
/// ``GenericTable``s `jiangsu-01` … for the others (docs/PDF.md, Jiangsu).
struct JiangsuTables {
    /// Why a rule that needs the 收支预算总表 (公开01表) does not run without it.
    static let noSummary = LocalizedText(
        zh: "没有（可确定读取的）收支预算总表。",
        en: "There is no 收支预算总表 (read with certainty)."
    )

    let tables: DisclosureTables

    /// The generic table `jiangsu-NN` (the kind named by its title: 1 收支预算总表 … 12 政府采购支出预算表, whatever
    /// number the document prints), unless it was not read with certainty (``isUncertain(_:)``).
    func generic(_ number: Int) -> GenericTable? {
        let identifier = Self.identifier(number)
        guard !isUncertain(number) else { return nil }
        return tables.additionalTables?.first { $0.identifier == identifier }
    }

    /// `jiangsu-01` … `jiangsu-12`.
    static func identifier(_ number: Int) -> String { "jiangsu-" + (number < 10 ? "0" : "") + String(number) }

    /// Whether the table of kind `number` was found but not read with certainty (a ``TableReadingIssue``): its
    /// content is kept as printed, and no rule reads it.
    func isUncertain(_ number: Int) -> Bool {
        let typed: [Int: TableKind] = [
            7: .generalBudgetExpenditure, 8: .generalBudgetBasicExpenditure, 9: .threePublicExpenditure,
            10: .governmentFundExpenditure,
        ]
        let identifiers = [Self.identifier(number), typed[number]?.identifier].compactMap { $0 }
        return tables.readingIssues?.contains { identifiers.contains($0.table) } ?? false
    }

    /// The caption of a generic table as printed (`公开01表`, `公开表一`), or its title when it has none.
    static func caption(_ table: GenericTable) -> String {
        caption(of: table.header)
    }

    /// The caption in a header, or the title in quotes when the document prints no caption (`“收支预算总表”`).
    static func caption(of header: TableHeader) -> String {
        header.caption ?? "“\(header.title)”"
    }

    /// The text columns of a row (`收入 | 功能分类 | 支出用途`).
    static func parts(_ row: GenericRow) -> [String] {
        row.name.components(separatedBy: " | ")
    }

    /// A cell of a generic table: the row's label on `side` (or its whole name) and the amount in `column`.
    static func cell(_ table: GenericTable, _ row: GenericRow, label: String, column: Int) -> JiangsuCell {
        JiangsuCell(
            caption: caption(table),
            table: nil,
            row: label.isEmpty ? (row.code.isEmpty ? "合计" : row.code) : label,
            column: table.columns.indices.contains(column) ? table.columns[column] : "",
            amount: row.amounts.indices.contains(column) ? row.amounts[column] : nil,
            line: row.line ?? table.header.line
        )
    }

    /// Whether a label is an enumerated item (`一、财政拨款`, `1.一般公共预算`).
    static func isEnumerated(_ label: String) -> Bool {
        guard let first = label.first else { return false }
        if "一二三四五六七八九十".contains(first) { return label.prefix(4).contains("、") }
        if first.isASCII && first.isNumber {
            let next = label.drop { $0.isASCII && $0.isNumber }.first
            return next == "." || next == "．" || next == "、"
        }
        return false
    }

    /// Whether a label is a top-level item (`一、`) rather than a sub-item (`1.`).
    static func isTopLevel(_ label: String) -> Bool {
        guard let first = label.first else { return false }
        return "一二三四五六七八九十".contains(first) && isEnumerated(label)
    }

    /// The label without its enumeration (`四、公共安全支出` → `公共安全支出`).
    static func stripped(_ label: String) -> String {
        guard isEnumerated(label) else { return label }
        if let first = label.first, "一二三四五六七八九十".contains(first), let index = label.firstIndex(of: "、") {
            return String(label[label.index(after: index)...])
        }
        return String(label.drop { $0.isASCII && $0.isNumber }.dropFirst())
    }

    /// The labelled cells of one side of a two- or three-sided table (公开01表, 公开04表): the label in text column
    /// `side`, the amount in amount column `side` (or, for a label merged over two sides, the next column's).
    static func side(_ table: GenericTable, _ side: Int) -> [JiangsuCell] {
        table.rows.compactMap { row in
            let parts = parts(row)
            guard parts.indices.contains(side), !parts[side].isEmpty else { return nil }
            var cell = cell(table, row, label: parts[side], column: side)
            if cell.amount == nil, side + 1 < row.amounts.count, parts.indices.contains(side + 1),
                parts[side + 1].isEmpty
            {
                cell = JiangsuTables.cell(table, row, label: parts[side], column: side + 1)
            }
            return cell
        }
    }

    /// Whether every source of income in 公开01表 is 财政拨款 (收入合计 = 一、财政拨款): then the 财政拨款 tables equal
    /// the all-funds tables, otherwise they are only bounded by them.
    var onlyAppropriations: Bool {
        guard let summary = generic(1) else { return false }
        let income = Self.side(summary, 0)
        guard let total = income.first(where: { $0.row.contains("收入合计") })?.amount,
            let appropriation = income.first(where: { $0.row.hasSuffix("财政拨款") })?.amount
        else { return false }
        return total == appropriation
    }

    /// Whether the 政府性基金 income of 公开04表 is blank or zero (then 一般公共预算 = 财政拨款).
    var onlyGeneralBudget: Bool {
        guard onlyAppropriations, let summary = generic(4) else { return false }
        return Self.side(summary, 0).allSatisfy { !$0.row.contains("政府性基金") || ($0.amount?.isZero ?? true) }
    }

    /// The coded rows of 公开05/06/11表 (generic) or 公开07/08表 (typed), by code, with the 合计 row.
    func coded(_ number: Int) -> (
        caption: String, table: TableKind?, column: String, total: JiangsuCell?, rows: [String: JiangsuCell],
        order: [String]
    )? {
        var total: JiangsuCell?
        var rows: [String: JiangsuCell] = [:]
        var order: [String] = []
        func add(_ cell: JiangsuCell, code: String) {
            if code.isEmpty {
                total = cell
            } else {
                rows[code] = cell
                order.append(code)
            }
        }
        switch number {
        case 7:
            guard let table = tables.generalBudgetExpenditure else { return nil }
            let caption = Self.caption(of: table.header)
            for row in (table.totalRow.map { [$0] } ?? []) + table.rows {
                add(
                    JiangsuCell(
                        caption: caption,
                        table: .generalBudgetExpenditure,
                        row: row.code.isEmpty ? "合计" : row.code + " " + row.name,
                        column: "金额",
                        amount: row.amounts.total,
                        line: row.line
                    ),
                    code: row.code
                )
            }
            return (caption, .generalBudgetExpenditure, "金额", total, rows, order)
        case 8:
            guard let table = tables.generalBudgetBasicExpenditure else { return nil }
            let caption = Self.caption(of: table.header)
            for row in (table.totalRow.map { [$0] } ?? []) + table.rows {
                add(
                    JiangsuCell(
                        caption: caption,
                        table: .generalBudgetBasicExpenditure,
                        row: row.code.isEmpty ? "合计" : row.code + " " + row.name,
                        column: "金额",
                        amount: row.total,
                        line: row.line
                    ),
                    code: row.code
                )
            }
            return (caption, .generalBudgetBasicExpenditure, "金额", total, rows, order)
        default:
            guard let table = generic(number) else { return nil }
            for row in table.rows where row.isTotal || !row.code.isEmpty {
                var cell = Self.cell(table, row, label: row.code.isEmpty ? "合计" : row.code + " " + row.name, column: 0)
                cell.table = nil
                add(cell, code: row.code)
            }
            return (Self.caption(table), nil, table.columns.first ?? "", total, rows, order)
        }
    }
}
