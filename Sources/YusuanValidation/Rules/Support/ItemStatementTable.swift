import YusuanCore

/// The function table a per-项 statement's amount is compared with (N18): 一般公共预算支出 (表二 and the
/// Shanghai 一般公共预算支出功能分类预算表, with the 政府性基金 table for a 项 of that fund), or, when the document has
/// none, the 部门支出 table (表八), which may hold other money than appropriations.
struct ItemStatementTable {
    enum Lookup {
        /// The row of the statement's 项.
        case found(TableKind, FunctionExpenditureTable, FunctionRow)
        /// The statement's code is in none of the tables.
        case missing
        /// The statement gives no code and its names match no single 项.
        case unresolved
    }

    let tables: [(kind: TableKind, table: FunctionExpenditureTable)]
    /// Whether the table is the 部门支出 table: its 项 include money other than appropriations, so a statement may
    /// be smaller but not larger.
    let isDepartmentTable: Bool

    init?(_ tables: DisclosureTables) {
        if let general = tables.generalBudgetExpenditure {
            var found: [(TableKind, FunctionExpenditureTable)] = [(.generalBudgetExpenditure, general)]
            if let fund = tables.governmentFundExpenditure { found.append((.governmentFundExpenditure, fund)) }
            self.tables = found
            isDepartmentTable = false
        } else if let department = tables.departmentExpenditure {
            self.tables = [(.departmentExpenditure, department)]
            isDepartmentTable = true
        } else {
            return nil
        }
    }

    /// Whether any table has a row at all.
    var hasRows: Bool { tables.contains { !$0.table.rows.isEmpty } }

    /// The row of the statement's 项: by its code, or, when the statement prints none, by its 项 name under the 款
    /// (and, if still ambiguous, the 类) of the same names.
    func lookup(_ statement: ItemStatement) -> Lookup {
        if !statement.code.isEmpty {
            for (kind, table) in tables {
                if let row = table.row(code: statement.code) { return .found(kind, table, row) }
            }
            return .missing
        }
        let itemName = Self.normalized(statement.itemName)
        guard !itemName.isEmpty else { return .unresolved }
        var candidates: [(TableKind, FunctionExpenditureTable, FunctionRow)] = []
        for (kind, table) in tables {
            for row in table.rows where row.code.count == 7 && Self.normalized(row.name) == itemName {
                candidates.append((kind, table, row))
            }
        }
        for (level, name) in [(5, statement.sectionName), (3, statement.className)] where candidates.count > 1 {
            let wanted = Self.normalized(name)
            guard !wanted.isEmpty else { continue }
            candidates = candidates.filter { kind, table, row in
                table.row(code: String(row.code.prefix(level))).map { Self.normalized($0.name) == wanted } ?? false
            }
        }
        // A 款 named in the statement must be the row's parent even when the 项 name alone was unique.
        if candidates.count == 1, !statement.sectionName.isEmpty {
            let (_, table, row) = candidates[0]
            let parent = table.row(code: String(row.code.prefix(5))).map { Self.normalized($0.name) }
            if let parent, parent != Self.normalized(statement.sectionName) { return .unresolved }
        }
        guard candidates.count == 1 else { return .unresolved }
        return .found(candidates[0].0, candidates[0].1, candidates[0].2)
    }

    /// A name as compared: without whitespace, brackets folded to ASCII.
    static func normalized(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case " ", "\u{3000}", "\t", "\n": continue
            case "（": result.append("(")
            case "）": result.append(")")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
