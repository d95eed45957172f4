import YusuanCore

/// The coded views of a document's tables, built once per document (``ValidationContext/index``) and shared by
/// every rule that reads them.
struct DocumentIndex: Sendable {
    /// 表二.
    let generalBudgetView: CodedTableView?
    /// 表三.
    let economicView: CodedTableView?
    /// 表五.
    let governmentFundView: CodedTableView?
    /// 表七.
    let departmentIncomeView: CodedTableView?
    /// 表八.
    let departmentExpenditureView: CodedTableView?
    /// 表九 as a coded table.
    let procurementView: CodedTableView?
    /// 表二, 表三, 表五, 表七 and 表八 as coded tables (those present).
    let classifiedTables: [CodedTableView]
    /// The function-classified tables (表二, 表五, 表七, 表八).
    let functionTables: [CodedTableView]
    /// 表十 and every 表十一.
    let performanceTables: [PerformanceTableView]
    /// 表一's items and sections.
    let financialSummary: FinancialSummarySections?

    /// The views of `tables`; `followsTemplate` (the document follows the Chongqing district template) names them as
    /// ``TableName`` does.
    init(_ tables: borrowing DisclosureTables, followsTemplate: Bool = true) {
        let template = followsTemplate
        generalBudgetView = tables.generalBudgetExpenditure.map {
            CodedTableView(.generalBudgetExpenditure, function: $0, followsTemplate: template)
        }
        economicView = tables.generalBudgetBasicExpenditure.map {
            CodedTableView(economic: $0, followsTemplate: template)
        }
        governmentFundView = tables.governmentFundExpenditure.map {
            CodedTableView(.governmentFundExpenditure, function: $0, followsTemplate: template)
        }
        departmentIncomeView = tables.departmentIncome.map {
            CodedTableView(.departmentIncome, sources: $0, system: .function, followsTemplate: template)
        }
        departmentExpenditureView = tables.departmentExpenditure.map {
            CodedTableView(.departmentExpenditure, function: $0, followsTemplate: template)
        }
        procurementView = tables.procurement.map {
            CodedTableView(.procurement, sources: $0, system: nil, followsTemplate: template)
        }
        classifiedTables = [
            generalBudgetView, economicView, governmentFundView, departmentIncomeView, departmentExpenditureView,
        ].compactMap { $0 }
        functionTables = classifiedTables.filter { $0.system == .function }
        performanceTables = PerformanceTableView.all(in: tables, followsTemplate: template)
        financialSummary = tables.financialSummary.map(FinancialSummarySections.init)
    }

    /// The view of 表二, 表五 or 表八 (the function-classified expenditure tables).
    func functionView(_ kind: TableKind) -> CodedTableView? {
        switch kind {
        case .generalBudgetExpenditure: generalBudgetView
        case .governmentFundExpenditure: governmentFundView
        case .departmentExpenditure: departmentExpenditureView
        default: nil
        }
    }
}

extension ValidationContext {
    /// 表二, 表三, 表五, 表七 and 表八 as coded tables (those present).
    var classifiedTables: [CodedTableView] { index.classifiedTables }

    /// The function-classified tables (表二, 表五, 表七, 表八).
    var functionTables: [CodedTableView] { index.functionTables }

    /// 表九 as a coded table.
    var procurementView: CodedTableView? { index.procurementView }

    /// The document's 表二, 表五 or 表八 as a coded table (the view built once per document).
    func codedView(_ kind: TableKind, function table: FunctionExpenditureTable) -> CodedTableView {
        index.functionView(kind) ?? CodedTableView(kind, function: table, followsTemplate: isChongqingTemplate)
    }

    /// The document's 表三 as a coded table (the view built once per document).
    func codedView(economic table: EconomicExpenditureTable) -> CodedTableView {
        index.economicView ?? CodedTableView(economic: table, followsTemplate: isChongqingTemplate)
    }

    /// The document's 表七 or 表九 as a coded table (the view built once per document).
    func codedView(_ kind: TableKind, sources table: SourceBreakdownTable, system: ClassificationSystem?)
        -> CodedTableView
    {
        let built = kind == .departmentIncome ? index.departmentIncomeView : index.procurementView
        if let built, built.kind == kind, built.system == system { return built }
        return CodedTableView(kind, sources: table, system: system, followsTemplate: isChongqingTemplate)
    }
}
