import YusuanCore

/// N2: the narrative's 支出预算 total equals 表八 合计, each function class named equals the 表八 类 row, each of
/// 基本支出 and 项目支出 named equals 表八's column, and the parts add up to the total.
///
/// Only the Chongqing template falls back to 表二 where 表八 is missing: elsewhere the 一般公共预算 table is not the
/// department's expenditure (other funds and income are left out of it), and a class the narrative names that the
/// department table does not list is not reported (the other families word class names their own way).
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
        var compared = false
        let chongqing = context.isChongqingTemplate
        let location = FindingLocation.narrative(expenditure.sentence)
        let subject = Describe.narrative(expenditure.label.isEmpty ? "支出预算" : expenditure.label)
        if !chongqing {
            // Other families state 支出预算 with or without what is carried forward: one of the totals printed.
            let targets = NarrativeTargets.expenditureTotals(context)
            if let first = targets.first {
                compared = true
                if !targets.contains(where: { expenditure.agrees(with: $0.amount, unit: $0.unit) }) {
                    reporter.checkStated(
                        expenditure,
                        against: first.amount,
                        unit: first.unit,
                        at: location,
                        related: first.location,
                        subject: subject,
                        other: first.describe
                    )
                }
            }
        } else if let target = NarrativeTargets.total(of: .departmentExpenditure, column: 0, context)
            ?? NarrativeTargets.total(of: .generalBudgetExpenditure, column: 0, context)
        {
            compared = reporter.checkStated(
                expenditure,
                against: target.amount,
                unit: target.unit,
                at: location,
                related: target.location,
                subject: subject,
                other: target.describe
            )
        }
        for part in expenditure.parts {
            let partLocation = FindingLocation.narrative(part.sentence)
            if let column = Self.useColumn(part.label) {
                guard let column,
                    let target = NarrativeTargets.total(of: .departmentExpenditure, column: column, context)
                else { continue }
                compared = true
                reporter.checkStated(part, against: target, at: partLocation)
                continue
            }
            guard let target = NarrativeTargets.category(named: part.label, context) else {
                guard chongqing else { continue }
                reporter.report(
                    LocalizedText(
                        zh: "情况说明列有“\(part.label)” \(part.amount.plainText) 万元，"
                            + "\(context.tableName(.departmentExpenditure).zh)、\(context.tableName(.generalBudgetExpenditure).zh)"
                            + "均无同名的类，请核对科目名称。",
                        en: "The narrative names \(part.label) (\(part.amount.plainText)) but neither "
                            + "\(context.tableName(.departmentExpenditure).en) nor "
                            + "\(context.tableName(.generalBudgetExpenditure).en) has a category of that name: check the name."
                    ),
                    at: partLocation,
                    actual: part.amount
                )
                continue
            }
            compared = true
            reporter.checkStated(part, against: target, at: partLocation)
        }
        if !expenditure.parts.isEmpty {
            compared = true
            let byUse = expenditure.parts.contains { Self.useColumn($0.label) != nil }
            reporter.checkSum(
                total: expenditure.amount,
                parts: expenditure.parts.map(\.amount),
                at: location,
                subject: subject,
                partsDescription: byUse
                    ? LocalizedText(zh: "所列基本支出、项目支出等", en: "the basic, project and other parts it lists")
                    : LocalizedText(zh: "所列各功能分类支出", en: "the function classes it lists")
            )
        }
        guard compared || chongqing else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "文档没有部门支出总表可与支出预算核对，情况说明也未列出支出的构成。",
                    en: "The document has no department expenditure table to check the expenditure budget against, "
                        + "and the narrative lists no parts."
                )
            )
        }
        return reporter.outcome
    }

    /// The 表八 column a part split by use is compared with: `.some(1)` for 基本支出, `.some(2)` for 项目支出,
    /// `.some(nil)` for the uses no column shows (经营支出, 上缴上级支出, 对附属单位补助支出, 单位预留机动经费, 结转), nil
    /// for a function class.
    static func useColumn(_ label: String) -> Int?? {
        if label.has("基本支出") { return .some(1) }
        if label.has("项目支出") { return .some(2) }
        let others = ["经营支出", "上缴上级支出", "对附属单位补助支出", "预留机动经费", "结转"]
        return others.contains(where: { label.has($0) }) ? .some(nil) : nil
    }
}
