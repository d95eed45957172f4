/// The nine tables of the national 部门决算 as the published text layout writes them (docs/IMPORT.md, “The 部门决算”):
/// each table's model identifier, national title, shape and amount columns, shared by the text renderer and the text
/// importer so that the two agree. The identifiers and columns are those of the PDF import (docs/PDF.md).
public struct FinalAccountTableLayout: Sendable, Hashable {
    /// How the cells of a row are laid out.
    public enum Shape: Sendable, Hashable {
        /// Two tables side by side (收入 | 支出): a label and `leftColumns` amounts, then a label and the other
        /// amounts. A row's name is `左 | 右` (the left label alone when the right one is empty).
        case twoSided(leftColumns: Int)
        /// 科目编码, 科目名称, then the amounts; the 合计 row has no code.
        case coded
        /// Two coded tables side by side (人员经费 | 公用经费), each with 科目编码, 科目名称 and one amount.
        case sideBySide
        /// One row of amounts without label (the “三公” 预算数 and 决算数).
        case amountsOnly
    }

    /// The model table: a ``GenericTable`` identifier, or `general-budget-expenditure` (the typed table).
    public let identifier: String
    /// The national title.
    public let title: String
    public let shape: Shape
    /// The amount columns (``GenericTable/columns``).
    public let columns: [String]
    /// The line of column headers written above the rows (the last header line).
    public let headerCells: [String]
    /// Group header lines written above ``headerCells`` (read back and ignored).
    public let groupLines: [[String]]

    init(
        _ identifier: String,
        _ title: String,
        _ shape: Shape,
        columns: [String],
        headerCells: [String]? = nil,
        groupLines: [[String]] = []
    ) {
        self.identifier = identifier
        self.title = title
        self.shape = shape
        self.columns = columns
        self.groupLines = groupLines
        switch shape {
        case .coded: self.headerCells = headerCells ?? ["科目编码", "科目名称"] + columns
        default: self.headerCells = headerCells ?? columns
        }
    }

    /// The identifier of 一般公共预算财政拨款支出决算表, kept in ``DisclosureTables/generalBudgetExpenditure``.
    public static let generalBudgetIdentifier = "general-budget-expenditure"

    /// The carry-over columns of the 政府性基金 and 国有资本经营 tables.
    public static let fundColumns = ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"]
    /// The columns of those tables when printed without carry-overs.
    public static let splitColumns = ["合计", "基本支出", "项目支出"]
    /// The six “三公” groups of the 决算 table, each with 预算数 and 决算数.
    public static let threePublicGroups = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]

    /// The tables in published order.
    public static let all: [FinalAccountTableLayout] = [
        FinalAccountTableLayout(
            FinalAccountTableID.summary,
            "收入支出决算总表",
            .twoSided(leftColumns: 1),
            columns: ["决算数", "决算数"],
            headerCells: ["项目", "决算数", "项目", "决算数"],
            groupLines: [["收入", "", "支出", ""]]
        ),
        FinalAccountTableLayout(
            FinalAccountTableID.income,
            "收入决算表",
            .coded,
            columns: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
        ),
        FinalAccountTableLayout(
            FinalAccountTableID.expenditure,
            "支出决算表",
            .coded,
            columns: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
        ),
        FinalAccountTableLayout(
            FinalAccountTableID.financialSummary,
            "财政拨款收入支出决算总表",
            .twoSided(leftColumns: 1),
            columns: ["决算数", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
            headerCells: ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
            groupLines: [["收入", "", "支出", "", "", "", ""]]
        ),
        FinalAccountTableLayout(generalBudgetIdentifier, "一般公共预算财政拨款支出决算表", .coded, columns: splitColumns),
        FinalAccountTableLayout(
            FinalAccountTableID.basicExpenditure,
            "一般公共预算财政拨款基本支出决算表",
            .sideBySide,
            columns: ["人员经费", "公用经费"],
            headerCells: ["科目编码", "科目名称", "人员经费", "科目编码", "科目名称", "公用经费"]
        ),
        FinalAccountTableLayout(
            FinalAccountTableID.threePublic,
            "财政拨款“三公”经费支出决算表",
            .amountsOnly,
            columns: threePublicGroups.flatMap { [$0 + "预算数", $0 + "决算数"] },
            headerCells: threePublicGroups.flatMap { _ in ["预算数", "决算数"] },
            groupLines: [threePublicGroups.flatMap { [$0, ""] }]
        ),
        FinalAccountTableLayout("final-government-fund", "政府性基金预算财政拨款收入支出决算表", .coded, columns: fundColumns),
        FinalAccountTableLayout("final-state-capital", "国有资本经营预算财政拨款收入支出决算表", .coded, columns: fundColumns),
    ]

    /// The layout of a table by identifier.
    public static func layout(identifier: String) -> FinalAccountTableLayout? {
        all.first { $0.identifier == identifier }
    }

    /// Whether the table is a fund table, which may be printed with the carry-over columns or without them.
    public var isFundTable: Bool { columns == Self.fundColumns }

    /// The layout for a table printed with `columns` (the fund tables without carry-overs have three).
    public func with(columns: [String]) -> FinalAccountTableLayout {
        FinalAccountTableLayout(identifier, title, shape, columns: columns, groupLines: groupLines)
    }

    /// 人员经费 categories of the economic classification (工资福利支出, 对个人和家庭的补助): the left side of the basic
    /// expenditure table.
    public static func isPersonnelCategory(_ code: String) -> Bool {
        code.hasPrefix("301") || code.hasPrefix("303")
    }
}
