import Foundation
import YusuanCore

extension FactExtractor {
    /// Every non-blank amount of the document's generic tables (``DisclosureTables/additionalTables``), table by table
    /// in stored order and in printed order within a table: one fact per printed amount.
    ///
    /// A 决算 table of the national layout (``FinalAccountTableLayout``) is read by its shape: the two sides of a
    /// two-sided table and of the 基本支出 table keyed by their own labels and codes; any other table by its rows' codes
    /// (the label where a row has none) and its columns.
    public static func genericFacts(of disclosure: Disclosure) -> [GenericFact] {
        var facts: [GenericFact] = []
        for table in disclosure.tables.additionalTables ?? [] {
            var collector = GenericCollector(
                table: table,
                unit: table.header.unit ?? disclosure.identity.unit
            )
            collector.collect()
            facts += collector.facts
        }
        return facts
    }
}

/// Collects the facts of one ``GenericTable``, making row keys unique per side and column names unique.
private struct GenericCollector {
    let table: GenericTable
    let unit: AmountUnit
    let columns: [String]
    var facts: [GenericFact] = []
    private var used: [String: Int] = [:]

    init(table: GenericTable, unit: AmountUnit) {
        self.table = table
        self.unit = unit
        var seen: [String: Int] = [:]
        columns = table.columns.enumerated().map { index, raw in
            let name = raw.isEmpty ? "列\(index + 1)" : raw
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            return count == 1 ? name : "\(name) (\(count))"
        }
    }

    mutating func collect() {
        let layout = FinalAccountTableLayout.layout(identifier: table.identifier)
        switch layout?.shape {
        case .twoSided(let leftColumns) where table.columns.count > leftColumns:
            let groups = layout?.groupLines.first?.filter { !$0.isEmpty } ?? []
            let (left, right) = groups.count == 2 ? (groups[0], groups[1]) : ("收入", "支出")
            for row in table.rows {
                let labels = row.name.components(separatedBy: " | ")
                let rightLabel = labels.count > 1 ? labels.dropFirst().joined(separator: " | ") : ""
                add(row, label: labels[0], side: left, columns: 0..<leftColumns, group: left)
                add(row, label: rightLabel, side: right, columns: leftColumns..<table.columns.count, group: right)
            }
        case .sideBySide where table.columns.count == 2:
            for row in table.rows {
                if row.code.isEmpty {
                    let labels = row.name.components(separatedBy: " | ")
                    add(row, label: labels[0], side: "left", columns: 0..<1, group: nil)
                    add(row, label: labels.count > 1 ? labels[1] : "", side: "right", columns: 1..<2, group: nil)
                } else {
                    add(row, label: nil, side: "coded", columns: 0..<2, group: nil)
                }
            }
        default:
            for row in table.rows { add(row, label: nil, side: "coded", columns: 0..<table.columns.count, group: nil) }
        }
    }

    /// The amounts of `columns` of a row: keyed by the row's code, or by `label` (the row's name when nil) where the
    /// row has no code; column names under `group` when given (`收入 / 决算数`).
    private mutating func add(
        _ row: GenericRow,
        label: String?,
        side: String,
        columns range: Range<Int>,
        group: String?
    ) {
        let amounts = range.compactMap { index in
            row.amounts.indices.contains(index) ? row.amounts[index].map { (index, $0) } : nil
        }
        let name = label ?? row.name
        guard !amounts.isEmpty else { return }
        // A row with neither code nor label still keeps its amounts, under the empty key made unique (`#2`).
        let key = uniqueRow(row.code.isEmpty ? name : row.code, side: side)
        let kind = Self.rowKind(code: row.code, name: name)
        for (index, amount) in amounts {
            // Under a side's group the printed name is kept: the group tells the sides' columns apart.
            let column =
                group.map { "\($0) / \(table.columns[index].isEmpty ? columns[index] : table.columns[index])" }
                ?? columns[index]
            facts.append(
                GenericFact(
                    table: table.identifier,
                    tableTitle: table.header.title,
                    row: key,
                    rowKind: kind,
                    name: name,
                    column: column,
                    amount: amount,
                    unit: unit
                )
            )
        }
    }

    private mutating func uniqueRow(_ key: String, side: String) -> String {
        let count = (used[side + "\u{1F}" + key] ?? 0) + 1
        used[side + "\u{1F}" + key] = count
        return count == 1 ? key : "\(key)#\(count)"
    }

    /// A function code starts with 2 (201 一般公共服务支出), an economic code with 3 or 5 (301 工资福利支出, 501); a row
    /// without a code is the 合计 or a labelled line.
    static func rowKind(code: String, name: String) -> Fact.RowKind {
        guard let first = code.first else {
            return name.hasSuffix("合计") || name.hasSuffix("总计") ? .total : .label
        }
        switch first {
        case "2": return .function
        case "3", "5": return .economic
        default: return .label
        }
    }
}
