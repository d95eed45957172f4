import Foundation
import YusuanCore

/// How one table of the Jiangsu template is rebuilt (docs/PDF.md, Jiangsu).
enum JiangsuTableLayout: Sendable {
    /// Three label/amount pairs side by side: 收入, 功能分类支出, 支出用途 (公开01表).
    case threePairs
    /// Sources grouped under merged cells (一般公共预算资金 → 小计, 公共财政拨款（补助）资金 …) with one amount (公开02表).
    case groupedItems
    /// Read by ``PDFTableReader`` with the spec's style (coded, two-sided, single row).
    case standard
    /// 政府采购支出预算表: 采购品目大类, 专项名称, 经济科目, 采购物品名称, 采购组织形式 and 总计 in merged cells (公开12表).
    case procurement
}

/// One of the twelve tables of the Jiangsu provincial 部门预算 (`公开01表` … `公开12表`).
struct JiangsuTable: Sendable {
    /// 1 … 12, as in the caption `公开01表`.
    var number: Int
    var spec: PDFTableSpec
    var layout: JiangsuTableLayout

    /// The caption as printed without spaces (`公开01表`).
    var caption: String { "公开" + (number < 10 ? "0" : "") + String(number) + "表" }
}

extension PDFProfile {
    /// The Jiangsu provincial 部门预算 (江苏省人民检察院 2019, corpus): twelve tables in 万元, each under a caption
    /// `公开NN表`, then the narrative (第三部分 … 情况说明).
    static let jiangsuProvincialBudget = PDFProfile(
        profile: .jiangsuProvincialBudget,
        kind: .budget,
        markers: ["公开01表"],
        tables: JiangsuTable.all.map(\.spec),
        endMarkers: ["第三部分"]
    )
}

extension JiangsuTable {
    private static func coded(
        _ identifier: String,
        _ title: String,
        _ target: PDFTableSpec.Target,
        column: PDFTableSpec.Column
    )
        -> PDFTableSpec
    {
        PDFTableSpec(identifier: identifier, titleSuffix: title, style: .coded, target: target, columns: [column])
    }

    /// The twelve tables in published order.
    static let all: [JiangsuTable] = [
        JiangsuTable(
            number: 1,
            spec: PDFTableSpec(
                identifier: "jiangsu-01",
                titleSuffix: "收支预算总表",
                style: .twoSided,
                target: .generic("jiangsu-01"),
                columns: [
                    .init("收入金额", "金额", occurrence: 0), .init("功能分类金额", "金额", occurrence: 1),
                    .init("支出用途金额", "金额", occurrence: 2),
                ]
            ),
            layout: .threePairs
        ),
        JiangsuTable(
            number: 2,
            spec: PDFTableSpec(
                identifier: "jiangsu-02",
                titleSuffix: "收入预算总表",
                style: .coded,
                target: .generic("jiangsu-02"),
                columns: [.init("金额")]
            ),
            layout: .groupedItems
        ),
        JiangsuTable(
            number: 3,
            spec: PDFTableSpec(
                identifier: "jiangsu-03",
                titleSuffix: "支出预算总表",
                style: .singleRow,
                target: .generic("jiangsu-03"),
                columns: [.init("合计"), .init("基本支出"), .init("项目支出"), .init("单位预留机动经费"), .init("结转下年资金")]
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 4,
            spec: PDFTableSpec(
                identifier: "jiangsu-04",
                titleSuffix: "财政拨款收支预算总表",
                style: .twoSided,
                target: .generic("jiangsu-04"),
                columns: [.init("收入金额", "金额", occurrence: 0), .init("支出金额", "金额", occurrence: 1, right: true)]
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 5,
            spec: coded("jiangsu-05", "财政拨款支出预算表（功能科目）", .generic("jiangsu-05"), column: .init("金额")),
            layout: .standard
        ),
        JiangsuTable(
            number: 6,
            spec: coded("jiangsu-06", "财政拨款基本支出预算表（经济科目）", .generic("jiangsu-06"), column: .init("金额")),
            layout: .standard
        ),
        JiangsuTable(
            number: 7,
            spec: coded(
                TableKind.generalBudgetExpenditure.identifier,
                "一般公共预算支出预算表（功能科目）",
                .generalBudgetExpenditure,
                column: .init("合计", "金额")
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 8,
            spec: coded(
                TableKind.generalBudgetBasicExpenditure.identifier,
                "一般公共预算基本支出预算表（经济科目）",
                .generalBudgetBasicExpenditure,
                column: .init("合计", "金额")
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 9,
            spec: PDFTableSpec(
                identifier: TableKind.threePublicExpenditure.identifier,
                titleSuffix: "“三公”经费、会议费、培训费支出预算表",
                style: .singleRow,
                target: .threePublic,
                columns: [
                    .init("合计"), .init("“三公”经费小计", "小计", occurrence: 0), .init("因公出国（境）费", "因公出"),
                    .init("公务用车购置及运行维护费小计", "小计", occurrence: 1), .init("公务用车购置费", "公务用车购"),
                    .init("公务用车运行维护费", "公务用车运"), .init("公务接待费", "公务接"), .init("会议费"), .init("培训费"),
                ]
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 10,
            spec: coded(
                TableKind.governmentFundExpenditure.identifier,
                "政府性基金预算财政拨款支出预算表",
                .governmentFundExpenditure,
                column: .init("合计", "金")
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 11,
            spec: coded(
                "jiangsu-11",
                "一般公共预算机关运行经费支出预算表",
                .generic("jiangsu-11"),
                column: .init("机关运行经费支出")
            ),
            layout: .standard
        ),
        JiangsuTable(
            number: 12,
            spec: PDFTableSpec(
                identifier: "jiangsu-12",
                titleSuffix: "政府采购支出预算表",
                style: .coded,
                target: .generic("jiangsu-12"),
                columns: [.init("总计")]
            ),
            layout: .procurement
        ),
    ]
}
