import YusuanCore

/// The 决算 of one department-year, drawn around that year's budget (``YearFigures``: the amounts of the generated
/// budget document): every 项 spent at a drawn rate of its 年初预算, the economic 款 of 基本支出 scaled to the spending,
/// the “三公” items spent at most their budget, and the carry-overs. Drawn from a stream of the department and year
/// only, so the previous year's 决算 (whose figures the narrative compares with) is the same whoever asks.
struct FinalAccountFigures: Sendable {
    /// One 项: the 年初预算 and the 决算 by source.
    struct Line: Sendable {
        var code: String
        var budgetBasic: Cents
        var budgetProject: Cents
        var generalBasic: Cents
        var generalProject: Cents
        var fund: Cents
        var otherBasic: Cents
        /// The stated reason when the 决算 differs from the 年初预算.
        var reason: String
        /// What the 项 paid for (`主要用于：…`).
        var usage: String

        var budget: Cents { budgetBasic + budgetProject }
        var general: Cents { generalBasic + generalProject }
        var basic: Cents { generalBasic + otherBasic }
        var project: Cents { generalProject + fund }
        var total: Cents { basic + project }
    }

    var lines: [Line]
    /// 基本支出 of the general budget by economic 款, adding up to the lines' `generalBasic`.
    var economic: [(code: String, amount: Cents)]
    var threePublicBudget: YearlyThreePublic
    var threePublicActual: YearlyThreePublic
    var threePublicReason: String
    /// The other source of income: its column in 收入决算表 and what was received (its budget).
    var otherColumn: Int?
    var otherIncome: Cents
    /// 年初财政拨款结转和结余 (general budget; carried forward unchanged) and the other carry-over.
    var appropriationCarryOver: Cents
    var otherCarryOver: Cents
    /// The budget's projects, each self-evaluated (``SelfEvaluationBuilder``).
    var projects: [DocumentPlan.Project]
    var problemsFound: Int
    var problemsFixed: Int
    var procurementGoods: Cents
    var procurementWorks: Cents
    var procurementServices: Cents
    var vehicles: Int
    var costlyEquipment: Int

    var general: Cents { lines.reduce(0) { $0 + $1.general } }
    var generalBasic: Cents { lines.reduce(0) { $0 + $1.generalBasic } }
    var generalBudget: Cents { lines.reduce(0) { $0 + $1.budget } }
    var fund: Cents { lines.reduce(0) { $0 + $1.fund } }
    var otherSpent: Cents { lines.reduce(0) { $0 + $1.otherBasic } }
    var expenditure: Cents { general + fund + otherSpent }
    var income: Cents { general + fund + otherIncome }
    var carryOver: Cents { appropriationCarryOver + otherCarryOver }
    var carryForward: Cents { carryOver + income - expenditure }
    var grandTotal: Cents { carryOver + income }
    var appropriationTotal: Cents { general + fund + appropriationCarryOver }
    var personnel: Cents {
        economic.filter { EconomicClassification.isPersonnel($0.code) }.reduce(0) { $0 + $1.amount }
    }
    var publicUse: Cents { generalBasic - personnel }

    /// The 决算 of `department` in `year`.
    static func of(_ department: GeneratedDepartment, year: Int, seed: UInt64) -> FinalAccountFigures {
        let budget = YearFigures.of(department, year: year, seed: seed)
        var rng = YearFigures.stream(seed: seed ^ 0x51A7_E0C3_D2B4_9A61, department: department, year: year, purpose: 0)
        return make(budget: budget, department: department, rng: &rng)
    }

    private static func make(budget: YearFigures, department: GeneratedDepartment, rng: inout SplitMix64)
        -> FinalAccountFigures
    {
        var lines: [Line] = []
        for ledger in budget.ledger.lines {
            let basic =
                rng.chance(20) ? ledger.generalBasic : ledger.generalBasic * Cents(rng.int(in: 960...999)) / 1000
            let project: Cents
            switch rng.int(in: 0...99) {
            case 0..<20: project = ledger.generalProject
            case 20..<30: project = ledger.generalProject * Cents(rng.int(in: 1001...1060)) / 1000
            default: project = ledger.generalProject * Cents(rng.int(in: 800...999)) / 1000
            }
            let fund = ledger.fundProject * Cents(rng.int(in: 850...1000)) / 1000
            let other = ledger.otherBasic * Cents(rng.int(in: 950...1000)) / 1000
            let actual = basic + project
            let budgeted = ledger.general
            let reason =
                actual < budgeted
                ? rng.pick(FinalAccountTexts.lowerReasons)
                : actual > budgeted ? rng.pick(FinalAccountTexts.higherReasons) : ""
            lines.append(
                Line(
                    code: ledger.code,
                    budgetBasic: ledger.generalBasic,
                    budgetProject: ledger.generalProject,
                    generalBasic: basic,
                    generalProject: project,
                    fund: fund,
                    otherBasic: other,
                    reason: reason,
                    usage: ledger.generalProject > 0
                        ? rng.pick(FinalAccountTexts.projectUsages) : rng.pick(FinalAccountTexts.basicUsages)
                )
            )
        }
        let basicTotal = lines.reduce(0) { $0 + $1.generalBasic }
        let economic = scaled(budget.economic, to: basicTotal)
        let three = budget.threePublic
        func spent(_ amount: Cents) -> Cents { amount == 0 ? 0 : amount * Cents(rng.int(in: 550...1000)) / 1000 }
        let actualThree = YearlyThreePublic(
            abroad: spent(three.abroad),
            vehiclePurchase: spent(three.vehiclePurchase),
            vehicleOperation: spent(three.vehicleOperation),
            reception: spent(three.reception)
        )
        let projects = budget.projects
        let selfEvaluated = projects.count
        let found = rng.int(in: 0...max(0, selfEvaluated))
        return FinalAccountFigures(
            lines: lines,
            economic: economic,
            threePublicBudget: three,
            threePublicActual: actualThree,
            threePublicReason: rng.pick(FinalAccountTexts.threePublicReasons),
            otherColumn: budget.otherSource.map { otherColumn(of: $0.column) },
            otherIncome: budget.otherSource?.amount ?? 0,
            appropriationCarryOver: rng.chance(40) ? 0 : rng.share(of: basicTotal, percent: 0...3),
            otherCarryOver: budget.otherSource == nil ? 0 : rng.cents(in: 0...50_00),
            projects: projects,
            problemsFound: found,
            problemsFixed: rng.int(in: 0...found),
            procurementGoods: budget.procurementGoods * Cents(rng.int(in: 700...1000)) / 1000,
            procurementWorks: budget.procurementWorks * Cents(rng.int(in: 700...1000)) / 1000,
            procurementServices: budget.procurementServices * Cents(rng.int(in: 700...1000)) / 1000,
            vehicles: budget.vehicles,
            costlyEquipment: rng.chance(70) ? 0 : rng.int(in: 1...4)
        )
    }

    /// The economic 款 of the budget scaled to `total` (largest remainders), so that they add up to it exactly.
    static func scaled(_ items: [(code: String, amount: Cents)], to total: Cents) -> [(code: String, amount: Cents)] {
        let budget = items.reduce(0) { $0 + $1.amount }
        guard budget > 0 else { return items }
        var result = items.map { (code: $0.code, amount: $0.amount * total / budget) }
        var remainder = total - result.reduce(0) { $0 + $1.amount }
        let order = items.indices.sorted { items[$0].amount > items[$1].amount }
        var position = 0
        while remainder > 0 {
            result[order[position % order.count]].amount += 1
            remainder -= 1
            position += 1
        }
        return result
    }

    /// The column of 收入决算表 (上级补助收入 1 … 其他收入 6, after 本年收入合计) of a budget source column.
    private static func otherColumn(of sourceColumn: Int) -> Int {
        switch SourceBreakdownTable.standardSourceColumns[sourceColumn] {
        case "上级补助收入": 2
        case "事业收入": 3
        case "事业单位经营收入": 4
        case "附属单位上缴收入": 5
        default: 6
        }
    }
}
