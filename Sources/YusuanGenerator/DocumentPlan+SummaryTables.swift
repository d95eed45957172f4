import YusuanCore

extension DocumentPlan {
    /// 表一: 财政拨款 income by fund beside expenditure by 类 (一般公共预算 + 政府性基金).
    func financialSummary() -> FinancialSummaryTable {
        let general = ledger.sum(\.general)
        let fund = ledger.sum(\.fundProject)
        func split(_ prefix: String) -> FundSplit {
            let generalPart = ledger.sum(\.general, under: prefix)
            let fundPart = ledger.sum(\.fundProject, under: prefix)
            return FundSplit(
                total: .blankIfZero(generalPart + fundPart),
                generalBudget: .blankIfZero(generalPart),
                governmentFund: .blankIfZero(fundPart),
                stateCapital: nil
            )
        }
        let blank = FundSplit(total: nil, generalBudget: nil, governmentFund: nil, stateCapital: nil)
        let classes = ledger.categories(where: \.financialAppropriation)
        let incomeLabels: [(String, Amount?)] = [
            ("一般公共预算资金", .blankIfZero(general)), ("政府性基金预算资金", .blankIfZero(fund)), ("国有资本经营预算资金", nil),
        ]
        var lines = [
            FinancialSummaryLine(
                incomeLabel: "一、本年收入",
                incomeAmount: .cents(general + fund),
                expenditureLabel: "一、本年支出",
                expenditure: split("")
            )
        ]
        for index in 0..<max(incomeLabels.count, classes.count) {
            let income = index < incomeLabels.count ? incomeLabels[index] : ("", nil)
            let category = index < classes.count ? classes[index] : nil
            lines.append(
                FinancialSummaryLine(
                    incomeLabel: income.0,
                    incomeAmount: income.1,
                    expenditureLabel: category.map(FunctionClassification.name(of:)) ?? "",
                    expenditure: category.map(split) ?? blank
                )
            )
        }
        lines.append(
            FinancialSummaryLine(
                incomeLabel: "二、上年结转",
                incomeAmount: nil,
                expenditureLabel: "二、结转下年",
                expenditure: blank
            )
        )
        for label in ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营收入"] {
            lines.append(
                FinancialSummaryLine(incomeLabel: label, incomeAmount: nil, expenditureLabel: "", expenditure: blank)
            )
        }
        lines.append(
            FinancialSummaryLine(
                incomeLabel: "收入合计",
                incomeAmount: .cents(general + fund),
                expenditureLabel: "支出合计",
                expenditure: split("")
            )
        )
        return FinancialSummaryTable(header: header(.financialSummary), lines: lines)
    }

    /// The 表六 income labels, in the order of ``SourceBreakdownTable/standardSourceColumns``.
    static let summaryIncomeLabels = [
        "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "财政专户管理资金", "事业收入资金", "上级补助收入资金",
        "附属单位上缴收入资金", "事业单位经营收入资金", "其他收入资金",
    ]

    /// The amount of each standard source column over the lines under `prefix`.
    func sourceAmounts(under prefix: String) -> [Cents] {
        var sources = [Cents](repeating: 0, count: SourceBreakdownTable.standardSourceColumns.count)
        sources[0] = ledger.sum(\.general, under: prefix)
        sources[1] = ledger.sum(\.fundProject, under: prefix)
        if let other = otherSource { sources[other.column] += ledger.sum(\.otherBasic, under: prefix) }
        return sources
    }

    /// 表六: all income by source beside all expenditure by 类.
    func departmentSummary() -> DepartmentSummaryTable {
        let total = ledger.sum(\.total)
        let sources = sourceAmounts(under: "")
        let classes = ledger.categories(where: \.total)
        var lines = [
            DepartmentSummaryLine(
                incomeLabel: "合计",
                incomeAmount: .cents(total),
                expenditureLabel: "合计",
                expenditureAmount: .cents(total)
            )
        ]
        for index in 0..<max(Self.summaryIncomeLabels.count, classes.count) {
            let category = index < classes.count ? classes[index] : nil
            let hasIncome = index < Self.summaryIncomeLabels.count
            lines.append(
                DepartmentSummaryLine(
                    incomeLabel: hasIncome ? Self.summaryIncomeLabels[index] : "",
                    incomeAmount: hasIncome ? .blankIfZero(sources[index]) : nil,
                    expenditureLabel: category.map(FunctionClassification.name(of:)) ?? "",
                    expenditureAmount: category.map { .cents(ledger.sum(\.total, under: $0)) }
                )
            )
        }
        return DepartmentSummaryTable(header: header(.departmentSummary), lines: lines)
    }

    /// 表七: income by function code and source.
    func departmentIncome() -> SourceBreakdownTable {
        func row(_ code: String, _ name: String) -> SourceBreakdownRow {
            SourceBreakdownRow(
                code: code,
                name: name,
                total: .blankIfZero(ledger.sum(\.total, under: code)),
                sources: sourceAmounts(under: code).map(Amount.blankIfZero)
            )
        }
        let rows = ledger.hierarchy(where: \.total).map { row($0, FunctionClassification.name(of: $0)) }
        return SourceBreakdownTable(
            header: header(.departmentIncome),
            sourceColumns: SourceBreakdownTable.standardSourceColumns,
            totalRow: row("", "合计"),
            rows: rows
        )
    }

    /// 表十: the department's overall targets; budget = 表八 合计.
    func overallPerformance() -> OverallPerformanceTable {
        OverallPerformanceTable(
            header: header(.overallPerformance),
            departmentLabel: qualifiedName,
            budget: .cents(ledger.sum(\.total)),
            goal: overallGoal,
            indicators: overallIndicators
        )
    }

    /// 表十一, one per project.
    func projectTables() -> [ProjectPerformanceTable] {
        projects.enumerated().map { index, project in
            ProjectPerformanceTable(
                header: header(.projectPerformance, caption: index == 0 || style.repeatsProjectCaption),
                compilingUnit: qualifiedName,
                name: project.name,
                department: qualifiedName,
                budget: .cents(project.budget),
                overview: project.overview,
                basis: project.basis,
                goal: project.goal,
                indicators: project.indicators
            )
        }
    }
}

extension LedgerLine {
    /// 财政拨款: 一般公共预算 + 政府性基金预算.
    var financialAppropriation: Cents { general + fundProject }
}
