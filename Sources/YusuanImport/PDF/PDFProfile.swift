import YusuanCore

/// What the PDF importer knows about a template: how to recognise it and its tables.
struct PDFProfile: Sendable {
    var profile: TemplateProfile
    var kind: DocumentKind
    /// Compact texts (no spaces) of which one must occur in the document.
    var markers: [String]
    var tables: [PDFTableSpec]
    /// Narrative headings after which no table row can follow (the end of the last table).
    var endMarkers: [String]

    /// The profiles the PDF importer can read, most specific first.
    static let all: [PDFProfile] = [shanghaiDistrictBudget, nationalFinalAccount]

    /// The profile of a document, from its text.
    static func detect(_ lines: [PDFLine]) -> PDFProfile? {
        let text = lines.prefix(4000).map(\.compact).joined(separator: "\n")
        return all.first { profile in profile.markers.contains { text.contains($0) } }
    }

    /// The Shanghai district 部门预算: nine tables in 元, the “三公” table in 万元 (DOMAIN: corpus README).
    static let shanghaiDistrictBudget = PDFProfile(
        profile: .shanghaiDistrictBudget,
        kind: .budget,
        markers: ["部门财务收支预算总表"],
        tables: [
            PDFTableSpec(
                identifier: "department-summary",
                titleSuffix: "部门财务收支预算总表",
                style: .twoSided,
                target: .departmentSummary,
                columns: [.init("预算数", occurrence: 0), .init("预算数", occurrence: 1, right: true)]
            ),
            PDFTableSpec(
                identifier: "department-income",
                titleSuffix: "部门收入预算总表",
                style: .coded,
                target: .departmentIncome,
                columns: [
                    .init("合计"), .init("财政拨款收入"), .init("事业收入"), .init("事业单位经营收入", "经营收入"),
                    .init("其他收入"),
                ]
            ),
            PDFTableSpec(
                identifier: "department-expenditure",
                titleSuffix: "部门支出预算总表",
                style: .coded,
                target: .departmentExpenditure,
                columns: [.init("合计"), .init("基本支出"), .init("项目支出")]
            ),
            PDFTableSpec(
                identifier: "financial-summary",
                titleSuffix: "部门财政拨款收支预算总表",
                style: .twoSided,
                target: .financialSummary,
                columns: [
                    .init("预算数"), .init("合计", right: true), .init("一般公共预算", right: true),
                    .init("政府性基金预算", right: true), .init("国有资本经营预算", right: true),
                ]
            ),
            PDFTableSpec(
                identifier: "general-budget-expenditure",
                titleSuffix: "一般公共预算支出功能分类预算表",
                style: .coded,
                target: .generalBudgetExpenditure,
                columns: [.init("合计"), .init("基本支出"), .init("项目支出")]
            ),
            PDFTableSpec(
                identifier: "government-fund-expenditure",
                titleSuffix: "政府性基金预算支出功能分类预算表",
                style: .coded,
                target: .governmentFundExpenditure,
                columns: [.init("合计"), .init("基本支出"), .init("项目支出")]
            ),
            PDFTableSpec(
                identifier: "state-capital-expenditure",
                titleSuffix: "国有资本经营预算支出功能分类预算表",
                style: .coded,
                target: .generic("state-capital-expenditure"),
                columns: [.init("合计"), .init("基本支出"), .init("项目支出")]
            ),
            PDFTableSpec(
                identifier: "general-budget-basic-expenditure",
                titleSuffix: "经济分类预算表",
                style: .coded,
                target: .generalBudgetBasicExpenditure,
                columns: [.init("合计"), .init("人员经费"), .init("公用经费")]
            ),
            PDFTableSpec(
                identifier: "three-public-expenditure",
                titleSuffix: "经费和机关运行经费预算表",
                style: .singleRow,
                target: .threePublic,
                columns: [
                    .init("合计"), .init("因公出国（境）费", "出国"), .init("公务用车购置及运行费小计", "小计"),
                    .init("公务用车购置费", "购置费"), .init("公务用车运行费", "运行费"), .init("公务接待费", "接待费"),
                    .init("机关运行经费", "机关运行经费"),
                ]
            ),
        ],
        endMarkers: ["其他相关情况说明", "项目经费情况说明"]
    )
}
