import Foundation
import YusuanCore

/// Reads the facts of any family's narrative from what its sentences say, not from section numbers: Shanghai
/// 部门/单位预算 and 决算, Jiangsu, Beijing, Shenzhen, Guangzhou, Hangzhou, Suzhou, Xi'an and the Chongqing municipal
/// texts (docs/PDF.md, *Narrative facts*).
///
/// Each paragraph's figures are read by ``ClauseFigures``; each figure is named by the words before its amount
/// (``FigureKind``), or, when those name nothing (`2026年预算数`), by the segment or the title sentence before it. The
/// first statement of a fact is kept; a later one of the same amount lends it its change when it has none. A figure
/// whose words are not certain is left out. The glossary (名词解释) is not read.
enum SentenceFactReader {
    static func facts(from blocks: [NarrativeBlock]) -> NarrativeFacts {
        var reader = Reader(isFinalAccount: isFinalAccount(blocks))
        reader.read(blocks)
        var facts = reader.facts
        let others = otherFigures(reader.allFigures, besides: facts)
        if !others.isEmpty { facts.otherFigures = others }
        return facts
    }

    /// The figures read that no fact holds (by amount and sentence), in published order.
    static func otherFigures(_ figures: [StatedFigure], besides facts: NarrativeFacts) -> [StatedFigure] {
        var held = Set<String>()
        func hold(_ figure: StatedFigure?) {
            guard let figure else { return }
            held.insert(key(figure))
            figure.parts.forEach(hold)
        }
        for figure in [
            facts.income, facts.expenditure, facts.appropriationIncome, facts.appropriationExpenditure,
            facts.basicExpenditure, facts.projectExpenditure, facts.operatingCost, facts.performanceTargetAmount,
            facts.threePublic?.total, facts.threePublic?.abroad, facts.threePublic?.reception,
            facts.threePublic?.vehicleOperation, facts.threePublic?.vehiclePurchase, facts.threePublic?.vehicles,
            facts.procurement?.all?.total, facts.procurement?.all?.goods, facts.procurement?.all?.works,
            facts.procurement?.all?.services, facts.procurement?.generalBudget?.total,
            facts.procurement?.generalBudget?.goods, facts.procurement?.generalBudget?.works,
            facts.procurement?.generalBudget?.services,
        ] {
            hold(figure)
        }
        var result: [StatedFigure] = []
        var seen = Set<String>()
        for figure in figures where !held.contains(key(figure)) && seen.insert(key(figure)).inserted {
            result.append(figure)
        }
        return result
    }

    /// A figure's identity: its words, amount and sentence (two figures of one amount in one sentence —
    /// `本年财政拨款收入92600.3万元`, `1.一般公共预算拨款收入92600.3万元` — are two; a part read again as a figure is one).
    private static func key(_ figure: StatedFigure) -> String {
        "\(figure.label)|\(figure.amount.plainText)|\(figure.sentence.line ?? 0)|\(figure.sentence.text)"
    }

    /// Whether the narrative is that of a 决算 (its title, among the first blocks, says so).
    static func isFinalAccount(_ blocks: [NarrativeBlock]) -> Bool {
        blocks.prefix(6).contains { $0.text.contains("决算") && !$0.text.contains("预算情况") }
    }

    /// The words that say a fund has no expenditure (`本部门无政府性基金预算支出`, `没有使用政府性基金预算拨款安排的支出`).
    static let noFundWords = ["无政府性基金", "没有政府性基金", "无使用政府性基金", "没有使用政府性基金", "未使用政府性基金", "不涉及政府性基金"]

    private struct Reader {
        let isFinalAccount: Bool
        var facts = NarrativeFacts()
        var heading = ""
        var inGlossary = false
        var assets = AssetFacts()
        var hasAssets = false
        /// The 政府采购 split whose goods, works and services the figures that follow fill.
        var procurement: WritableKeyPath<ProcurementFacts, ProcurementSplit?>?
        /// Every figure the paragraphs state (outside the glossary), with its parts, in order.
        var allFigures: [StatedFigure] = []

        init(isFinalAccount: Bool) {
            self.isFinalAccount = isFinalAccount
        }

        mutating func read(_ blocks: [NarrativeBlock]) {
            var paragraphs: [(block: NarrativeBlock, heading: String, figures: ClauseFigures, isJoined: Bool)] = []
            for (block, isJoined) in Self.joiningLists(blocks) {
                switch block.kind {
                case .heading, .subheading:
                    if block.kind == .heading {
                        heading = block.text
                        inGlossary = block.text.contains("名词解释") || block.text.contains("名词解析")
                    }
                case .paragraph:
                    guard !inGlossary else { continue }
                    var figures = ClauseFigures(text: block.text, line: block.line)
                    if figures.figures.isEmpty {
                        if !figures.hasChange, let reason = Self.standaloneReason(block.text) {
                            // `财政拨款收入支出减少的主要原因是项目调整。`: the reason of the changes stated in the section.
                            for index in paragraphs.indices.reversed() where paragraphs[index].heading == heading {
                                paragraphs[index].figures.giveReason(reason)
                            }
                            figures = ClauseFigures(text: "", line: nil)
                        } else if let reason = ClauseFigures.dropReasonPrefix(block.text),
                            let last = paragraphs.indices.last, paragraphs[last].heading == heading
                        {
                            // `主要原因是…` opening a paragraph of its own (the line before ended with `。`): the reason
                            // of the change just stated, even when it words a change itself (`…口径发生调整，较上年
                            // 有较大幅度上升`).
                            paragraphs[last].figures.giveReason(String(reason.trimmingSuffix("。")), lastOnly: true)
                            figures = ClauseFigures(text: "", line: nil)
                        }
                    }
                    paragraphs.append((block, heading, figures, isJoined))
                    if FamilyAssetReader.speaksOfVehicles(block.text) && !block.text.contains("三公") {
                        FamilyAssetReader.read(block.text, line: block.line, into: &assets)
                        hasAssets = true
                    }
                }
            }
            for paragraph in paragraphs {
                for figure in paragraph.figures.figures {
                    allFigures.append(figure.figure)
                    allFigures += figure.figure.parts
                }
                readFacts(
                    paragraph.figures,
                    block: paragraph.block,
                    heading: paragraph.heading,
                    partsMustAddUp: paragraph.isJoined
                )
            }
            if hasAssets, assets != AssetFacts() { facts.assets = assets }
        }

        /// The blocks with a paragraph that ends by announcing its parts (`…24,169.74万元。包括：`,
        /// `…4,651.67 万元，其中：`) joined to the paragraph that lists them; the joined paragraph's parts are kept
        /// only when they add up to their head, since the list may go on in the paragraphs after it.
        static func joiningLists(_ blocks: [NarrativeBlock]) -> [(block: NarrativeBlock, isJoined: Bool)] {
            var result: [(block: NarrativeBlock, isJoined: Bool)] = []
            result.reserveCapacity(blocks.count)
            for block in blocks {
                guard block.kind == .paragraph, let last = result.last?.block, last.kind == .paragraph else {
                    result.append((block, false))
                    continue
                }
                if ["其中：", "其中:", "包括：", "包括:"].contains(where: { last.text.hasSuffix($0) })
                    || (Self.opensWithChangeOfFigureBefore(block.text) && Self.endsWithFigure(last.text))
                {
                    result[result.count - 1].block.text += block.text
                    result[result.count - 1].isJoined = true
                    continue
                }
                // A sentence broken by a footnote: `…减少21,159.85万元，* 因…，下同。` / `政府性基金预算拨款减少…`.
                let unfootnoted = NarrativeClauses.removingFootnotes(last.text).trimmingSpaces
                if unfootnoted != last.text, unfootnoted.hasSuffix("，") || unfootnoted.hasSuffix(",") {
                    result[result.count - 1].block.text += block.text
                    continue
                }
                result.append((block, false))
            }
            return result
        }

        /// Whether a paragraph opens with a change that names no figure (`与上年相比增加85.11万元，增长6.60%。`): the
        /// change of the last figure of the paragraph before, which a page break cut off from it.
        static func opensWithChangeOfFigureBefore(_ text: String) -> Bool {
            guard let first = NarrativeClauses.segments(of: text).first?.text,
                let (prefix, change) = ChangePhrase.generalChange(in: first), change.direction != .unchanged
            else { return false }
            return prefix.allSatisfy(\.isPunctuationLike)
        }

        /// Whether the last sentence of a paragraph states an amount (`…支出1374.63万元，主要用于…的支出。`): a change
        /// that opens the next paragraph is that figure's; after a sentence without one (`全部由省财政拨款。`) it may be
        /// another's.
        static func endsWithFigure(_ text: String) -> Bool {
            var body = Substring(text)
            // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
            while body.last == "。" { body = body.dropLast(1) }
            let sentence = Array(body.split(separator: "。", omittingEmptySubsequences: false).last ?? body)
            for index in sentence.indices where sentence[index] == "元" {
                var before = index
                if before > 0, sentence[before - 1] == "万" { before -= 1 }
                while before > 0, sentence[before - 1] == " " { before -= 1 }
                if before > 0, sentence[before - 1].isASCIIDigit { return true }
            }
            return false
        }

        /// The reason of a paragraph that states only a reason for the changes before it.
        static func standaloneReason(_ text: String) -> String? {
            for marker in ["主要原因是：", "主要原因是", "主要原因说明：", "主要原因：", "原因是"] {
                guard let range = text.range(of: marker) else { continue }
                let lead = text[..<range.lowerBound]
                guard ["增加", "减少", "增减", "变化", "变动", "增长", "下降"].contains(where: { lead.contains($0) }) else {
                    return nil
                }
                let reason = String(text[range.upperBound...]).trimmingSpaces
                return reason.isEmpty ? nil : String(reason.trimmingSuffix("。"))
            }
            return nil
        }

        mutating func readFacts(_ read: ClauseFigures, block: NarrativeBlock, heading: String, partsMustAddUp: Bool) {
            let text = block.text
            var context = FigureKind.Context()
            context.isFinalAccount = isFinalAccount
            context.isOperatingCost = heading.contains("机关运行经费") || text.contains("机关运行经费")
            context.isPerformance = heading.contains("绩效") || text.contains("绩效目标") || text.contains("绩效管理")
            readGovernmentFundStatement(text, line: block.line)
            if facts.carryOverStatement == nil, Self.statesCarryOverInIncome(text) {
                facts.carryOverStatement = Sentence(text: text, line: block.line)
            }
            var kinds: [FigureKind?] = []
            kinds.reserveCapacity(read.figures.count)
            for item in read.figures {
                kinds.append(kind(of: item, context: context))
            }
            if let item = Self.itemWithoutAmount(text, kinds: kinds, context: context) {
                var three = facts.threePublic ?? ThreePublicFacts()
                if !(three.itemsWithoutAmount ?? []).contains(where: { $0.item == item }) {
                    let clause = NarrativeClauses.clauses(of: text).first?.text ?? text
                    three.itemsWithoutAmount =
                        (three.itemsWithoutAmount ?? [])
                        + [ThreePublicItemStatement(item: item, sentence: Sentence(text: clause, line: block.line))]
                    facts.threePublic = three
                }
            }
            // `…政府采购预算总金额为 2247.85 万元。` / `其中拟购买货物 59 万元…` continues in the next paragraph.
            let continues = text.hasPrefix("其中")
            if !continues { procurement = nil }
            for (index, item) in read.figures.enumerated() {
                let isPart = item.isPart || (continues && item.sentence == 0)
                guard let kind = kinds[index] ?? procurementPart(item, isPart: isPart, after: procurement) else {
                    continue
                }
                let figure = item.figure
                let headKind = item.head.flatMap { kinds[$0] }
                switch kind {
                case .income:
                    let income = withParts(index, read, kinds, accept: FigureKind.isIncomeSource)
                    keep(figure: partsMustAddUp ? Self.withoutUnsureParts(income) : income, at: \.income)
                case .expenditure:
                    let expenditure = expenditure(index, read)
                    keep(figure: partsMustAddUp ? Self.withoutUnsureParts(expenditure) : expenditure, at: \.expenditure)
                case .appropriationIncome:
                    keep(figure: figure, at: \.appropriationIncome)
                case .appropriationExpenditure:
                    keep(figure: figure, at: \.appropriationExpenditure)
                case .basicExpenditure(let general):
                    if general || (item.isPart && headKind == .appropriationExpenditure) {
                        keep(figure: figure, at: \.basicExpenditure)
                    }
                case .projectExpenditure(let general):
                    if general || (item.isPart && headKind == .appropriationExpenditure) {
                        keep(figure: figure, at: \.projectExpenditure)
                    }
                case .governmentFund:
                    if facts.governmentFund == nil {
                        facts.governmentFund = GovernmentFundStatement(
                            statesNoExpenditure: false,
                            amount: figure.amount,
                            unit: figure.unit,
                            sentence: figure.sentence
                        )
                    }
                case .threePublicTotal: keepThreePublic(figure, at: \.total)
                case .abroad: keepThreePublic(figure, at: \.abroad)
                case .reception: keepThreePublic(figure, at: \.reception)
                case .vehicles: keepThreePublic(figure, at: \.vehicles)
                case .vehiclePurchase: keepThreePublic(figure, at: \.vehiclePurchase)
                case .vehicleOperation: keepThreePublic(figure, at: \.vehicleOperation)
                case .operatingCost: keep(figure: figure, at: \.operatingCost)
                case .performanceAmount:
                    // `整体支出…涉及财政性资金 X；本部门共7个项目…涉及财政性资金合计 Y`: the projects' amount is the one.
                    if let kept = facts.performanceTargetAmount, !kept.sentence.text.contains("项目"),
                        figure.sentence.text.contains("项目")
                    {
                        facts.performanceTargetAmount = figure
                    } else {
                        keep(figure: figure, at: \.performanceTargetAmount)
                    }
                case .procurementTotal, .procurementOfGeneralBudget:
                    var all = facts.procurement ?? ProcurementFacts(all: nil, generalBudget: nil)
                    let path: WritableKeyPath<ProcurementFacts, ProcurementSplit?> =
                        kind == .procurementTotal || all.all == nil ? \.all : \.generalBudget
                    if all[keyPath: path] == nil {
                        all[keyPath: path] = ProcurementSplit(total: figure, goods: nil, works: nil, services: nil)
                        facts.procurement = all
                        procurement = path
                    } else {
                        procurement = nil
                    }
                case .procurementGoods, .procurementWorks, .procurementServices:
                    guard let path = procurement, var split = facts.procurement?[keyPath: path] else { continue }
                    switch kind {
                    case .procurementGoods where split.goods == nil: split.goods = figure
                    case .procurementWorks where split.works == nil: split.works = figure
                    case .procurementServices where split.services == nil: split.services = figure
                    default: continue
                    }
                    facts.procurement?[keyPath: path] = split
                }
            }
        }

        /// `按照我市预算管理要求，结转金额已纳入相应性质的资金收入中进行反映，上述收入包括2025年结转…的资金。`: the
        /// narrative's income figures hold the money carried over from last year.
        static func statesCarryOverInIncome(_ text: String) -> Bool {
            text.contains("结转") && text.contains("纳入") && text.contains("收入")
        }

        /// The “三公” item a paragraph is titled by and speaks of without an amount: `1.因公出国（境）费用：根据市本级
        /// 因公出国（境）费用预算管理模式，本部门年初不编制因公出国（境）费用预算…`. The title is the text before the first
        /// `：`; the paragraph must speak of the budget (`预算`, `安排`) and state no figure of that item.
        static func itemWithoutAmount(_ text: String, kinds: [FigureKind?], context: FigureKind.Context)
            -> ThreePublicItem?
        {
            guard text.contains("预算") || text.contains("安排"),
                let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" })
            else { return nil }
            let title = text[..<colon]
            guard title.count <= 24 else { return nil }
            let subject = ClauseFigures.subject(of: NarrativeClauses.removingAsides(String(title)))
            guard let item = FigureKind(subject: subject, context: context)?.threePublicItem,
                !kinds.contains(where: { $0?.threePublicItem != nil })
            else { return nil }
            return item
        }

        /// `货物类项目3.00万元` after a 政府采购 total of the paragraph: a part of it named without 采购.
        func procurementPart(
            _ item: ClauseFigure,
            isPart: Bool,
            after split: WritableKeyPath<ProcurementFacts, ProcurementSplit?>?
        ) -> FigureKind? {
            guard split != nil, isPart else { return nil }
            if item.subject.contains("货物") { return .procurementGoods }
            if item.subject.contains("工程") { return .procurementWorks }
            if item.subject.contains("服务") { return .procurementServices }
            return nil
        }

        /// The kind of a figure: by its own words, else (when they name nothing) by the segment or the title
        /// sentence before it.
        func kind(of item: ClauseFigure, context: FigureKind.Context) -> FigureKind? {
            if let kind = FigureKind(subject: item.subject, context: context) { return kind }
            guard FigureKind.isGeneric(item.subject) else { return nil }
            var topic = context
            topic.isFinalAccount = false
            // The words of a segment before, without its own amount: `“三公”经费…支出年初预算为0.95万元`. Its period
            // words (`年初预算为`) are not this figure's. Words of generic characters may still name a figure
            // (`（二）支出预算：2026年年初预算数…`).
            func words(_ segment: String) -> String {
                ClauseFigures.subject(of: segment.prefix { !$0.isASCIIDigit }.description)
            }
            if let earlier = item.earlierSegments.last(where: {
                !FigureKind.isGeneric(ClauseFigures.subject(of: $0))
                    || FigureKind(subject: words($0), context: topic) != nil
            }) {
                return FigureKind(subject: words(earlier), context: topic)
            }
            if let title = item.title, title.count <= 40 {
                return FigureKind(subject: ClauseFigures.subject(of: title), context: topic)
            }
            return nil
        }

        /// The figure without its parts unless they add up to it (to the rounding of 0.005 for each part and the
        /// total in the figure's last decimal).
        static func withoutUnsureParts(_ figure: StatedFigure) -> StatedFigure {
            guard !figure.parts.isEmpty, let sum = Amount.sum(figure.parts.map(\.amount)) else { return figure }
            let scale = max(figure.amount.scale, 2)
            let envelope = Amount(minorUnits: Int64(5 * (figure.parts.count + 1)), scale: scale + 1)
            if (figure.amount - sum).magnitude.compare(envelope) != .orderedDescending { return figure }
            var figure = figure
            figure.parts = []
            return figure
        }

        /// The figure with its parts when all of them are sources (income) and not nested.
        func withParts(
            _ index: Int,
            _ read: ClauseFigures,
            _ kinds: [FigureKind?],
            accept: (String) -> Bool
        ) -> StatedFigure {
            var figure = read.figures[index].figure
            let parts = read.figures.filter { $0.isPart && $0.head == index }
            guard !parts.isEmpty, !read.hasNestedParts(index), parts.allSatisfy({ accept($0.subject) }) else {
                return figure
            }
            figure.parts = parts.map(\.figure)
            return figure
        }

        /// 支出预算 with its parts when they are all function classes or all uses (基本支出, 项目支出, …).
        func expenditure(_ index: Int, _ read: ClauseFigures) -> StatedFigure {
            var figure = read.figures[index].figure
            let parts = read.figures.filter { $0.isPart && $0.head == index }
            guard !parts.isEmpty, !read.hasNestedParts(index) else { return figure }
            let kinds = parts.map { FigureKind.expenditurePart($0.subject) }
            guard let first = kinds.first ?? nil, kinds.allSatisfy({ $0 == first }) else { return figure }
            figure.parts = parts.map(\.figure)
            return figure
        }

        /// Keeps the first statement of a fact; a later one of the same amount gives it its change and its parts
        /// when it has none.
        mutating func keep(figure: StatedFigure, at path: WritableKeyPath<NarrativeFacts, StatedFigure?>) {
            facts[keyPath: path] = Self.merged(facts[keyPath: path], figure)
        }

        mutating func keepThreePublic(_ figure: StatedFigure, at path: WritableKeyPath<ThreePublicFacts, StatedFigure?>)
        {
            var three = facts.threePublic ?? ThreePublicFacts()
            three[keyPath: path] = Self.merged(three[keyPath: path], figure)
            facts.threePublic = three
        }

        /// The first statement, or a later one of the same amount that says more: with the change the first one
        /// lacks (its sentence then goes with it, for the percentage of the change), or with parts.
        static func merged(_ kept: StatedFigure?, _ figure: StatedFigure) -> StatedFigure {
            guard var kept else { return figure }
            guard kept.amount.isNumericallyEqual(to: figure.amount) else { return kept }
            if kept.change == nil, figure.change != nil {
                var later = figure
                if later.parts.isEmpty { later.parts = kept.parts }
                return later
            }
            if kept.parts.isEmpty, !figure.parts.isEmpty { kept.parts = figure.parts }
            return kept
        }

        /// `本部门无政府性基金预算支出…` and the like: a clause that says there is no such expenditure.
        mutating func readGovernmentFundStatement(_ text: String, line: SourceLine?) {
            guard facts.governmentFund == nil, text.contains("政府性基金") else { return }
            for clause in NarrativeClauses.clauses(of: text) {
                let scan = clause.scan
                guard SentenceFactReader.noFundWords.contains(where: { scan.contains($0) }) else { continue }
                // A clause about the fund's income alone says nothing of its expenditure.
                guard scan.contains("支出") || scan.contains("收支") || !scan.contains("收入") else { continue }
                facts.governmentFund = GovernmentFundStatement(
                    statesNoExpenditure: true,
                    amount: nil,
                    sentence: Sentence(text: clause.text, line: line)
                )
                return
            }
        }
    }
}

extension ClauseFigures {
    /// Gives a reason written in a paragraph of its own to the stated increases and decreases that have none (to
    /// the last of them only, with `lastOnly`).
    mutating func giveReason(_ reason: String, lastOnly: Bool = false) {
        let changed = figures.indices.filter { figures[$0].figure.change != nil }
        let indices = lastOnly ? Array(changed.suffix(1)) : changed
        for index in indices {
            guard let change = figures[index].figure.change, change.direction != .unchanged, change.reason == nil else {
                continue
            }
            figures[index].figure.change?.reason = reason
        }
    }
}

extension String {
    /// The text without one trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }
}
