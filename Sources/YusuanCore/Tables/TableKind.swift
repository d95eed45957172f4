/// The eleven tables of the Chongqing template, in their published order.
public enum TableKind: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case financialSummary = 1
    case generalBudgetExpenditure
    case generalBudgetBasicExpenditure
    case threePublicExpenditure
    case governmentFundExpenditure
    case departmentSummary
    case departmentIncome
    case departmentExpenditure
    case procurement
    case overallPerformance
    case projectPerformance

    /// The caption numeral: `表一` … `表十一`.
    public var caption: String { "表" + TableKind.numerals[rawValue - 1] }

    /// The stable English identifier used in JSON, reports and URLs.
    public var identifier: String {
        switch self {
        case .financialSummary: "financial-summary"
        case .generalBudgetExpenditure: "general-budget-expenditure"
        case .generalBudgetBasicExpenditure: "general-budget-basic-expenditure"
        case .threePublicExpenditure: "three-public-expenditure"
        case .governmentFundExpenditure: "government-fund-expenditure"
        case .departmentSummary: "department-summary"
        case .departmentIncome: "department-income"
        case .departmentExpenditure: "department-expenditure"
        case .procurement: "procurement"
        case .overallPerformance: "overall-performance"
        case .projectPerformance: "project-performance"
        }
    }

    /// The Chinese name of the table, as it ends the title line.
    public var chineseName: String {
        switch self {
        case .financialSummary: "财政拨款收支总表"
        case .generalBudgetExpenditure: "一般公共预算财政拨款支出预算表"
        case .generalBudgetBasicExpenditure: "一般公共预算财政拨款基本支出预算表"
        case .threePublicExpenditure: "一般公共预算“三公”经费支出表"
        case .governmentFundExpenditure: "政府性基金预算支出表"
        case .departmentSummary: "部门收支总表"
        case .departmentIncome: "部门收入总表"
        case .departmentExpenditure: "部门支出总表"
        case .procurement: "政府采购预算明细表"
        case .overallPerformance: "部门（单位）整体绩效目标表"
        case .projectPerformance: "项目绩效目标表（一级项目）"
        }
    }

    /// The English name of the table.
    public var englishName: String {
        switch self {
        case .financialSummary: "Summary of fiscal appropriations"
        case .generalBudgetExpenditure: "General budget expenditure by function"
        case .generalBudgetBasicExpenditure: "General budget basic expenditure by economic class"
        case .threePublicExpenditure: "\"Three public\" expenditure"
        case .governmentFundExpenditure: "Government fund expenditure"
        case .departmentSummary: "Department income and expenditure summary"
        case .departmentIncome: "Department income"
        case .departmentExpenditure: "Department expenditure"
        case .procurement: "Government procurement"
        case .overallPerformance: "Overall performance targets"
        case .projectPerformance: "Project performance targets"
        }
    }

    /// Recognises the table from its caption numeral (`表三` → ``generalBudgetBasicExpenditure``).
    public init?(caption: some StringProtocol) {
        guard caption.hasPrefix("表") else { return nil }
        let numeral = caption.dropFirst()
        guard let index = TableKind.numerals.firstIndex(where: { $0 == numeral }) else { return nil }
        self.init(rawValue: index + 1)
    }

    public static func < (left: TableKind, right: TableKind) -> Bool { left.rawValue < right.rawValue }

    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
}
