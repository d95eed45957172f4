import Foundation

/// What a column of a rebuilt table holds, read from its header texts: a code (whole, or its 类/款/项 part), a
/// name, the budget unit of the row, or amounts — and for amounts, which figure (合计, 基本支出, 一般公共预算 …).
struct ColumnMeaning {
    enum Kind: Equatable {
        case code
        case classCode
        case sectionCode
        case itemCode
        case name
        /// The budget unit of the row (`预算单位`, `单位名称`): a table by unit.
        case unit
        case amount
        /// Free text under a header that does not name it (`绩效目标`, `备注`): most of its cells are text.
        case text
    }

    var kind: Kind
    /// The column's own header text, normalized.
    let leaf: String
    /// Every header text of the column, from the top, normalized and joined.
    let path: String

    init(_ column: GridTable.Column) {
        leaf = TableConcept.normalizedTitle(column.name)
        path = TableConcept.normalizedTitle(column.fullName)
        kind = Self.kind(leaf: leaf, path: path)
    }

    /// The meanings of a table's columns: from the headers, and a column the header calls an amount column whose
    /// cells are mostly text is a text column.
    static func of(_ grid: GridTable) -> [ColumnMeaning] {
        grid.columns.indices.map { index in
            var meaning = ColumnMeaning(grid.columns[index])
            guard meaning.kind == .amount else { return meaning }
            let cells = grid.rows.compactMap { $0.cells[index] }
            let numeric = cells.filter { $0.amount != nil || $0.isBlankMark }.count
            if cells.count - numeric >= 2 && numeric * 2 < cells.count { meaning.kind = .text }
            return meaning
        }
    }

    private static func kind(leaf: String, path: String) -> Kind {
        switch leaf {
        case "类": return .classCode
        case "款": return .sectionCode
        case "项": return .itemCode
        default: break
        }
        // A unit's code (`单位编码`) names the budget unit, not a classification.
        if (leaf.contains("单位") || leaf.contains("部门")) && (leaf.contains("编码") || leaf.contains("代码")) {
            return .unit
        }
        if leaf.contains("编码") || leaf.contains("代码") || leaf.hasSuffix("编号") { return .code }
        if ["预算单位", "单位名称", "单位", "部门", "预算单位名称", "部门名称"].contains(leaf) { return .unit }
        if leaf.contains("名称") || leaf.hasSuffix("项目") || leaf.hasSuffix("科目") || leaf.contains("类别")
            || leaf == "收入" || leaf == "支出" || leaf == "项目（科目）" || leaf == "年度"
        {
            return .name
        }
        return .amount
    }

    func has(_ word: String) -> Bool { path.contains(word) }

    /// 合计 / 总计 / 小计 at the column's own header, or a single figure column (`预算数`, `金额`, `2026年预算数`).
    var isTotal: Bool {
        ["合计", "总计", "小计"].contains { leaf.contains($0) }
            || ["预算数", "金额", "预算", "本年预算", "预算金额"].contains { leaf.hasSuffix($0) }
    }
    /// 基本支出 at the column's own header, or its 小计/合计 under a 基本支出 header (`2026年预算数 / 基本支出 /
    /// 小计 人员经费 公用经费`).
    var isBasic: Bool {
        leaf.contains("基本支出") || (["小计", "合计"].contains(leaf) && path.dropLast(leaf.count).hasSuffix("基本支出"))
    }
    var isProject: Bool { leaf.contains("项目支出") }
    var isPersonnel: Bool { leaf.contains("人员经费") || leaf.contains("人员支出") }
    var isPublicUse: Bool { leaf.contains("公用经费") || leaf.contains("公用支出") }
    var isGeneralBudget: Bool { leaf.contains("一般公共预算") }
    var isGovernmentFund: Bool { leaf.contains("政府性基金") }
    var isStateCapital: Bool { leaf.contains("国有资本") }

    /// The years named in the column's headers (`2025年预算数` → 2025).
    var years: [Int] { Self.yearsIn(path) }
}
