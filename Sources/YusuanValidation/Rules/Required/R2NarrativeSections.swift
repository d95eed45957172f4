import YusuanCore

/// R2: the narrative covers 职能职责, 单位构成, 收支总体, 财政拨款, “三公”, 机关运行经费, 政府采购, 绩效目标,
/// 国有资产, 名词解释 and the contact.
public struct R2NarrativeSections: ValidationRule {
    public static let id = "R2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let narrative = context.disclosure.narrative
        let facts = narrative.facts
        // The blocks are searched one by one: no word searched for has a line break, so it is found in the blocks
        // joined by line breaks exactly when one block has it.
        let text = BlockSearch(blocks: narrative.blocks)
        let items: [(String, String, Bool)] = [
            ("职能职责", "functions", text.has("职能职责") || text.has("主要职能")),
            ("单位构成", "organisation", text.has("单位构成") || text.has("机构设置") || text.has("内设机构")),
            ("收入预算", "income budget", facts.income != nil),
            ("支出预算", "expenditure budget", facts.expenditure != nil),
            ("财政拨款收支", "appropriations", facts.appropriationExpenditure != nil || facts.appropriationIncome != nil),
            ("“三公”经费", "\"three public\" expenditure", facts.threePublic != nil),
            ("机关运行经费", "operating costs", facts.operatingCost != nil || text.has("机关运行经费")),
            ("政府采购", "procurement", facts.procurement != nil || text.has("政府采购情况")),
            ("绩效目标设置情况", "performance targets", facts.performanceTargetAmount != nil || text.has("绩效目标设置")),
            ("国有资产占有使用情况", "state assets", facts.assets != nil || text.has("国有资产")),
            ("专业性名词解释", "glossary", text.has("名词解释")),
            ("联系人及联系方式", "contact", narrative.contact != nil),
        ]
        var reporter = context.reporter(for: Self.id)
        for (zh, en, present) in items where !present {
            reporter.report(
                LocalizedText(
                    zh: "情况说明缺少“\(zh)”的内容，请补充。",
                    en: "The narrative lacks the \(en) section (\(zh)): add it."
                ),
                at: FindingLocation(line: narrative.titleLine)
            )
        }
        return reporter.outcome
    }

    /// The narrative's blocks searched as one text.
    struct BlockSearch {
        let blocks: [NarrativeBlock]

        /// Whether a block has the bytes of `word` (a word without a line break).
        func has(_ word: String) -> Bool { blocks.contains { $0.text.has(word) } }
    }
}
