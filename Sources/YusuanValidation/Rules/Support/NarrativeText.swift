import YusuanCore

/// Figures read straight from the narrative's sentences, for the profile rules of templates whose narrative has no
/// extracted facts (docs/PDF.md).
enum NarrativeText {
    /// An amount written with its unit in a sentence.
    struct Figure {
        var amount: Amount
        var unit: AmountUnit
        /// The text before the amount, back to the previous figure or clause start.
        var lead: Substring
        var range: Range<String.Index>
    }

    /// The clauses of the paragraphs (split at `。` and `；`), each with its line.
    static func clauses(of narrative: Narrative) -> [Sentence] {
        var result: [Sentence] = []
        forEachClause(of: narrative) { clause, line in result.append(Sentence(text: String(clause), line: line)) }
        return result
    }

    /// Calls `body` with each clause of the paragraphs (split at `。` and `；`) and its line, in order, without
    /// copying the clause out of its paragraph. Only the paragraphs that pass `paragraphFilter` are split.
    static func forEachClause(
        of narrative: Narrative,
        paragraphFilter: (String) -> Bool = { _ in true },
        _ body: (Substring, SourceLine?) -> Void
    ) {
        forEachClause(of: narrative.blocks, paragraphFilter: paragraphFilter, body)
    }

    /// ``forEachClause(of:paragraphFilter:_:)-(Narrative,_,_)`` on the narrative's blocks (read without copying
    /// the rest of the narrative).
    static func forEachClause(
        of blocks: [NarrativeBlock],
        paragraphFilter: (String) -> Bool = { _ in true },
        _ body: (Substring, SourceLine?) -> Void
    ) {
        for block in blocks where block.kind == .paragraph && paragraphFilter(block.text) {
            for clause in clauseEnds.pieces(of: block.text) { body(clause, block.line) }
        }
    }

    /// What ends a clause: `。`, `；` and `;`.
    static let clauseEnds = NeedleSet(["。", "；", ";"])

    /// Whether the text has the digit 0 (a necessary condition of ``mayHaveZeroFigure(_:)``).
    static func hasZeroDigit<Text: StringProtocol>(_ text: Text) -> Bool { text.has("0") }

    /// Whether ``figures(in:)`` may find a zero amount in the text: whether a number it would read (a digit
    /// followed by digits, commas and dots) has no digit other than 0. Without one, no figure of the text is zero.
    static func mayHaveZeroFigure<Text: StringProtocol>(_ text: Text) -> Bool {
        // A number is the part of a maximal run of digits, commas and dots from the run's first digit on: the text
        // has a zero figure exactly when a run with a digit has no digit other than 0.
        var runHasZero = false
        var runHasOtherDigit = false
        for byte in text.utf8 {
            switch byte {
            case 0x30: runHasZero = true
            case 0x31...0x39: runHasOtherDigit = true
            case 0x2C, 0x2E: continue
            default:
                if runHasZero && !runHasOtherDigit { return true }
                runHasZero = false
                runHasOtherDigit = false
            }
        }
        return runHasZero && !runHasOtherDigit
    }

    /// Every `amount 万元` or `amount 元` of a clause, in order.
    static func figures(in text: String) -> [Figure] {
        var figures: [Figure] = []
        guard text.has("元") else { return figures }
        let bytes = text.utf8
        var index = bytes.startIndex
        var leadStart = bytes.startIndex
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < bytes.endIndex {
            guard isDigit(bytes[index]) else {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            while end < bytes.endIndex, isDigit(bytes[end]) || bytes[end] == 0x2C || bytes[end] == 0x2E {
                end = bytes.index(after: end)
            }
            var numberEnd = end
            while numberEnd > index,
                bytes[bytes.index(before: numberEnd)] == 0x2C || bytes[bytes.index(before: numberEnd)] == 0x2E
            {
                numberEnd = bytes.index(before: numberEnd)
            }
            var restStart = end
            while restStart < bytes.endIndex, bytes[restStart] == 0x20 { restStart = bytes.index(after: restStart) }
            let rest = text[restStart...]
            let unit: AmountUnit? =
                rest.hasPrefixBytes("万元") ? .tenThousandYuan : rest.hasPrefixBytes("元") ? .yuan : nil
            if let unit, let amount = Amount(parsing: text[index..<numberEnd]) {
                figures.append(
                    Figure(amount: amount, unit: unit, lead: text[leadStart..<index], range: index..<numberEnd)
                )
                leadStart = end
            }
            index = end
        }
        return figures
    }
}
