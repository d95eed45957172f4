import YusuanCore

/// Finds the facts a narrative states: totals, changes, 三公, 机关运行经费, 政府采购, 绩效, vehicles.
enum NarrativeFactExtractor {
    /// The sections of the Chongqing narrative, recognised from their headings.
    enum Section {
        case basicInformation, totals, appropriations, threePublic, otherMatters, glossary, unknown

        init(heading: String) {
            if heading.has("收支总体") {
                self = .totals
            } else if heading.has("三公") {
                self = .threePublic
            } else if heading.has("财政拨款") || heading.has("预算情况说明") {
                self = .appropriations
            } else if heading.has("其他重要事项") {
                self = .otherMatters
            } else if heading.has("名词解释") {
                self = .glossary
            } else if heading.has("基本情况") {
                self = .basicInformation
            } else {
                self = .unknown
            }
        }
    }

    static func extract(from blocks: [NarrativeBlock]) -> NarrativeFacts {
        var facts = NarrativeFacts()
        var section = Section.unknown
        var subheading = ""
        for block in blocks {
            switch block.kind {
            case .heading:
                section = Section(heading: block.text)
                subheading = ""
            case .subheading:
                subheading = block.text
            case .paragraph:
                read(block, subheading: subheading, section: section, into: &facts)
            }
        }
        facts.itemStatements = ItemStatementReader.statements(in: blocks)
        return facts
    }

    private static func read(
        _ block: NarrativeBlock,
        subheading: String,
        section: Section,
        into facts: inout NarrativeFacts
    ) {
        let text = block.text
        // Only the totals and the other matters read the topic: the other sections do not look for its words.
        switch section {
        case .totals:
            let topic = firstTopicWord(totalsWords, subheading: subheading, text: text)
            if text.has("结转") && text.has("纳入") && facts.carryOverStatement == nil {
                facts.carryOverStatement = Sentence(text: text, line: block.line)
            } else if topic == 0 {
                facts.income = headWithParts(ParagraphFigures(text: text, line: block.line))
            } else if topic == 1 {
                facts.expenditure = headWithParts(ParagraphFigures(text: text, line: block.line))
            }
        case .appropriations:
            if text.has("政府性基金") {
                let figures = ParagraphFigures(text: text, line: block.line)
                facts.governmentFund = GovernmentFundStatement(
                    statesNoExpenditure: text.has("无使用政府性基金") || text.has("无政府性基金")
                        || text.has("没有使用政府性基金"),
                    amount: figures.figures.first?.figure.amount,
                    sentence: Sentence(text: text, line: block.line)
                )
            } else {
                let figures = ParagraphFigures(text: text, line: block.line)
                facts.appropriationIncome = facts.appropriationIncome ?? figures.first(containing: "财政拨款收入")
                facts.appropriationExpenditure =
                    facts.appropriationExpenditure ?? figures.first(containing: "财政拨款支出")
                facts.basicExpenditure = facts.basicExpenditure ?? figures.first(containing: "基本支出")
                facts.projectExpenditure = facts.projectExpenditure ?? figures.first(containing: "项目支出")
            }
        case .threePublic:
            let figures = ParagraphFigures(text: text, line: block.line)
            var three = facts.threePublic ?? ThreePublicFacts()
            three.total = three.total ?? figures.first(containing: "三公")
            three.abroad = three.abroad ?? figures.first(containing: "出国")
            three.reception = three.reception ?? figures.first(containing: "接待")
            three.vehicleOperation = three.vehicleOperation ?? figures.first(containing: "运行")
            three.vehiclePurchase = three.vehiclePurchase ?? figures.first(containing: "购置")
            facts.threePublic = three
        case .otherMatters:
            let topic = firstTopicWord(otherMattersWords, subheading: subheading, text: text)
            if topic == 0 {
                facts.operatingCost = ParagraphFigures(text: text, line: block.line).figures.first?.figure
            } else if topic == 1 {
                facts.procurement = procurement(ParagraphFigures(text: text, line: block.line))
            } else if topic == 2 {
                facts.performanceTargetAmount = ParagraphFigures(text: text, line: block.line).figures.first?.figure
            } else if topic == 3 {
                facts.assets = AssetReader.assets(in: text, line: block.line)
            }
        case .basicInformation, .glossary, .unknown:
            break
        }
    }

    /// The topic words of the totals (收入预算, 支出预算) and of the other matters, in the order they are tried.
    static let totalsWords: [StaticString] = ["收入预算", "支出预算"]
    static let otherMattersWords: [StaticString] = ["机关运行经费", "政府采购", "绩效目标", "国有资产"]

    /// The index of the first of `words` that the paragraph's topic holds: the subheading followed by the first 16
    /// characters of the paragraph, searched as bytes in a copy on the stack (the same bytes as the two strings
    /// joined, without making that string).
    static func firstTopicWord(_ words: [StaticString], subheading: String, text: String) -> Int? {
        let lead = text.prefix(16)
        return subheading.withTextSpan { head in
            lead.withTextSpan { tail in
                TextSpan.withJoined(head, tail) { topic in words.firstIndex { topic.has($0) } }
            }
        }
    }

    /// The first figure of a paragraph with the figures after `其中` as its parts.
    private static func headWithParts(_ paragraph: ParagraphFigures) -> StatedFigure? {
        guard var head = paragraph.figures.first?.figure else { return nil }
        // One pass, without an array of the parts' `Figure`s in between.
        var parts: [StatedFigure] = []
        parts.reserveCapacity(paragraph.figures.count - 1)
        for index in paragraph.figures.indices.dropFirst() where paragraph.figures[index].isPart {
            parts.append(paragraph.figures[index].figure)
        }
        head.parts = parts
        return head
    }

    /// `政府采购预算总额 X 万元：货物 …、工程 …、服务 …；其中一般公共预算拨款政府采购 Y 万元：货物 …`.
    private static func procurement(_ paragraph: ParagraphFigures) -> ProcurementFacts? {
        var splits: [ProcurementSplit] = []
        for item in paragraph.figures {
            let figure = item.figure
            let label = figure.label
            if label.has("货物"), !splits.isEmpty {
                splits[splits.count - 1].goods = figure
            } else if label.has("工程"), !splits.isEmpty {
                splits[splits.count - 1].works = figure
            } else if label.has("服务"), !splits.isEmpty {
                splits[splits.count - 1].services = figure
            } else {
                splits.append(ProcurementSplit(total: figure, goods: nil, works: nil, services: nil))
            }
        }
        guard !splits.isEmpty else { return nil }
        let general = splits.dropFirst().first { $0.total.label.has("一般公共预算") }
        return ProcurementFacts(all: splits[0], generalBudget: general)
    }
}
