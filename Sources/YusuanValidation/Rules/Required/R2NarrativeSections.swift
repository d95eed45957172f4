import YusuanCore

/// R2: the narrative covers 职能职责, 单位构成, 收支总体, 财政拨款, “三公”, 机关运行经费, 政府采购, 绩效目标,
/// 国有资产, 名词解释 and the contact.
public struct R2NarrativeSections: ValidationRule {
    public static let id = "R2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        if let unread = context.unreadNarrative(Self.id) { return unread }
        // The narrative's parts are read one by one: a copy of the whole narrative would copy its facts too.
        let facts = context.facts
        // The blocks are searched one by one: no word searched for has a line break, so it is found in the blocks
        // joined by line breaks exactly when one block has it.
        let text = BlockSearch(blocks: context.disclosure.narrative.blocks)
        // A block that names the contact and a phone is the contact, also where the reader did not take it apart
        // (`部门预算公开联系人：金梦宇 联系电话：023—89016090` run into the text after it).
        let hasContact =
            context.disclosure.narrative.contact != nil
            || context.disclosure.narrative.blocks.contains {
                $0.text.has("联系人") && ($0.text.has("联系电话") || $0.text.has("联系方式") || $0.text.has("电话"))
            }
        let items: [(String, String, Bool)] = [
            ("职能职责", "functions", text.has("职能职责") || text.has("主要职能")),
            ("单位构成", "organisation", text.has("单位构成") || text.has("机构设置") || text.has("内设机构")),
            ("收入预算", "income budget", Self.isStated(facts.income)),
            ("支出预算", "expenditure budget", Self.isStated(facts.expenditure)),
            (
                "财政拨款收支", "appropriations",
                Self.isStated(facts.appropriationExpenditure) || Self.isStated(facts.appropriationIncome)
            ),
            ("“三公”经费", "\"three public\" expenditure", Self.isStated(facts.threePublic)),
            ("机关运行经费", "operating costs", Self.isStated(facts.operatingCost) || text.has("机关运行经费")),
            ("政府采购", "procurement", Self.isStated(facts.procurement) || text.has("政府采购情况")),
            ("绩效目标设置情况", "performance targets", Self.isStated(facts.performanceTargetAmount) || text.has("绩效目标设置")),
            ("国有资产占有使用情况", "state assets", Self.isStated(facts.assets) || text.has("国有资产")),
            ("专业性名词解释", "glossary", text.has("名词解释")),
            ("联系人及联系方式", "contact", hasContact),
        ]
        var reporter = context.reporter(for: Self.id)
        for (zh, en, present) in items where !present {
            reporter.report(
                LocalizedText(
                    zh: "情况说明缺少“\(zh)”的内容，请补充。",
                    en: "The narrative lacks the \(en) section (\(zh)): add it."
                ),
                at: FindingLocation(line: context.disclosure.narrative.titleLine)
            )
        }
        return reporter.outcome
    }

    /// Whether a fact is stated, tested by its case without taking the fact out.
    static func isStated<Fact>(_ fact: Fact?) -> Bool {
        switch fact {
        case .some: true
        case .none: false
        }
    }

    /// The narrative's blocks searched as one text.
    struct BlockSearch {
        let blocks: [NarrativeBlock]

        /// Whether a block has the bytes of `word` (a word without a line break).
        func has(_ word: String) -> Bool { blocks.contains { $0.text.has(word) } }
    }
}
