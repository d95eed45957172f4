import YusuanCore

/// How numbers are written in a generated narrative: with or without spaces around them, with two decimals
/// or trimmed (`2197.4`, `207`). Zero is always written `0`.
struct NarrativeFormat: Sendable {
    var spaced: Bool
    var trimsAmounts: Bool

    /// The amount as it will be written.
    func amount(_ cents: Cents) -> Amount {
        if cents == 0 { return Amount(0) }
        guard trimsAmounts else { return .cents(cents) }
        if cents % 100 == 0 { return Amount(minorUnits: cents / 100, scale: 0) }
        if cents % 10 == 0 { return Amount(minorUnits: cents / 10, scale: 1) }
        return .cents(cents)
    }

    /// The amount's text, without separators.
    func text(_ cents: Cents) -> String { amount(cents).plainText }

    /// The text with a space between every digit and the Chinese character next to it (`2024 年`), when the
    /// style is spaced; unchanged otherwise.
    func tidy(_ raw: String) -> String { spaced ? ChineseSpacing.spacingDigits(raw) : raw }
}

/// A paragraph assembled clause by clause; each clause ends with `。` or `；` and becomes a fact's sentence.
struct ParagraphText {
    let format: NarrativeFormat
    private(set) var clauses: [String] = []

    init(format: NarrativeFormat) {
        self.format = format
    }

    /// Appends a clause (tidied) and returns it as a sentence.
    @discardableResult
    mutating func add(_ raw: String) -> Sentence {
        let text = format.tidy(raw)
        clauses.append(text)
        return Sentence(text: text)
    }

    var text: String { clauses.joined() }
}
