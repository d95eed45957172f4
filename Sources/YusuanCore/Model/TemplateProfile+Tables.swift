extension TemplateProfile {
    /// The typed tables (``TableKind``) a document of this template publishes; the template's other tables are
    /// ``GenericTable``s.
    public var expectedTables: Set<TableKind> {
        switch self {
        case .chongqingDistrictBudget:
            Set(TableKind.allCases)
        case .shanghaiDistrictBudget:
            [
                .financialSummary, .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
                .governmentFundExpenditure, .departmentSummary, .departmentIncome, .departmentExpenditure,
            ]
        case .jiangsuProvincialBudget:
            // 公开07–10表; the other eight (收支预算总表 with 支出用途, 收入预算总表 by source, 支出预算总表 with 单位预留机动经费,
            // 政府采购 by project and item, …) do not match a typed table: they are GenericTables `jiangsu-NN`, required
            // by rule JS-R1 (docs/PDF.md).
            [
                .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
                .governmentFundExpenditure,
            ]
        case .nationalBudget:
            // The eight tables of 财预〔2016〕143号 (DOMAIN §1.2); cities add 项目支出, 政府采购, 绩效目标 tables, which are
            // GenericTables.
            [
                .departmentSummary, .departmentIncome, .departmentExpenditure, .financialSummary,
                .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
                .governmentFundExpenditure,
            ]
        case .nationalFinalAccount:
            // The other eight 决算 tables (economic 基本支出 with 人员经费/公用经费 sides, “三公” with 预算数/决算数, …) do not
            // match a typed table: they are GenericTables, required by rule F6 (docs/PDF.md).
            [.generalBudgetExpenditure]
        }
    }
}
