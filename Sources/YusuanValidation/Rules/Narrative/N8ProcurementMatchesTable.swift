import YusuanCore

/// N8: the narrative's 政府采购 total = 货物 + 工程 + 服务; the 一般公共预算 part ≤ the total; both equal 表九
/// (合计 and its 一般公共预算 column), and so do goods (A), works (B) and services (C).
public struct N8ProcurementMatchesTable: ValidationRule {
    public static let id = "N8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let procurement = context.facts.procurement else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述政府采购。", en: "The narrative states no procurement figures.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        var compared = false
        let view = context.procurementView
        let unit = context.tables.procurement.map { context.unit(of: $0.header) } ?? context.disclosure.identity.unit
        let generalColumn = context.tables.procurement?.generalBudgetColumn.map { $0 + 1 }
        for (split, column) in [(procurement.all, 0), (procurement.generalBudget, generalColumn)] {
            guard let split else { continue }
            let location = FindingLocation.narrative(split.total.sentence)
            if split.goods != nil || split.works != nil || split.services != nil { compared = true }
            reporter.checkSum(
                total: split.total.amount,
                parts: [split.goods?.amount, split.works?.amount, split.services?.amount],
                at: location,
                subject: Describe.narrative(split.total.label),
                partsDescription: LocalizedText(zh: "货物、工程、服务采购预算", en: "goods, works and services")
            )
            guard let view, let column else { continue }
            if let total = view.totalRow {
                compared = true
                reporter.checkStated(
                    split.total,
                    against: total.columns[column],
                    unit: unit,
                    at: location,
                    related: view.location(total, column: column),
                    subject: Describe.narrative(split.total.label),
                    other: view.describe(total, column: column)
                )
            }
            for (figure, code) in [(split.goods, "A"), (split.works, "B"), (split.services, "C")] {
                guard let figure else { continue }
                let row = view.row(code: code)
                compared = true
                reporter.checkStated(
                    figure,
                    against: row?.columns[column] ?? nil,
                    unit: unit,
                    at: .narrative(figure.sentence),
                    related: row.map { view.location($0, column: column) }
                        ?? FindingLocation(table: .procurement, caption: view.caption, row: code),
                    subject: Describe.narrative(figure.label),
                    other: LocalizedText(zh: "\(view.name.zh) \(code) 行", en: "\(view.name.en) row \(code)")
                )
            }
        }
        if let all = procurement.all, let general = procurement.generalBudget {
            compared = true
            reporter.checkAtMost(
                general.total.amount,
                limit: all.total.amount,
                at: .narrative(general.total.sentence),
                related: .narrative(all.total.sentence),
                subject: Describe.narrative(general.total.label),
                other: Describe.narrative(all.total.label)
            )
        }
        guard compared || context.isChongqingTemplate else {
            return .notApplicable(
                Self.id,
                LocalizedText(
                    zh: "文档没有政府采购预算明细表，情况说明也未列出货物、工程、服务采购预算。",
                    en: "The document has no procurement table, and the narrative does not split procurement into "
                        + "goods, works and services."
                )
            )
        }
        return reporter.outcome
    }
}
