import Foundation
import YusuanCore

/// A rebuilt “三公” table: the total, 因公出国（境）费, the vehicles subtotal with 购置费 and 运行费, 公务接待费 and, where
/// printed beside them, 机关运行经费 — with the items as columns (one row of this year's figures, or a 合计 row of a
/// table by unit) or as rows (items down, funds across: the 合计 column).
struct ThreePublicGrid {
    var amounts: ThreePublicAmounts
    var operatingCost: Amount?
    var line: Int?
    var yearLabel: String?

    private enum Item: CaseIterable {
        case total, abroad, vehicleSubtotal, vehiclePurchase, vehicleOperation, reception, operatingCost

        /// The item a header or a row label names.
        init?(_ text: String, parent: String = "") {
            let text = TableConcept.normalizedTitle(text)
            if text.contains("机关运行经费") || text.contains("行政经费") {
                guard text.contains("机关运行经费") else { return nil }
                self = .operatingCost
            } else if text.contains("出国") {
                self = .abroad
            } else if text.contains("接待") {
                self = .reception
            } else if text.contains("购置") && (text.contains("运行") || text.contains("及")) {
                self = .vehicleSubtotal
            } else if text.contains("购置") {
                self = .vehiclePurchase
            } else if text.contains("运行") {
                self = .vehicleOperation
            } else if text.contains("小计") && parent.contains("公务用车") {
                self = .vehicleSubtotal
            } else if text.contains("合计") || text.contains("总计") || text.hasSuffix("三公经费") || text.contains("三公经费合计")
                || text.contains("三公经费预算数")
            {
                self = .total
            } else {
                return nil
            }
        }
    }

    init?(grid: GridTable, meanings: [ColumnMeaning], year: Int) {
        var found: [Item: Amount?] = [:]
        let amountColumns = meanings.indices.filter { meanings[$0].kind == .amount }
        let columnItems: [(column: Int, item: Item)] = amountColumns.compactMap { index in
            let column = grid.columns[index]
            let parent = column.path.dropLast().joined()
            guard let item = Item(column.name, parent: parent) else { return nil }
            let years = meanings[index].years
            guard years.isEmpty || years.contains(year) else { return nil }
            return (index, item)
        }
        let labelColumn = meanings.firstIndex { $0.kind == .name || $0.kind == .unit }
        if columnItems.count >= 4 {
            // Items across: this year's row (the 合计 row of a table by unit).
            let rows = grid.rows.filter(\.hasAmount)
            let chosen: GridTable.Row
            if rows.count == 1 {
                chosen = rows[0]
            } else if let total = rows.first(where: { row in
                let label = row.text(labelColumn)
                return label.hasSuffix("合计") || label.hasSuffix("总计")
            }) {
                chosen = total
            } else {
                return nil
            }
            for (column, item) in columnItems where found[item] == nil { found[item] = chosen.amount(column) }
            line = chosen.line
            yearLabel = grid.columns[columnItems[0].column].path.first { !ColumnMeaning.yearsIn($0).isEmpty }
        } else if let labelColumn, let total = amountColumns.first(where: { meanings[$0].isTotal }) {
            // Items down, funds across: the 合计 column of each item's row.
            for row in grid.rows {
                guard let item = Item(row.text(labelColumn), parent: "公务用车"), found[item] == nil else { continue }
                found[item] = row.amount(total)
                if item == .total { line = row.line }
            }
            guard found.count >= 4 else { return nil }
            line = line ?? grid.rows.first(where: \.hasAmount)?.line
        } else {
            return nil
        }
        // Typed only with the items printed: the total, 因公出国, 公务接待 and the vehicles (a subtotal, or 购置 and 运行).
        guard found.keys.contains(.total), found.keys.contains(.abroad), found.keys.contains(.reception),
            found.keys.contains(.vehicleSubtotal)
                || (found.keys.contains(.vehiclePurchase) && found.keys.contains(.vehicleOperation))
        else { return nil }
        func value(_ item: Item) -> Amount? { found[item] ?? nil }
        amounts = ThreePublicAmounts(
            total: value(.total),
            abroad: value(.abroad),
            vehicleSubtotal: value(.vehicleSubtotal),
            vehiclePurchase: value(.vehiclePurchase),
            vehicleOperation: value(.vehicleOperation),
            reception: value(.reception)
        )
        operatingCost = value(.operatingCost)
    }
}

extension ColumnMeaning {
    /// The years named in a header text.
    static func yearsIn(_ text: String) -> [Int] {
        var result: [Int] = []
        var digits = ""
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                if character == "年", digits.count == 4, let year = Int(digits) { result.append(year) }
                digits = ""
            }
        }
        return result
    }
}
