import YusuanCore

/// Writes the narrative of a plan: the sections of the template with the plan's figures, and the facts an
/// importer reads back from them.
struct NarrativeWriter {
    let plan: DocumentPlan
    var rng: SplitMix64
    let format: NarrativeFormat
    var blocks: [NarrativeBlock] = []
    var facts = NarrativeFacts()

    init(plan: DocumentPlan, rng: SplitMix64) {
        self.plan = plan
        self.rng = rng
        format = NarrativeFormat(spaced: plan.style.spaced, trimsAmounts: plan.style.trimsAmounts)
    }

    var year: Int { plan.year }
    var priorYear: Int { plan.year - 1 }

    /// The narrative.
    mutating func makeNarrative() -> Narrative {
        writeBasicInformation()
        writeOverallBudget()
        writeAppropriation()
        writeThreePublic()
        writeOtherMatters()
        writeGlossary()
        let contact = Contact(
            label: "\(plan.wording.rawValue)预算公开联系人",
            person: plan.contactPerson,
            phone: plan.contactPhone
        )
        return Narrative(
            title: format.tidy("\(year)年部门预算情况说明"),
            blocks: blocks,
            facts: facts,
            contact: contact
        )
    }

    mutating func heading(_ text: String) { blocks.append(NarrativeBlock(kind: .heading, text: format.tidy(text))) }
    mutating func subheading(_ text: String) {
        blocks.append(NarrativeBlock(kind: .subheading, text: format.tidy(text)))
    }
    mutating func paragraph(_ paragraph: ParagraphText) {
        blocks.append(NarrativeBlock(kind: .paragraph, text: paragraph.text))
    }
    mutating func paragraph(_ raw: String) { blocks.append(NarrativeBlock(kind: .paragraph, text: format.tidy(raw))) }

    /// `X万元` with the narrative's number style.
    func money(_ cents: Cents) -> String { "\(format.text(cents))万元" }

    /// A stated figure with its amount as written.
    func figure(
        _ label: String,
        _ cents: Cents,
        sentence: Sentence,
        parts: [StatedFigure] = [],
        change: StatedChange? = nil,
        usage: String? = nil
    ) -> StatedFigure {
        StatedFigure(
            label: label,
            amount: format.amount(cents),
            parts: parts,
            change: change,
            usage: usage.map(format.tidy),
            sentence: sentence
        )
    }

    /// `一、单位基本情况` with 职能职责 and 单位构成.
    mutating func writeBasicInformation() {
        let entity = plan.wording.rawValue
        heading("一、\(entity)基本情况")
        subheading("(一) 职能职责")
        if plan.style.numberedDuties {
            for (index, duty) in plan.profile.duties.enumerated() { paragraph("\(index + 1). \(duty)") }
        } else {
            paragraph(plan.profile.duties.joined())
        }
        subheading("(二) \(entity)构成")
        var text = "\(plan.selfReference)下设\(plan.sections.joined(separator: "、"))\(plan.sections.count)个内设机构。"
        if plan.institutions.isEmpty {
            text += "\(plan.selfReference)无下属二级预算单位。"
        } else {
            let names = plan.institutions.map { "区\($0)" }.joined(separator: "、")
            text += "下属有\(names)\(plan.institutions.count)个二级预算事业单位。"
        }
        paragraph(text)
    }

    /// `六、专业性名词解释`.
    mutating func writeGlossary() {
        heading("六、专业性名词解释")
        for (index, text) in TextPools.glossary.enumerated() { paragraph("（\(TextPools.ordinals[index])）\(text)") }
    }
}
