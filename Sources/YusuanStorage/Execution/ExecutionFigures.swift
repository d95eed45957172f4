import Foundation
import YusuanCore

/// The figures of one document that the execution comparison reads, in 万元: the expenditure of each group (total,
/// 基本支出, 项目支出 and each function 类) and the “三公” items.
///
/// A 预算 is read from its typed tables (表八, 表二, 表四). A 决算 is read from the tables of the national 部门决算
/// (``FinalAccountTableID``): 支出决算表 for the department's expenditure, the typed 一般公共预算财政拨款支出决算表,
/// and the “三公” table with its 预算数 and 决算数 columns; where a 决算 fills the typed tables instead, those are read.
/// A table read without certainty (``DisclosureTables/readingIssues``) gives no figure: its numbers may stand in
/// the wrong column.
struct ExecutionFigures {
    /// Total, 基本支出, 项目支出 and the 类 of an expenditure table.
    struct Expenditure {
        var total: Amount?
        var basic: Amount?
        var project: Amount?
        /// The function 类 in printed order: code, name, total.
        var categories: [(code: String, name: String, total: Amount?)] = []
    }

    var department: Expenditure?
    var generalBudget: Expenditure?
    /// The “三公” amounts (预算 表四, or the 决算数 columns of a 决算).
    var threePublic: [ThreePublicItem: Amount] = [:]
    /// The 预算数 columns of the 决算's “三公” table.
    var threePublicPrintedBudget: [ThreePublicItem: Amount] = [:]
    /// Whether the document has a “三公” table at all.
    var hasThreePublic = false
    /// What could not be read (Chinese).
    var notes: [String] = []

    /// The expenditure of a group.
    func expenditure(_ group: ExecutionLine.Group) -> Expenditure? {
        switch group {
        case .department: department
        case .generalBudget: generalBudget
        case .threePublic: nil
        }
    }

    /// Reads a document of either kind.
    init(_ document: Disclosure) {
        let tables = document.tables
        let unit = document.identity.unit
        department = typed(tables.departmentExpenditure, unit: unit)
        generalBudget = typed(tables.generalBudgetExpenditure, unit: unit)
        if let table = tables.threePublicExpenditure {
            hasThreePublic = true
            let tableUnit = table.header.unit ?? unit
            for item in ThreePublicItem.allCases {
                threePublic[item] = converted(item.amount(in: table.amounts), from: tableUnit, what: item.rawValue)
            }
        }
        guard document.identity.kind == .finalAccount else { return }
        if department == nil, let table = certainGeneric(FinalAccountTableID.expenditure, in: tables) {
            department = generic(table, unit: table.header.unit ?? unit)
        }
        if generalBudget == nil,
            let table = certainGeneric(TableKind.generalBudgetExpenditure.identifier, in: tables)
        {
            generalBudget = generic(table, unit: table.header.unit ?? unit)
        }
        if !hasThreePublic, let table = certainGeneric(FinalAccountTableID.threePublic, in: tables) {
            hasThreePublic = true
            readThreePublic(table, unit: table.header.unit ?? unit)
        }
    }

    /// A generic table of the document, unless it was read without certainty (then a note says so).
    private mutating func certainGeneric(_ identifier: String, in tables: DisclosureTables) -> GenericTable? {
        guard let table = tables.additionalTables?.first(where: { $0.identifier == identifier }) else { return nil }
        if let issue = tables.readingIssues?.first(where: { $0.table == identifier && $0.isUncertain }) {
            notes.append("《\(issue.title)》未能确定读取（\(issue.reason)），其金额不参与比较")
            return nil
        }
        return table
    }

    private mutating func typed(_ table: FunctionExpenditureTable?, unit: AmountUnit) -> Expenditure? {
        guard let table else { return nil }
        let unit = table.header.unit ?? unit
        let title = table.header.title
        var out = Expenditure(
            total: converted(table.totalRow?.amounts.total, from: unit, what: "\(title) 合计"),
            basic: converted(table.totalRow?.amounts.basic, from: unit, what: "\(title) 基本支出"),
            project: converted(table.totalRow?.amounts.project, from: unit, what: "\(title) 项目支出")
        )
        for row in table.rows where row.level == .category {
            out.categories.append(
                (row.code, row.name, converted(row.amounts.total, from: unit, what: "\(title) \(row.code)"))
            )
        }
        return out
    }

    /// 支出决算表 (or an uncertainly typed table kept generic): the first column whose header holds 合计 (`本年支出合计`),
    /// the 基本支出 and 项目支出 columns, the 合计 row and the 类 rows.
    private mutating func generic(_ table: GenericTable, unit: AmountUnit) -> Expenditure {
        let title = table.header.title
        let total = table.columns.firstIndex { $0.contains("合计") || $0 == "总计" }
        let basic = table.columns.firstIndex { $0.contains("基本支出") }
        let project = table.columns.firstIndex { $0.contains("项目支出") }
        func cell(_ row: GenericRow?, _ column: Int?) -> Amount? {
            guard let row, let column, row.amounts.indices.contains(column) else { return nil }
            return row.amounts[column]
        }
        let totalRow = table.totalRow
        var out = Expenditure(
            total: converted(cell(totalRow, total), from: unit, what: "\(title) 合计"),
            basic: converted(cell(totalRow, basic), from: unit, what: "\(title) 基本支出"),
            project: converted(cell(totalRow, project), from: unit, what: "\(title) 项目支出")
        )
        for row in table.rows where row.level == .category {
            out.categories.append(
                (
                    row.code, Self.strippedLabel(row.name),
                    converted(cell(row, total), from: unit, what: "\(title) \(row.code)")
                )
            )
        }
        return out
    }

    /// The 决算's “三公” table: for each item its `…预算数` and `…决算数` columns, on the row that holds the amounts.
    private mutating func readThreePublic(_ table: GenericTable, unit: AmountUnit) {
        let row = table.totalRow ?? table.rows.first { $0.amounts.contains { $0 != nil } } ?? table.rows.first
        guard let row else { return }
        for (index, column) in table.columns.enumerated() where row.amounts.indices.contains(index) {
            let isBudget = column.hasSuffix("预算数")
            guard isBudget || column.hasSuffix("决算数") else { continue }
            let group = String(column.dropLast(3))
            guard let item = ThreePublicItem.allCases.first(where: { $0.names(group) }) else { continue }
            let amount = converted(row.amounts[index], from: unit, what: "\(table.header.title) \(column)")
            if isBudget {
                threePublicPrintedBudget[item] = amount
            } else {
                threePublic[item] = amount
            }
        }
    }

    /// An amount in 万元; a note when it cannot be held exactly (more than six decimals).
    private mutating func converted(_ amount: Amount?, from unit: AmountUnit, what: String) -> Amount? {
        guard let amount else { return nil }
        guard let value = amount.converted(from: unit, to: .tenThousandYuan) else {
            notes.append("\(what) \(amount.plainText)\(unit.rawValue) 无法精确换算为万元，未参与比较")
            return nil
        }
        // 元 → 万元 adds four decimals: keep only those that are not zero, and at least two (`2960.000000` → `2960.00`).
        guard unit != .tenThousandYuan, value.scale > 2 else { return value }
        return (2...value.scale).lazy.compactMap { value.rescaled(to: $0) }.first ?? value
    }

    /// `八、社会保障和就业支出` → `社会保障和就业支出`.
    static func strippedLabel(_ label: String) -> String {
        guard let range = label.range(of: #"^[一二三四五六七八九十]+、"#, options: .regularExpression) else { return label }
        return String(label[range.upperBound...])
    }
}
