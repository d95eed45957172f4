import Foundation
import YusuanCore

/// N13: a percentage stated with a change (`增长 12.5%`) equals the change divided by last year's figure
/// (this year's figure minus the change), to the precision written.
public struct N13StatedPercentages: ValidationRule {
    public static let id = "N13"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let entries = context.statedFiguresWithChanges
        var checked = 0
        var reporter = context.reporter(for: Self.id)
        for entry in entries {
            guard let change = entry.figure.change, let signed = change.signedAmount,
                let stated = Self.changePercentage(in: entry.figure.sentence.text)
            else { continue }
            let previous = entry.figure.amount - signed
            guard !previous.isZero, let computed = Self.ratio(signed.magnitude, previous, scale: stated.scale) else {
                continue
            }
            checked += 1
            let difference = stated - computed
            let tolerance = Amount(minorUnits: 1, scale: stated.scale)
            guard difference.magnitude.compare(tolerance) == .orderedDescending else { continue }
            reporter.report(
                LocalizedText(
                    zh: "情况说明“\(entry.figure.label)”所述增减幅度 \(stated.plainText)% 与按金额计算的 \(computed.plainText)% 不符，请核对。",
                    en: "The narrative states a change of \(stated.plainText)% for \(entry.figure.label), but the "
                        + "amounts give \(computed.plainText)%: check it."
                ),
                at: .narrative(entry.figure.sentence),
                expected: computed,
                actual: stated,
                difference: difference,
                tolerance: tolerance
            )
        }
        if checked == 0 {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "情况说明未陈述增减百分比。", en: "The narrative states no percentage change.")
            )
        }
        return reporter.outcome
    }

    /// The percentage of the change in a sentence: the first `12.5%`, or, where the sentence also gives a share
    /// (`占“三公”经费的19.1%`, `占97.9%`), the first one after the direction word of the change.
    static func changePercentage(in text: String) -> Amount? {
        guard text.has("占") else { return percentage(in: text) }
        let words = ["增加", "减少", "增长", "下降", "上升", "降低", "提高"]
        guard let start = words.compactMap({ text.range(of: $0)?.lowerBound }).min() else { return nil }
        return percentage(in: String(text[start...]))
    }

    /// The first `12.5%` in a sentence, read by characters.
    static func percentage(in text: String) -> Amount? {
        guard let percent = firstPercentSign(in: text) else { return nil }
        var start = percent
        while start > text.startIndex {
            let previous = text.index(before: start)
            guard text[previous].isASCII, text[previous].isNumber || text[previous] == "." else { break }
            start = previous
        }
        return Amount(parsing: Substring(text[start..<percent]))
    }

    /// The first character `%` or `％` of a text. The bytes find the first candidate; it is the answer when it
    /// starts a character that is `%` or `％` (no mark combines with it), else the characters are searched.
    static func firstPercentSign(in text: String) -> String.Index? {
        let halfWidth = text.byteRange(of: "%")
        let fullWidth = text.byteRange(of: "％")
        guard let first = [halfWidth?.lowerBound, fullWidth?.lowerBound].compactMap({ $0 }).min() else { return nil }
        let isCharacterStart = first == text.startIndex || text.index(after: text.index(before: first)) == first
        if isCharacterStart, text[first] == "%" || text[first] == "％" { return first }
        return text.firstIndex(where: { $0 == "%" || $0 == "％" })
    }

    /// `part / whole × 100`, rounded half up to `scale` decimals, computed in integers.
    static func ratio(_ part: Amount, _ whole: Amount, scale: Int) -> Amount? {
        let common = max(part.scale, whole.scale)
        guard let numerator = part.rescaled(to: common)?.minorUnits,
            let denominator = whole.rescaled(to: common)?.minorUnits,
            denominator != 0
        else { return nil }
        var factor: Int64 = 100
        for _ in 0..<scale { factor *= 10 }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: factor * 2)
        guard !overflow else { return nil }
        let quotient = (scaled / denominator + ((scaled >= 0) == (denominator > 0) ? 1 : -1)) / 2
        return Amount(minorUnits: quotient, scale: scale)
    }
}
