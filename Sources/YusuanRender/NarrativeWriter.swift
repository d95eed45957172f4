import YusuanCore

/// Writes the narrative (情况说明) of the Chongqing template from a disclosure's model.
///
/// Every sentence with a number takes its figures from the **tables** (收入/支出 totals and parts from 表六,
/// 表七, 表八; 一般公共预算 from 表一 and 表二; “三公” from 表四; 政府性基金 from 表五; 政府采购 from 表九; the 绩效
/// amount from 表十一) and the year-on-year changes, reasons, usages, 机关运行经费 and vehicles from the model's
/// ``NarrativeFacts``. Where a change needs a reason the model does not record, the text says ``missingReasonMark``;
/// a figure the model lacks altogether is marked the same way. The sections without numbers (基本情况 with
/// 职能职责 and 单位构成, 名词解释) and the contact line are taken from the model's narrative as they are.
public enum NarrativeWriter {
    /// Written where a change needs a reason and the model records none.
    public static let missingReasonMark = "【缺少原因】"
    /// Written where the model records no year-on-year change for a figure that needs one.
    public static let missingChangeMark = "【缺少上年比较】"
    /// Written where a figure comes from neither the tables nor the facts.
    public static let missingFigureMark = "【缺少数据】"

    /// The narrative for the document: blocks and the facts they state.
    public static func write(_ disclosure: Disclosure) -> Narrative {
        var composer = NarrativeComposer(disclosure: disclosure)
        composer.compose()
        return Narrative(
            title: disclosure.narrative.title,
            blocks: composer.blocks,
            facts: composer.facts,
            contact: disclosure.narrative.contact.map {
                Contact(label: $0.label, person: $0.person, phone: $0.phone)
            }
        )
    }

    /// The same document with its narrative rewritten by ``write(_:)``.
    public static func rewritingNarrative(of disclosure: Disclosure) -> Disclosure {
        var copy = disclosure
        copy.narrative = write(disclosure)
        return copy
    }
}

/// The state of writing one narrative: the blocks and facts so far.
struct NarrativeComposer {
    let disclosure: Disclosure
    let spaced: Bool
    var blocks: [NarrativeBlock] = []
    var facts = NarrativeFacts()

    init(disclosure: Disclosure) {
        self.disclosure = disclosure
        spaced = disclosure.narrative.title.contains(" 年")
    }

    var year: Int { disclosure.identity.year }
    var tables: DisclosureTables { disclosure.tables }
    var given: NarrativeFacts { disclosure.narrative.facts }
    var entity: String { disclosure.identity.wording == .unit ? "单位" : "部门" }
    var selfReference: String { "本" + entity }

    mutating func compose() {
        copySection(where: { $0.contains("基本情况") }, fallback: "一、\(entity)基本情况")
        writeOverallBudget()
        writeAppropriation()
        writeThreePublic()
        writeOtherMatters()
        copySection(where: { $0.contains("名词解释") }, fallback: nil)
    }

    // MARK: Text

    /// The text with a space between digits and Chinese characters when the document is written that way.
    func tidy(_ raw: String) -> String { spaced ? ChineseSpacing.spacingDigits(raw) : raw }

    /// `967.73万元`; zero is written `0`.
    func money(_ amount: Amount?) -> String {
        guard let amount else { return NarrativeWriter.missingFigureMark + disclosure.identity.unit.rawValue }
        return (amount.isZero ? "0" : amount.plainText) + disclosure.identity.unit.rawValue
    }

    mutating func heading(_ text: String) { blocks.append(NarrativeBlock(kind: .heading, text: tidy(text))) }

    mutating func paragraph(_ clauses: [String]) {
        blocks.append(NarrativeBlock(kind: .paragraph, text: clauses.joined()))
    }

    /// A fact with the amount as written.
    func figure(
        _ label: String,
        _ amount: Amount?,
        sentence: String,
        parts: [StatedFigure] = [],
        change: StatedChange? = nil,
        usage: String? = nil
    ) -> StatedFigure? {
        guard let amount else { return nil }
        return StatedFigure(
            label: label,
            amount: amount.isZero ? Amount(0) : amount,
            unit: disclosure.identity.unit,
            parts: parts,
            change: change,
            usage: usage,
            sentence: Sentence(text: sentence)
        )
    }

    /// Copies the section of the model's narrative whose heading matches, or writes the fallback heading.
    mutating func copySection(where matches: (String) -> Bool, fallback: String?) {
        if let section = disclosure.narrative.sections.first(where: { $0.heading.map { matches($0.text) } ?? false }),
            let heading = section.heading
        {
            blocks.append(NarrativeBlock(kind: heading.kind, text: heading.text))
            for block in section.blocks { blocks.append(NarrativeBlock(kind: block.kind, text: block.text)) }
        } else if let fallback {
            heading(fallback)
        }
    }

    /// The heading the model uses for a section, or the template's.
    func existingHeading(where matches: (String) -> Bool, fallback: String) -> String {
        disclosure.narrative.blocks.first { $0.kind == .heading && matches($0.text) }?.text ?? tidy(fallback)
    }

    // MARK: Changes

    /// `比2023年增加19.32万元，主要原因是……`, `与2023年持平`, with the reason marked missing when required.
    func changeText(_ change: StatedChange?, reasonRequired: Bool, reasonLead: String = "主要原因是") -> String {
        guard let change else { return reasonRequired ? "比上年\(NarrativeWriter.missingChangeMark)" : "" }
        let reference = change.comparedWith.isEmpty ? "上年" : change.comparedWith
        switch change.direction {
        case .unchanged:
            return "与\(reference)持平"
        case .increase, .decrease:
            let verb = change.direction == .increase ? "增加" : "减少"
            var text = "比\(reference)\(verb)\(money(change.amount))"
            if let reason = reasonText(change) {
                text += "，\(reasonLead)\(reason)"
            } else if reasonRequired {
                text += "，\(reasonLead)\(NarrativeWriter.missingReasonMark)"
            }
            return text
        }
    }

    /// The recorded reason, or the component changes it names; nil when there is neither.
    func reasonText(_ change: StatedChange) -> String? {
        if let reason = change.reason?.trimmingSpaces(), !reason.isEmpty { return reason }
        guard !change.components.isEmpty else { return nil }
        return change.components.map { "\($0.label)\($0.direction == .decrease ? "减少" : "增加")\(money($0.amount))" }
            .joined(separator: "，")
    }

    /// What a figure is used for, without a leading `主要用于`.
    func usageText(_ usage: String?) -> String? {
        guard var text = usage?.trimmingSpaces(), !text.isEmpty else { return nil }
        for prefix in ["主要用于", "用于"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        return text
    }
}
