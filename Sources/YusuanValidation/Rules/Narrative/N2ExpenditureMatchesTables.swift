import YusuanCore

/// N2: the narrative's 支出预算 total equals 表八 合计, each function class named equals the 表八 类 row, and
/// the classes add up to the total.
public struct N2ExpenditureMatchesTables: ValidationRule {
    public static let id = "N2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let expenditure = context.facts.expenditure else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述支出预算。", en: "The narrative states no expenditure budget.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        let location = FindingLocation.narrative(expenditure.sentence)
        let subject = Describe.narrative(expenditure.label.isEmpty ? "支出预算" : expenditure.label)
        if let target = NarrativeTargets.total(of: .departmentExpenditure, column: 0, context)
            ?? NarrativeTargets.total(of: .generalBudgetExpenditure, column: 0, context)
        {
            reporter.checkEqual(
                expenditure.amount,
                target.amount,
                at: location,
                related: target.location,
                subject: subject,
                other: target.describe
            )
        }
        for part in expenditure.parts {
            let partLocation = FindingLocation.narrative(part.sentence)
            guard let target = NarrativeTargets.category(named: part.label, context) else {
                reporter.report(
                    LocalizedText(
                        zh: "情况说明列有“\(part.label)” \(part.amount.plainText) 万元，表八、表二均无同名的类，请核对科目名称。",
                        en: "The narrative names \(part.label) (\(part.amount.plainText)) but neither table 8 nor "
                            + "table 2 has a category of that name: check the name."
                    ),
                    at: partLocation,
                    actual: part.amount
                )
                continue
            }
            reporter.checkEqual(
                part.amount,
                target.amount,
                at: partLocation,
                related: target.location,
                subject: Describe.narrative(part.label),
                other: target.describe
            )
        }
        if !expenditure.parts.isEmpty {
            reporter.checkSum(
                total: expenditure.amount,
                parts: expenditure.parts.map(\.amount),
                at: location,
                subject: subject,
                partsDescription: LocalizedText(zh: "所列各功能分类支出", en: "the function classes it lists")
            )
        }
        return reporter.outcome
    }
}
