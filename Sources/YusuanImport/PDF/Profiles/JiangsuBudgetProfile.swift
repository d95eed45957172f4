import Foundation
import YusuanCore

/// How one table of the Jiangsu template is rebuilt (docs/PDF.md, Jiangsu).
enum JiangsuTableLayout: Sendable {
    /// Label/amount pairs side by side, one pair per 金额 header: 收入, 功能分类, 支出用途 (收支预算总表) or 收入,
    /// 支出用途 (财政拨款收支预算总表).
    case pairs
    /// Sources grouped under merged cells (一般公共预算资金 → 小计, 公共财政拨款（补助）资金 …) with one amount (收入预算总表).
    case groupedItems
    /// One row of amounts under a header of several levels (支出预算总表, “三公”经费、会议费、培训费支出预算表), read
    /// by ``JiangsuHeaderGrid``.
    case singleRow
    /// Classification codes, names and one amount column (功能科目, 经济科目, 机关运行经费).
    case coded
    /// 政府采购支出预算表: 采购品目大类, 专项名称, 经济科目, 采购物品名称, 采购组织形式 and 总计 in merged cells.
    case procurement
}

/// Where a Jiangsu table goes in the model.
enum JiangsuTarget: Sendable {
    /// ``GenericTable`` `jiangsu-NN`.
    case generic
    case generalBudgetExpenditure
    case generalBudgetBasicExpenditure
    case governmentFundExpenditure
    /// ``ThreePublicTable`` (the “三公” columns) and ``GenericTable`` `jiangsu-09` (合计, 会议费, 培训费).
    case threePublic
}

/// An amount column of a Jiangsu table: its name in the model and the words that name its header cell (headers
/// wrap, so a piece is matched: `公务用车购` / `置费`).
struct JiangsuColumn: Sendable {
    var name: String
    var keywords: [String]

    init(_ name: String, _ keywords: String...) {
        self.name = name
        self.keywords = keywords.isEmpty ? [name] : keywords
    }
}

/// One kind of the twelve tables of the Jiangsu provincial 部门预算, named by its title: the number is that of the
/// model's identifier (`jiangsu-01` … `jiangsu-12`), whatever number the document prints the table with — the same
/// province numbers them differently from year to year (2017: 七、政府性基金支出预算表 … 十二、政府采购支出预算表).
struct JiangsuTable: Sendable {
    /// 1 … 12: the kind (`jiangsu-NN`), in the order of the 2019 template.
    var number: Int
    /// The title of the 2019 template (`财政拨款支出预算表（功能科目）`).
    var title: String
    /// Every title this kind is printed under (matched normalised, ``JiangsuTitles/normalized(_:)``: without
    /// spaces and quotes, with full-width brackets).
    var titles: [String]
    var layout: JiangsuTableLayout
    var target: JiangsuTarget
    var columns: [JiangsuColumn]

    /// `jiangsu-01` … `jiangsu-12`.
    var identifier: String { "jiangsu-" + (number < 10 ? "0" : "") + String(number) }

    /// The identifier of the typed table it fills, else its generic identifier (for ``TableReadingIssue``).
    var modelIdentifier: String {
        switch target {
        case .generic: identifier
        case .generalBudgetExpenditure: TableKind.generalBudgetExpenditure.identifier
        case .generalBudgetBasicExpenditure: TableKind.generalBudgetBasicExpenditure.identifier
        case .governmentFundExpenditure: TableKind.governmentFundExpenditure.identifier
        case .threePublic: TableKind.threePublicExpenditure.identifier
        }
    }

    /// The kind printed under a (normalised) title.
    static func kind(ofTitle title: String) -> JiangsuTable? {
        normalizedTitles[title].map { all[$0] }
    }

    /// Whether a (normalised) text begins a title without being one (the first line of a title wrapped over two).
    static func beginsTitle(_ text: String) -> Bool {
        !text.isEmpty && normalizedTitles[text] == nil && normalizedTitles.keys.contains { $0.hasPrefix(text) }
    }

    /// Every title, normalised, with the index of its kind in ``all``.
    private static let normalizedTitles: [String: Int] = {
        var result: [String: Int] = [:]
        for (index, table) in all.enumerated() {
            for title in table.titles { result[JiangsuTitles.normalized(title)] = index }
        }
        return result
    }()

    /// The kind of a model identifier (`jiangsu-05`, or a typed table's).
    static func kind(ofIdentifier identifier: String) -> JiangsuTable? {
        all.first { $0.identifier == identifier || $0.modelIdentifier == identifier }
    }

    /// The twelve kinds, with every title seen in 2017–2019.
    static let all: [JiangsuTable] = [
        JiangsuTable(
            number: 1,
            title: "收支预算总表",
            titles: ["收支预算总表"],
            layout: .pairs,
            target: .generic,
            columns: [JiangsuColumn("收入金额"), JiangsuColumn("功能分类金额"), JiangsuColumn("支出用途金额")]
        ),
        JiangsuTable(
            number: 2,
            title: "收入预算总表",
            titles: ["收入预算总表"],
            layout: .groupedItems,
            target: .generic,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 3,
            title: "支出预算总表",
            titles: ["支出预算总表"],
            layout: .singleRow,
            target: .generic,
            columns: [
                JiangsuColumn("合计"), JiangsuColumn("基本支出", "基本"), JiangsuColumn("项目支出", "项目"),
                JiangsuColumn("单位预留机动经费", "预留", "机动"), JiangsuColumn("结转下年资金", "结转"),
            ]
        ),
        JiangsuTable(
            number: 4,
            title: "财政拨款收支预算总表",
            titles: ["财政拨款收支预算总表"],
            layout: .pairs,
            target: .generic,
            columns: [JiangsuColumn("收入金额"), JiangsuColumn("支出金额")]
        ),
        JiangsuTable(
            number: 5,
            title: "财政拨款支出预算表（功能科目）",
            titles: ["财政拨款支出预算表（功能科目）", "财政拨款支出预算表"],
            layout: .coded,
            target: .generic,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 6,
            title: "财政拨款基本支出预算表（经济科目）",
            titles: ["财政拨款基本支出预算表（经济科目）", "财政拨款基本支出预算表"],
            layout: .coded,
            target: .generic,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 7,
            title: "一般公共预算支出预算表（功能科目）",
            titles: ["一般公共预算支出预算表（功能科目）", "一般公共预算支出预算表"],
            layout: .coded,
            target: .generalBudgetExpenditure,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 8,
            title: "一般公共预算基本支出预算表（经济科目）",
            titles: ["一般公共预算基本支出预算表（经济科目）", "一般公共预算基本支出预算表"],
            layout: .coded,
            target: .generalBudgetBasicExpenditure,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 9,
            title: "“三公”经费、会议费、培训费支出预算表",
            titles: ["“三公”经费、会议费、培训费支出预算表", "一般公共预算“三公”经费、会议费、培训费支出预算表"],
            layout: .singleRow,
            target: .threePublic,
            columns: [
                JiangsuColumn("合计"), JiangsuColumn("“三公”经费小计", "小计"), JiangsuColumn("因公出国（境）费", "出国", "因公"),
                JiangsuColumn("公务用车购置及运行维护费小计", "小计"), JiangsuColumn("公务用车购置费", "购置"),
                JiangsuColumn("公务用车运行维护费", "运行", "维护"), JiangsuColumn("公务接待费", "接待"),
                JiangsuColumn("会议费", "会议"), JiangsuColumn("培训费", "培训"),
            ]
        ),
        JiangsuTable(
            number: 10,
            title: "政府性基金预算财政拨款支出预算表",
            titles: [
                "政府性基金预算财政拨款支出预算表", "财政拨款政府性基金支出预算表", "政府性基金财政拨款支出预算表",
                "政府性基金支出预算表", "政府性基金预算支出预算表",
            ],
            layout: .coded,
            target: .governmentFundExpenditure,
            columns: [JiangsuColumn("金额")]
        ),
        JiangsuTable(
            number: 11,
            title: "一般公共预算机关运行经费支出预算表",
            titles: ["一般公共预算机关运行经费支出预算表"],
            layout: .coded,
            target: .generic,
            columns: [JiangsuColumn("机关运行经费支出")]
        ),
        JiangsuTable(
            number: 12,
            title: "政府采购支出预算表",
            titles: ["政府采购支出预算表", "政府采购预算表"],
            layout: .procurement,
            target: .generic,
            columns: [JiangsuColumn("总计")]
        ),
    ]
}
