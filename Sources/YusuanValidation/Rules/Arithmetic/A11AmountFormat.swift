import YusuanCore

/// A11: amounts in 万元 carry at most two decimals, and no budget amount is negative.
public struct A11AmountFormat: ValidationRule {
    public static let id = "A11"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        let maximumScale = 2
        // Most documents have no such amount: look at every amount of the tables first (a superset of the cells
        // below) and describe the cells only when one is negative or too precise.
        guard Self.anyAmount(in: context.tables, where: { $0.isNegative || $0.scale > maximumScale }) else {
            return reporter.outcome
        }
        for cell in AmountCells.all(in: context.tables, followsTemplate: context.isChongqingTemplate) {
            guard let amount = cell.amount else { continue }
            if amount.isNegative {
                reporter.report(
                    LocalizedText(
                        zh: "\(cell.describe.zh)为负数 \(amount.plainText)。预算金额不能为负，请核对。",
                        en: "\(cell.describe.en) is negative (\(amount.plainText)). A budget amount cannot be "
                            + "negative: check it."
                    ),
                    at: cell.location,
                    actual: amount
                )
            }
            if amount.scale > maximumScale {
                reporter.report(
                    LocalizedText(
                        zh: "\(cell.describe.zh)为 \(amount.plainText)，小数超过两位。万元金额应保留两位小数。",
                        en: "\(cell.describe.en) is \(amount.plainText), with more than two decimals. Amounts "
                            + "in 万元 are published with two decimals."
                    ),
                    at: cell.location,
                    severity: .warning,
                    actual: amount
                )
            }
        }
        return reporter.outcome
    }

    /// Whether any amount of 表一–表十一 (every column of every row, weights included) satisfies `test`.
    ///
    /// The columns are read field by field: the tables' `columns` accessors would make an array per row.
    static func anyAmount(in tables: DisclosureTables, where test: (Amount) -> Bool) -> Bool {
        func check(_ amounts: [Amount?]) -> Bool { amounts.contains { $0.map(test) ?? false } }
        func check(_ amount: Amount?) -> Bool { amount.map(test) ?? false }
        func check(_ split: ExpenditureSplit) -> Bool {
            check(split.total) || check(split.basic) || check(split.project)
        }
        func check(_ row: EconomicRow) -> Bool { check(row.total) || check(row.personnel) || check(row.publicUse) }
        func check(_ split: FundSplit) -> Bool {
            check(split.total) || check(split.generalBudget) || check(split.governmentFund) || check(split.stateCapital)
        }
        if let table = tables.financialSummary {
            for line in table.lines where check(line.incomeAmount) || check(line.expenditure) { return true }
        }
        for table in [tables.generalBudgetExpenditure, tables.governmentFundExpenditure, tables.departmentExpenditure] {
            guard let table else { continue }
            if let total = table.totalRow, check(total.amounts) { return true }
            for row in table.rows where check(row.amounts) { return true }
        }
        if let table = tables.generalBudgetBasicExpenditure {
            if let total = table.totalRow, check(total) { return true }
            for row in table.rows where check(row) { return true }
        }
        if let table = tables.threePublicExpenditure {
            let amounts = table.amounts
            if check(amounts.total) || check(amounts.abroad) || check(amounts.vehicleSubtotal)
                || check(amounts.vehiclePurchase) || check(amounts.vehicleOperation) || check(amounts.reception)
            {
                return true
            }
        }
        if let table = tables.departmentSummary {
            for line in table.lines where check(line.incomeAmount) || check(line.expenditureAmount) { return true }
        }
        for table in [tables.departmentIncome, tables.procurement] {
            guard let table else { continue }
            if let total = table.totalRow, check(total.total) || check(total.sources) { return true }
            for row in table.rows where check(row.total) || check(row.sources) { return true }
        }
        if let table = tables.overallPerformance {
            if check(table.budget) || table.indicators.contains(where: { check($0.weight) }) { return true }
        }
        for project in tables.projectPerformance {
            if check(project.budget) || project.indicators.contains(where: { check($0.weight) }) { return true }
        }
        return false
    }
}
