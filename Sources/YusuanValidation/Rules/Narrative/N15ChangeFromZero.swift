import YusuanCore

/// N15: a stated change must be possible: a figure of 0 cannot have increased (it would have been negative the
/// year before), as in “政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元”.
public struct N15ChangeFromZero: ValidationRule {
    public static let id = "N15"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        NarrativeText.forEachClause(of: context.disclosure.narrative.blocks, paragraphFilter: Self.mayHaveCandidate) {
            text,
            line in
            guard Self.mayHaveCandidate(text) else { return }
            let clause = Sentence(text: String(text), line: line)
            let figures = NarrativeText.figures(in: clause.text)
            for (figure, change) in zip(figures, figures.dropFirst()) where figure.amount.isZero {
                let between = clause.text[figure.range.upperBound..<change.range.lowerBound]
                guard between.has("比"), between.has("增加") || between.has("增长"),
                    !change.amount.isZero
                else { continue }
                let label = figure.lead.split(whereSeparator: { "，,：:".contains($0) }).last.map(String.init) ?? ""
                reporter.report(
                    LocalizedText(
                        zh:
                            "情况说明称“\(label)0\(figure.unit.rawValue)”比上年增加 \(change.amount.plainText)\(change.unit.rawValue)："
                            + "为 0 的金额不可能比上年增加（上年将为负数）。请核对该金额及增减额，增加额可能属于其他资金。",
                        en: "The narrative states \(label) is 0 yet increased by \(change.amount.plainText) "
                            + "\(change.unit.rawValue) from last year: a zero amount cannot have increased (last year "
                            + "would be negative). Check the amount and the change, which may belong to another fund."
                    ),
                    at: .narrative(clause),
                    expected: Amount.zero(scale: change.amount.scale),
                    actual: change.amount,
                    difference: change.amount
                )
            }
        }
        return reporter.outcome
    }

    /// Whether a clause may have a finding: it says 比…增加/增长 (only such a clause can state an increase) and has
    /// a figure of 0 (``NarrativeText/mayHaveZeroFigure(_:)``).
    ///
    /// A paragraph that has none of these has no clause that does (a clause is a piece of it, and the clause
    /// separators are not part of a number), so the paragraphs are tested the same way before they are split.
    ///
    /// A figure of 0 has the digit 0, so a text without that byte (found by `memchr`, the cheapest test) has none.
    static func mayHaveCandidate<Text: StringProtocol>(_ text: Text) -> Bool {
        NarrativeText.hasZeroDigit(text) && text.has("比") && (text.has("增加") || text.has("增长"))
            && NarrativeText.mayHaveZeroFigure(text)
    }
}
