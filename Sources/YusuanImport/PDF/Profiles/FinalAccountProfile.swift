import YusuanCore

extension PDFProfile {
    /// The national 部门决算 template: nine tables in 万元 (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表).
    /// Read by ``FinalAccountTableReader``; 一般公共预算财政拨款支出决算表 fills `generalBudgetExpenditure`, the other
    /// eight tables are ``GenericTable``s (their columns do not match a Chongqing table). See docs/PDF.md.
    ///
    /// Titles are matched by suffix, so the more specific ones come first (`财政拨款收入支出决算总表` before
    /// `收入支出决算总表`, `…基本支出决算表` before `支出决算表`).
    static let nationalFinalAccount = PDFProfile(
        profile: .nationalFinalAccount,
        kind: .finalAccount,
        markers: ["收入支出决算总表"],
        tables: [
            PDFTableSpec(
                identifier: "final-financial-summary",
                titleSuffix: "财政拨款收入支出决算总表",
                style: .finalTwoSided,
                target: .generic("final-financial-summary"),
                columns: [
                    .init("决算数"), .init("合计", right: true), .init("一般公共预算财政拨款", "一般公共预算", right: true),
                    .init("政府性基金预算财政拨款", "政府性基金", right: true),
                    .init("国有资本经营预算财政拨款", "国有资本经营", right: true),
                ]
            ),
            PDFTableSpec(
                identifier: "final-summary",
                titleSuffix: "收入支出决算总表",
                style: .finalTwoSided,
                target: .generic("final-summary"),
                columns: [.init("决算数", occurrence: 0), .init("决算数", occurrence: 1, right: true)]
            ),
            PDFTableSpec(
                identifier: "final-government-fund",
                titleSuffix: "政府性基金预算财政拨款收入支出决算表",
                style: .finalCoded,
                target: .generic("final-government-fund"),
                columns: FinalAccountColumns.fundTable
            ),
            PDFTableSpec(
                identifier: "final-state-capital",
                titleSuffix: "国有资本经营预算财政拨款收入支出决算表",
                style: .finalCoded,
                target: .generic("final-state-capital"),
                columns: FinalAccountColumns.fundTable
            ),
            PDFTableSpec(
                identifier: "final-basic-expenditure",
                titleSuffix: "一般公共预算财政拨款基本支出决算表",
                style: .finalSideBySide,
                target: .generic("final-basic-expenditure"),
                columns: [.init("人员经费", "决算数", occurrence: 0), .init("公用经费", "决算数", occurrence: 1, right: true)]
            ),
            PDFTableSpec(
                identifier: "general-budget-expenditure",
                titleSuffix: "一般公共预算财政拨款支出决算表",
                style: .finalCoded,
                target: .generalBudgetExpenditure,
                columns: [.init("合计"), .init("基本支出"), .init("项目支出")]
            ),
            PDFTableSpec(
                identifier: "final-three-public",
                titleSuffix: "经费支出决算表",
                style: .finalBudgetAndActual,
                target: .generic("final-three-public"),
                columns: FinalAccountColumns.threePublic
            ),
            PDFTableSpec(
                identifier: "final-income",
                titleSuffix: "收入决算表",
                style: .finalCoded,
                target: .generic("final-income"),
                columns: [
                    .init("本年收入合计", "本年收入"), .init("财政拨款收入", "财政拨款"), .init("上级补助收入", "上级补助"),
                    .init("事业收入", "事业收"), .init("经营收入", "经营收"), .init("附属单位上缴收入", "附属"),
                    .init("其他收入", "其他收"),
                ]
            ),
            PDFTableSpec(
                identifier: "final-expenditure",
                titleSuffix: "支出决算表",
                style: .finalCoded,
                target: .generic("final-expenditure"),
                columns: [
                    .init("本年支出合计", "本年支出"), .init("基本支出"), .init("项目支出", "项目支"),
                    .init("上缴上级支出", "上缴上级"), .init("经营支出", "经营支"), .init("对附属单位补助支出", "对附属"),
                ]
            ),
        ],
        endMarkers: ["部门决算情况说明", "部门决算情况", "收入支出决算总体情况说明"]
    )
}

/// Column sets shared by several 部门决算 tables.
enum FinalAccountColumns {
    /// 政府性基金 / 国有资本经营 收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计, 基本, 项目), 年末结转和结余.
    static let fundTable: [PDFTableSpec.Column] = [
        .init("年初结转和结余", "年初结转"), .init("本年收入"), .init("本年支出小计", "小计"), .init("基本支出"),
        .init("项目支出"), .init("年末结转和结余", "年末结转"),
    ]

    /// The six “三公” groups, each with 预算数 and 决算数 (12 columns, left to right).
    static let threePublicGroups = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]

    static let threePublic: [PDFTableSpec.Column] = threePublicGroups.flatMap { group in
        [PDFTableSpec.Column(group + "预算数", "预算数"), PDFTableSpec.Column(group + "决算数", "决算数")]
    }
}
