import Foundation
import YusuanCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// The first `12.5%` in a sentence.
    ///
    /// Read by bytes when the characters around the sign and the number are plain (``percentageByBytes(in:)``),
    /// else by characters (``percentageByCharacters(in:)``).
    static func percentage(in text: String) -> Amount? {
        var text = text
        if let read = text.withUTF8(percentageByBytes) { return read }
        return percentageByCharacters(in: text)
    }

    /// ``percentageByCharacters(in:)`` read from the text's bytes, or nil (undecided) when a scalar next to the sign
    /// or before the number might join its neighbour in one character.
    ///
    /// The first sign's bytes (`%` or `％`) are the first sign character when the scalar before them cannot join the
    /// sign (ASCII, or a 3-byte scalar from U+3000 to U+9FFF or from U+F000: none is a prepended mark) and the
    /// scalar after cannot extend it (ASCII, U+4000–U+9FFF or U+FF00–U+FF7F: none is a combining or spacing mark
    /// or a joiner); no other text equals either sign. The digits and points before it are then characters of their
    /// own, the number's first one too when the scalar before it is of the first kind.
    static func percentageByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Amount?? {
        guard let (sign, width) = firstSignBytes(bytes) else { return .some(nil) }
        let count = bytes.count
        func cannotPrecede(_ offset: Int) -> Bool {
            if offset == 0 || bytes[offset - 1] < 0x80 { return true }
            guard offset >= 3 else { return false }
            let lead = bytes[offset - 3]
            return (0xE3...0xE9).contains(lead) || lead == 0xEF
        }
        let after = sign + width
        let cannotExtend =
            after == count || bytes[after] < 0x80 || (0xE4...0xE9).contains(bytes[after])
            || (bytes[after] == 0xEF && after + 1 < count && (bytes[after + 1] == 0xBC || bytes[after + 1] == 0xBD))
        guard cannotPrecede(sign), cannotExtend else { return nil }
        var start = sign
        while start > 0, (0x30...0x39).contains(bytes[start - 1]) || bytes[start - 1] == 0x2E { start -= 1 }
        guard cannotPrecede(start) else { return nil }
        return .some(Amount.parsing(utf8: UnsafeBufferPointer(rebasing: bytes[start..<sign])))
    }

    /// The offset and width of the first bytes of `%` (25) or `％` (EF BC 85).
    static func firstSignBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, width: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        var limit = bytes.count
        var found: (offset: Int, width: Int)?
        if let hit = memchr(base, 0x25, limit) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            found = (offset, 1)
            limit = offset
        }
        // ％ before the `%`: its last byte is found, and the two before it compared.
        var from = 2
        while from < limit, let hit = memchr(base + from, 0x85, limit - from) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[offset - 2] == 0xEF && bytes[offset - 1] == 0xBC { return (offset - 2, 3) }
            from = offset + 1
        }
        return found
    }

    /// The first `12.5%` in a sentence, read by characters.
    static func percentageByCharacters(in text: String) -> Amount? {
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
