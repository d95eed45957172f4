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
        for block in narrative.blocks where block.kind == .paragraph {
            for clause in block.text.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" }) {
                result.append(Sentence(text: String(clause), line: block.line))
            }
        }
        return result
    }

    /// Every `amount 万元` or `amount 元` of a clause, in order.
    static func figures(in text: String) -> [Figure] {
        var figures: [Figure] = []
        var index = text.startIndex
        var leadStart = text.startIndex
        while index < text.endIndex {
            guard text[index].isASCII && text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "," || text[end] == "." {
                end = text.index(after: end)
            }
            var number = text[index..<end]
            while number.last == "," || number.last == "." { number = number.dropLast() }
            let rest = text[end...].drop { $0 == " " }
            let unit: AmountUnit? = rest.hasPrefix("万元") ? .tenThousandYuan : rest.hasPrefix("元") ? .yuan : nil
            if let unit, let amount = Amount(parsing: number) {
                figures.append(Figure(amount: amount, unit: unit, lead: text[leadStart..<index], range: index..<end))
                leadStart = end
            }
            index = end
        }
        return figures
    }
}
