import YusuanCore

/// Reads the facts of a 部门决算 narrative (DOMAIN §9) by their wording, whatever the department: the totals and
/// shares, the changes on the previous year, `完成年初预算的 R%` for the 一般公共预算财政拨款支出 and every 功能 项,
/// 基本支出 = 人员经费 + 公用经费, the “三公” against the budget, 机关运行经费, 政府采购 with the small firms' part,
/// 国有资产 and the 绩效管理 statement (``FinalAccountFacts``).
///
/// The blocks are read as one folded run of text (``FinalAccountText``), so a sentence broken over lines, blocks or a
/// page reads whole; headings are boundaries no list of parts runs over. A figure is read only where its words
/// stand right before its amount (`本年收入合计2946.25万元`); a placeholder (`XXX 万元`) gives none.
enum FinalAccountNarrativeReader {
    /// The facts, or nil when the narrative states none of them.
    static func facts(from blocks: [NarrativeBlock]) -> FinalAccountFacts? {
        let text = FinalAccountText(blocks: blocks)
        guard text.count > 0 else { return nil }
        var facts = FinalAccountFacts()
        facts.grandTotal = totalFigure(
            "收入支出总计",
            in: text,
            excluding: "财政拨款"
        )
        facts.appropriationTotal = totalFigure("财政拨款收入支出总计", in: text, excluding: nil)
        facts.income = figureWithParts("本年收入合计", in: text)
        facts.expenditure = figureWithParts("本年支出合计", in: text)
        facts.generalBudgetExpenditure = generalBudgetExpenditure(in: text)
        facts.functionClasses = functionClasses(in: text)
        facts.generalBudgetExecution = generalBudgetExecution(in: text)
        facts.itemExecutions = itemExecutions(in: text)
        facts.basicExpenditure = basicExpenditure(in: text)
        facts.threePublic = threePublic(in: text)
        facts.operatingCost = totalFigure("机关运行经费支出", in: text, excluding: nil)
        facts.procurement = procurement(in: text)
        facts.assets = assets(in: text)
        facts.performance = performance(in: text)
        return facts.isEmpty ? nil : facts
    }

    // MARK: - Figures

    /// `label X万元` where the amount follows the label (after `为` at most): the figure and the offset after it.
    static func figure(
        _ label: String,
        at offset: Int,
        labelLength: Int? = nil,
        in text: FinalAccountText,
        slack: Int = 2
    ) -> (FinalAccountFigure, end: Int)? {
        let labelEnd = offset + (labelLength ?? label.unicodeScalars.count)
        guard let found = text.amount(after: labelEnd, slack: slack, limit: text.clauseEnd(from: labelEnd)) else {
            return nil
        }
        var figure = FinalAccountFigure(
            label: label,
            amount: found.amount,
            unit: found.unit,
            sentence: text.sentence(at: offset)
        )
        var end = found.end
        // `，占99.79%` / `，占本年支出合计的100.00%`.
        if text.matches("，占", at: end) || text.matches("占", at: end) {
            let start = text.matches("，", at: end) ? end + 2 : end + 1
            if let share = text.percent(after: start, slack: 12, limit: text.clauseEnd(from: start)) {
                figure.sharePercent = share.value
                end = share.end
            }
        }
        return (figure, end)
    }

    /// The first statement of `label` with an amount (not preceded by `excluding`), with its change on the previous
    /// year read from its sentence and the next one.
    static func totalFigure(_ label: String, in text: FinalAccountText, excluding: String?) -> FinalAccountFigure? {
        for offset in text.offsets(of: label) {
            if let excluding, text.matches(excluding, at: offset - excluding.unicodeScalars.count) { continue }
            guard case (var figure, let end)? = Self.figure(label, at: offset, in: text, slack: 3) else { continue }
            readChange(into: &figure, from: end, in: text)
            return figure
        }
        return nil
    }

    /// The change stated after a figure, up to the end of the next sentence (not over a heading): `增加/减少 X 万元`,
    /// `增长/下降 R%`, or `持平`; the year compared with and the reason (`主要原因…`).
    static func readChange(into figure: inout FinalAccountFigure, from start: Int, in text: FinalAccountText) {
        let first = text.sentenceEnd(from: start)
        let boundary = text.text.boundary(after: start)
        let end = first < boundary ? min(text.sentenceEnd(from: first + 1), boundary) : first
        guard start < end else { return }
        let amountWords: [(String, ChangeDirection)] = [("增加", .increase), ("减少", .decrease)]
        let percentWords: [(String, ChangeDirection)] = [
            ("增长", .increase), ("上升", .increase), ("下降", .decrease), ("降低", .decrease),
        ]
        var direction: ChangeDirection?
        var amount: Amount?
        var percent: Amount?
        var changeStart = end
        for (word, wordDirection) in amountWords {
            guard let offset = text.find(word, from: start, to: end) else { continue }
            let after = offset + 2 + (text.matches("了", at: offset + 2) ? 1 : 0)
            if let found = text.amount(after: after, slack: 0, limit: end) {
                direction = wordDirection
                amount = found.amount
                changeStart = min(changeStart, offset)
                if let percentFound = text.percent(after: found.end, slack: 4, limit: text.clauseEnd(from: found.end)) {
                    percent = percentFound.value
                }
                break
            }
            if let found = text.percent(after: after, slack: 0, limit: end) {
                direction = wordDirection
                percent = found.value
                changeStart = min(changeStart, offset)
                break
            }
        }
        if percent == nil {
            for (word, wordDirection) in percentWords {
                guard let offset = text.find(word, from: start, to: end),
                    let found = text.percent(after: offset + 2, slack: 0, limit: end)
                else { continue }
                direction = direction ?? wordDirection
                percent = found.value
                changeStart = min(changeStart, offset)
                break
            }
        }
        if direction == nil, let offset = text.find("持平", from: start, to: end) {
            direction = .unchanged
            changeStart = offset
        }
        guard let direction else { return }
        let comparedYear = text.year(in: start..<changeStart)
        figure.change = StatedChange(
            direction: direction,
            amount: amount,
            comparedWith: comparedYear.map { "\($0)年度" } ?? "上年",
            comparedYear: comparedYear,
            reason: text.reason(in: start..<min(text.sentenceEnd(from: end + 1), text.text.boundary(after: end)))
        )
        figure.changePercent = percent
        figure.sentence = text.sentence(from: text.sentenceStart(before: start), to: changeStart)
        figure.sentence.line = text.text.line(at: start)
    }

    /// `label X万元，其中：A a万元，占 p%；B b万元，占 q%；…` up to the end of the paragraph's statement (a heading, or
    /// a sentence that lists no part).
    static func figureWithParts(_ label: String, in text: FinalAccountText) -> FinalAccountFigure? {
        for offset in text.offsets(of: label) {
            guard case (var figure, let end)? = Self.figure(label, at: offset, in: text, slack: 3) else { continue }
            guard let opening = text.find("其中", from: end, to: end + 3) else { return figure }
            figure.parts = parts(from: opening + 2, in: text)
            return figure
        }
        return nil
    }

    /// The parts listed from `start`: each `name X万元` with its share, separated by `，`, `；` or `、`, up to the next
    /// boundary or a sentence end after which no part follows.
    static func parts(from start: Int, in text: FinalAccountText) -> [FinalAccountFigure] {
        let boundary = text.text.boundary(after: start)
        var result: [FinalAccountFigure] = []
        var index = start
        while index < boundary {
            if text.text[index] == ":" { index += 1 }
            // The name runs to the first digit.
            var nameEnd = index
            while nameEnd < boundary, !StatementText.isDigit(text.text[nameEnd]),
                !"。；;，".unicodeScalars.contains(text.text[nameEnd])
            {
                nameEnd += 1
            }
            // A part is a short name right before its amount; a statement (`…年初预算为 X`) ends the list.
            guard nameEnd < boundary, nameEnd > index, nameEnd - index <= 30, StatementText.isDigit(text.text[nameEnd]),
                text.text[nameEnd - 1] != "为"
            else { break }
            let name = text.written(index..<nameEnd)
            guard let (part, end) = Self.figure(name, at: index, labelLength: nameEnd - index, in: text, slack: 0)
            else { break }
            var labelled = part
            labelled.label = String(
                name.replacingOccurrences("(类)", "").replacingOccurrences("（类）", "").unicodeScalars.filter {
                    StatementText.fold($0) != nil
                }
            )
            result.append(labelled)
            index = end
            while index < boundary, "，；;、".unicodeScalars.contains(text.text[index]) { index += 1 }
            if index < boundary, text.text[index] == "。" { break }
        }
        return result
    }

    /// 一般公共预算财政拨款支出 X万元，占本年支出合计的 R%。与上年相比…: the first such statement with a share or a
    /// change (not the `年初预算为` one).
    static func generalBudgetExpenditure(in text: FinalAccountText) -> FinalAccountFigure? {
        let label = "一般公共预算财政拨款支出"
        for offset in text.offsets(of: label) {
            guard case (var figure, let end)? = Self.figure(label, at: offset, in: text, slack: 0) else { continue }
            readChange(into: &figure, from: end, in: text)
            return figure
        }
        return nil
    }

    /// `一般公共预算财政拨款支出 X万元，主要用于以下方面：一般公共服务支出（类）a万元，占 p%；…`.
    static func functionClasses(in text: FinalAccountText) -> [FinalAccountFigure]? {
        guard let offset = text.find("主要用于以下方面", from: 0) else { return nil }
        let found = parts(from: offset + 8, in: text)
        return found.isEmpty ? nil : found
    }

    /// `一般公共预算财政拨款基本支出 X万元。其中：人员经费 a万元，…；公用经费 b万元，…`.
    static func basicExpenditure(in text: FinalAccountText) -> FinalAccountFigure? {
        let label = "一般公共预算财政拨款基本支出"
        for offset in text.offsets(of: label) {
            guard case (var figure, let end)? = Self.figure(label, at: offset, in: text, slack: 2) else { continue }
            let limit = text.text.boundary(after: end)
            for part in ["人员经费", "公用经费"] {
                guard let at = text.find(part, from: end, to: limit),
                    let (found, _) = Self.figure(part, at: at, in: text, slack: 1)
                else { continue }
                figure.parts.append(found)
            }
            return figure
        }
        return nil
    }
}

extension String {
    /// The string with every `target` replaced (without Foundation).
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
