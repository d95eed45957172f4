import YusuanCore

/// A short human-readable account of what was imported.
struct DisclosureSummary {
    var text: String

    init(_ disclosure: Disclosure) {
        let identity = disclosure.identity
        let tables = disclosure.tables
        var lines: [String] = []
        lines.append("部门: \(identity.qualifiedName)")
        lines.append(
            "年度: \(identity.year)  类型: \(identity.kind.rawValue)  单位: \(identity.unit.rawValue)  用语: \(identity.wording.rawValue)"
        )
        lines.append("情况说明: \(disclosure.narrative.title) (\(disclosure.narrative.blocks.count) 段)")
        if let contact = disclosure.narrative.contact {
            lines.append("联系人: \(contact.person) \(contact.phone ?? "")")
        }
        for kind in TableKind.allCases {
            let rows: Int
            switch kind {
            case .financialSummary: rows = tables.financialSummary?.lines.count ?? 0
            case .generalBudgetExpenditure: rows = tables.generalBudgetExpenditure?.rows.count ?? 0
            case .generalBudgetBasicExpenditure: rows = tables.generalBudgetBasicExpenditure?.rows.count ?? 0
            case .threePublicExpenditure: rows = tables.threePublicExpenditure == nil ? 0 : 1
            case .governmentFundExpenditure: rows = tables.governmentFundExpenditure?.rows.count ?? 0
            case .departmentSummary: rows = tables.departmentSummary?.lines.count ?? 0
            case .departmentIncome: rows = tables.departmentIncome?.rows.count ?? 0
            case .departmentExpenditure: rows = tables.departmentExpenditure?.rows.count ?? 0
            case .procurement: rows = tables.procurement?.rows.count ?? 0
            case .overallPerformance: rows = tables.overallPerformance?.indicators.count ?? 0
            case .projectPerformance: rows = tables.projectPerformance.count
            }
            let present = tables.contains(kind) ? "\(rows) 行" : "缺"
            let unitNoun = kind == .projectPerformance ? "个项目" : (kind == .overallPerformance ? "个指标" : "")
            lines.append("  \(kind.caption) \(kind.chineseName): \(unitNoun.isEmpty ? present : "\(rows) \(unitNoun)")")
        }
        if let total = tables.departmentExpenditure?.totalRow?.amounts {
            lines.append(
                "支出合计: \(total.total?.plainText ?? "-")  基本支出: \(total.basic?.plainText ?? "-")  项目支出: \(total.project?.plainText ?? "-")"
            )
        }
        let facts = disclosure.narrative.facts
        let stated = [
            facts.income, facts.expenditure, facts.appropriationIncome, facts.appropriationExpenditure,
            facts.basicExpenditure, facts.projectExpenditure, facts.threePublic?.total, facts.operatingCost,
            facts.procurement?.all?.total, facts.performanceTargetAmount,
        ].compactMap { $0 }
        lines.append("情况说明中的金额: \(stated.count) 项")
        text = lines.joined(separator: "\n") + "\n"
    }
}
