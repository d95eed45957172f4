import YusuanCore

/// Reads the per-项 statements of a narrative (DOMAIN §8): for every 项 of the 财政拨款 table, one paragraph —
///
/// `1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为
/// 1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。`
///
/// The blocks are read as one run of text (``StatementText``), so a paragraph that holds several statements (the PDF's
/// line joining merged them) gives several, and a statement split over two blocks at a page break gives one. Each
/// statement runs from its heading (``ItemStatementHeads``) over the sentences that continue it — usage, the prior
/// year's figure, the year's amount, the change, the reason (``ItemStatementClauses``) — and ends after its reason, at
/// the next statement, at a heading, or before a sentence that states none of these.
enum ItemStatementReader {
    /// The statements in published order; nil when the narrative has none.
    static func statements(in blocks: [NarrativeBlock]) -> [ItemStatement]? {
        guard blocks.contains(where: { mayHoldStatement($0.text) }) else { return nil }
        let text = StatementText(blocks: blocks)
        let heads = ItemStatementHeads(text: text).heads()
        guard !heads.isEmpty else { return nil }
        var result: [ItemStatement] = []
        result.reserveCapacity(heads.count)
        for (index, head) in heads.enumerated() {
            let next = index + 1 < heads.count ? heads[index + 1].start : text.count
            let end = min(next, text.boundary(after: head.start))
            result.append(statement(head, regionEnd: end, text: text))
        }
        return result
    }

    /// Whether a block may hold a statement: a 项 marker (`项）`, `项)`), a whole code in brackets (`（2040601）`), or a
    /// code of 7 digits in a block that names a 执行数. Most narratives have none of these and are not read further.
    ///
    /// One byte search for each closing bracket, `）` (EF BC 89) and `)` (29), looks at the bytes before it; the
    /// pass over the byte 89 also meets 执 (E6 89 A7).
    static func mayHoldStatement(_ text: String) -> Bool {
        text.withTextSpan { bytes in
            let count = bytes.count
            var namesExecution = false
            for closing in [UInt8(0x89), 0x29] {
                var from = 0
                while let offset = bytes.firstOffset(ofByte: closing, from: from) {
                    from = offset + 1
                    var end = offset
                    if closing == 0x89 {
                        // 执行数: E6 89 A7 E8 A1 8C E6 95 B0.
                        if offset >= 1, offset + 7 < count, bytes[offset - 1] == 0xE6, bytes[offset + 1] == 0xA7,
                            bytes[offset + 2] == 0xE8, bytes[offset + 3] == 0xA1, bytes[offset + 4] == 0x8C
                        {
                            namesExecution = true
                        }
                        guard offset >= 2, bytes[offset - 2] == 0xEF, bytes[offset - 1] == 0xBC else { continue }
                        end = offset - 2
                    }
                    // 项 is E9 A1 B9.
                    if end >= 3, bytes[end - 3] == 0xE9, bytes[end - 2] == 0xA1, bytes[end - 1] == 0xB9 { return true }
                    if end >= 7, (end - 7..<end).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) { return true }
                }
            }
            guard namesExecution else { return false }
            var run = 0
            for byte in bytes {
                if byte >= 0x30 && byte <= 0x39 {
                    run += 1
                } else {
                    if run == 7 { return true }
                    run = 0
                }
            }
            return run == 7
        }
    }

    private static func statement(_ head: ItemStatementHeads.Head, regionEnd: Int, text: StatementText) -> ItemStatement
    {
        let clauses = ItemStatementClauses(text: text)
        var usage: (start: Int, textStart: Int, sentenceEnd: Int)?
        var prior: ItemStatementClauses.Prior?
        var budget: ItemStatementClauses.Budget?
        var change: ItemStatementClauses.Change?
        var reason: (start: Int, textStart: Int, sentenceEnd: Int)?
        var end = head.end
        var sentenceStart = head.end
        var isFirst = true
        while sentenceStart < regionEnd {
            var stop = sentenceStart
            while stop < regionEnd, text[stop] != "。" { stop += 1 }
            let sentenceEnd = stop < regionEnd ? stop + 1 : regionEnd
            let body = sentenceStart..<stop
            defer { sentenceStart = sentenceEnd }
            if body.isEmpty {
                // `…的支出。。2025年…`: an empty sentence neither continues nor ends the statement.
                if isFirst {
                    end = sentenceEnd
                    isFirst = false
                }
                continue
            }
            var found = false
            if usage == nil, let (start, textStart) = clauses.usageStart(in: body) {
                usage = (start, textStart, body.upperBound)
                found = true
            }
            if prior == nil, let clause = clauses.prior(in: body) {
                prior = clause
                found = true
            }
            if budget == nil, let clause = clauses.budget(in: body) {
                budget = clause
                found = true
            }
            var reasonFrom = body.lowerBound
            if change == nil, let clause = clauses.change(in: body) {
                change = clause
                reasonFrom = clause.range.upperBound
                found = true
            }
            if change != nil, reason == nil, let (start, textStart) = clauses.reason(in: reasonFrom..<body.upperBound) {
                reason = (start, textStart, body.upperBound)
                found = true
            }
            if !found && !isFirst { break }
            end = sentenceEnd
            isFirst = false
            if reason != nil { break }
        }
        let line = text.line(at: head.start)
        let starts = [prior?.range.lowerBound, budget?.range.lowerBound, change?.range.lowerBound, reason?.start]
            .compactMap { $0 }
        let usageText = usage.map { usage in
            let stop = starts.filter { $0 > usage.textStart && $0 < usage.sentenceEnd }.min() ?? usage.sentenceEnd
            return text.written(trimmed(usage.textStart..<stop, in: text))
        }
        let reasonText = reason.map { text.written(trimmed($0.textStart..<$0.sentenceEnd, in: text)) }
        let priorLine = prior.flatMap { text.line(at: $0.amountOffset) }
        return ItemStatement(
            code: head.code,
            className: head.className,
            sectionName: head.sectionName,
            itemName: head.itemName,
            amount: head.amount,
            unit: head.unit,
            usage: usageText.flatMap { $0.isEmpty ? nil : $0 },
            priorYear: prior?.year,
            priorAmount: prior.map { converted($0.amount, from: $0.unit, to: head.unit) },
            priorLabel: prior?.label,
            budgetAmount: budget.map { converted($0.amount, from: $0.unit, to: head.unit) },
            direction: change?.direction,
            statedPercent: change?.percent,
            statedChange: change.flatMap { change in
                change.amount.map { converted($0, from: change.unit ?? head.unit, to: head.unit) }
            },
            reason: reasonText.flatMap { $0.isEmpty ? nil : $0 },
            sentence: Sentence(text: text.written(head.start..<end), line: line),
            priorLine: priorLine == line ? nil : priorLine,
            budgetLine: budget.flatMap { text.line(at: $0.amountOffset) }
        )
    }

    /// An amount in the statement's unit, exactly (`2,087,959元` is `208.7959万元`); as written when it cannot be.
    private static func converted(_ amount: Amount, from unit: AmountUnit, to target: AmountUnit) -> Amount {
        amount.converted(from: unit, to: target) ?? amount
    }

    /// The range without the punctuation at its end (`，`, `。`, `；`).
    private static func trimmed(_ range: Range<Int>, in text: StatementText) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, "，,。；;:、".unicodeScalars.contains(text[upper - 1]) { upper -= 1 }
        return range.lowerBound..<upper
    }
}
