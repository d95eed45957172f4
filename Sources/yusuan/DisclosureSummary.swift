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
        let generic = tables.additionalTables ?? []
        if generic.isEmpty {
            for kind in TableKind.allCases {
                let counted = kind == .projectPerformance || kind == .overallPerformance || tables.contains(kind)
                let present = counted ? Self.rowText(kind, tables) : "缺"
                lines.append("  \(kind.caption) \(kind.chineseName): \(present)")
            }
        } else {
            lines += Self.presentTables(disclosure, generic: generic)
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

    /// `N 行`, `N 个指标` or `N 个项目`: what a typed table holds.
    static func rowText(_ kind: TableKind, _ tables: DisclosureTables) -> String {
        switch kind {
        case .financialSummary: "\(tables.financialSummary?.lines.count ?? 0) 行"
        case .generalBudgetExpenditure: "\(tables.generalBudgetExpenditure?.rows.count ?? 0) 行"
        case .generalBudgetBasicExpenditure: "\(tables.generalBudgetBasicExpenditure?.rows.count ?? 0) 行"
        case .threePublicExpenditure: "\(tables.threePublicExpenditure == nil ? 0 : 1) 行"
        case .governmentFundExpenditure: "\(tables.governmentFundExpenditure?.rows.count ?? 0) 行"
        case .departmentSummary: "\(tables.departmentSummary?.lines.count ?? 0) 行"
        case .departmentIncome: "\(tables.departmentIncome?.rows.count ?? 0) 行"
        case .departmentExpenditure: "\(tables.departmentExpenditure?.rows.count ?? 0) 行"
        case .procurement: "\(tables.procurement?.rows.count ?? 0) 行"
        case .overallPerformance: "\(tables.overallPerformance?.indicators.count ?? 0) 个指标"
        case .projectPerformance: "\(tables.projectPerformance.count) 个项目"
        }
    }

    /// The tables a document of another template has (a 决算's nine, a Jiangsu budget's): the typed ones present and
    /// the generic ones by their printed title, a 决算's in the order of ``FinalAccountTableLayout/all``.
    static func presentTables(_ disclosure: Disclosure, generic: [GenericTable]) -> [String] {
        let tables = disclosure.tables
        var entries: [(identifier: String, line: String)] = TableKind.allCases.filter { tables.contains($0) }.map {
            ($0.identifier, "  \(tables.header(of: $0)?.title ?? $0.chineseName): \(rowText($0, tables))")
        }
        entries += generic.map { ($0.identifier, "  \($0.header.title): \($0.rows.count) 行") }
        guard disclosure.identity.kind == .finalAccount else { return entries.map(\.line) }
        let order = FinalAccountTableLayout.all.map(\.identifier)
        return entries.enumerated().sorted { left, right in
            let leftRank = order.firstIndex(of: left.element.identifier) ?? order.count
            let rightRank = order.firstIndex(of: right.element.identifier) ?? order.count
            return (leftRank, left.offset) < (rightRank, right.offset)
        }.map(\.element.line)
    }
}
