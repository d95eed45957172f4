import YusuanCore

extension PDFProfile {
    /// The national 部门决算 template: nine tables in 万元 (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表),
    /// built by ``FinalAccountBuilder``: each table is recognised by the words of its title
    /// (``FinalAccountTableKind``) and read by ``FinalAccountTableReader``; 一般公共预算财政拨款支出决算表 fills
    /// `generalBudgetExpenditure`, the other eight tables are ``GenericTable``s (their columns do not match a Chongqing
    /// table). See docs/PDF.md.
    static let nationalFinalAccount = PDFProfile(
        profile: .nationalFinalAccount,
        kind: .finalAccount,
        // Any of the tables' titles: a document may lack some (rule F6 reports them).
        markers: ["收入支出决算总表", "收支决算总表", "收入决算表", "支出决算表"],
        // The national titles, the more specific first for a reader that matches titles by suffix
        // (`财政拨款收入支出决算总表` before `收入支出决算总表`, `…基本支出决算表` before `支出决算表`).
        tables: [
            FinalAccountTableKind.financialSummary, .summary, .governmentFund, .stateCapital, .basicExpenditure,
            .generalBudgetExpenditure, .threePublic, .income, .expenditure,
        ].map { $0.spec(header: "年初结转和结余") },
        endMarkers: ["部门决算情况说明", "部门决算情况", "收入支出决算总体情况说明"]
    )
}

/// The column sets of the 部门决算 tables. A keyword may list alternatives (`小计|合计`): the first found in the
/// header marks the column.
enum FinalAccountColumns {
    static let summary: [PDFTableSpec.Column] = [
        .init("决算数", occurrence: 0), .init("决算数", occurrence: 1, right: true),
    ]

    static let income: [PDFTableSpec.Column] = [
        .init("本年收入合计", "本年收入"), .init("财政拨款收入", "财政拨款"), .init("上级补助收入", "上级补助"),
        .init("事业收入", "事业收"), .init("经营收入", "经营收"), .init("附属单位上缴收入", "附属"),
        .init("其他收入", "其他收"),
    ]

    static let expenditure: [PDFTableSpec.Column] = [
        .init("本年支出合计", "本年支出"), .init("基本支出"), .init("项目支出", "项目支"),
        .init("上缴上级支出", "上缴上级"), .init("经营支出", "经营支"), .init("对附属单位补助支出", "对附属"),
    ]

    static let financialSummary: [PDFTableSpec.Column] = [
        .init("决算数"), .init("合计", right: true), .init("一般公共预算财政拨款", "一般公共预算|一般公共", right: true),
        .init("政府性基金预算财政拨款", "政府性基金|政府性基", right: true),
        .init("国有资本经营预算财政拨款", "国有资本经营|国有资本", right: true),
    ]

    /// 合计, 基本支出, 项目支出 (一般公共预算财政拨款支出决算表, and fund tables printed without carry-over columns).
    static let expenditureSplit: [PDFTableSpec.Column] = [.init("合计"), .init("基本支出"), .init("项目支出")]

    /// The two side-by-side economic tables: 人员经费 (left), 公用经费 (right), one 决算数 each.
    static let basic: [PDFTableSpec.Column] = [
        .init("人员经费", "决算数", occurrence: 0), .init("公用经费", "决算数", occurrence: 1, right: true),
    ]

    /// 政府性基金 / 国有资本经营 收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计, 基本, 项目), 年末结转和结余. The
    /// 小计 under 本年支出 is printed `合计` in some documents.
    static let fundTable: [PDFTableSpec.Column] = [
        .init("年初结转和结余", "年初结转|年初"), .init("本年收入"), .init("本年支出小计", "小计|合计"), .init("基本支出"),
        .init("项目支出"), .init("年末结转和结余", "年末结转|年末"),
    ]

    /// The six “三公” groups, each with 预算数 and 决算数 (12 columns, left to right).
    static let threePublicGroups = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]

    static let threePublic: [PDFTableSpec.Column] = threePublicGroups.flatMap { group in
        [PDFTableSpec.Column(group + "预算数", "预算数"), PDFTableSpec.Column(group + "决算数", "决算数")]
    }
}
