import YusuanCore

/// How one table of a template is laid out and where it goes in the model.
struct PDFTableSpec: Sendable {
    /// How the rows of the table are read.
    enum Style: Sendable {
        /// 部门决算 layouts, read by ``FinalAccountTableReader`` from word baselines (amounts sit above or below
        /// their labels in merged cells): coded rows, two-sided 收支总表, the two side-by-side economic code tables
        /// (人员经费 left, 公用经费 right), and the “三公” table's 预算数/决算数 pairs.
        case finalCoded
        case finalTwoSided
        case finalSideBySide
        case finalBudgetAndActual
    }

    /// Where the rows go.
    enum Target: Sendable {
        case departmentSummary
        case departmentIncome
        case departmentExpenditure
        case financialSummary
        case generalBudgetExpenditure
        case governmentFundExpenditure
        case generalBudgetBasicExpenditure
        case threePublic
        /// ``GenericTable`` with this identifier.
        case generic(String)
    }

    /// An amount column: its name in the model and the header word that marks its position.
    struct Column: Sendable {
        var name: String
        /// A piece of text of the header word (headers may be wrapped, so only a piece is matched).
        var keyword: String
        /// Which occurrence of the keyword, left to right (0 = first), for headers printed twice.
        var occurrence: Int = 0
        /// For two-sided tables: whether the column belongs to the right-hand (expenditure) side.
        var isRightSide: Bool = false
    }

    var identifier: String
    /// The end of the title line, without spaces (`一般公共预算支出功能分类预算表`).
    var titleSuffix: String
    var style: Style
    var target: Target
    var columns: [Column]
}

extension PDFTableSpec.Column {
    init(_ name: String, _ keyword: String? = nil, occurrence: Int = 0, right: Bool = false) {
        self.init(name: name, keyword: keyword ?? name, occurrence: occurrence, isRightSide: right)
    }
}
