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
            [
                .financialSummary, .generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure,
                .governmentFundExpenditure, .departmentSummary, .departmentIncome, .departmentExpenditure,
                .procurement,
            ]
        case .nationalFinalAccount:
            [.generalBudgetExpenditure, .generalBudgetBasicExpenditure, .threePublicExpenditure]
        }
    }
}
