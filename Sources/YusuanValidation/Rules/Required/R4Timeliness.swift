import YusuanCore

/// R4: the disclosure is published within 20 days of the finance bureau's approval (预算法 第十四条). The dates
/// come from ``PublicationDates`` metadata, not from the text.
public struct R4Timeliness: ValidationRule {
    public static let id = "R4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let dates = context.disclosure.identity.publication, let approvedText = dates.approved,
            let publishedText = dates.published
        else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "未提供批复日期和公开日期，无法核对公开时限。",
                    en: "The approval and publication dates are not given."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        guard let approved = CivilDay(approvedText), let published = CivilDay(publishedText) else {
            reporter.report(
                LocalizedText(
                    zh: "批复日期“\(approvedText)”或公开日期“\(publishedText)”不是 YYYY-MM-DD 格式，请更正。",
                    en: "The approval date \(approvedText) or publication date \(publishedText) is not YYYY-MM-DD."
                ),
                at: FindingLocation(),
                severity: .warning
            )
            return reporter.outcome
        }
        let days = published.dayNumber - approved.dayNumber
        let limit = context.options.publicationDeadlineDays
        if days < 0 {
            reporter.report(
                LocalizedText(
                    zh: "公开日期 \(publishedText) 早于批复日期 \(approvedText)，请核对日期。",
                    en: "The publication date \(publishedText) precedes the approval date \(approvedText): check them."
                ),
                at: FindingLocation(),
                severity: .warning
            )
        } else if days > limit {
            reporter.report(
                LocalizedText(
                    zh: "批复日期 \(approvedText)，公开日期 \(publishedText)，间隔 \(days) 天，超过法定的 \(limit) 天公开时限。",
                    en: "Approved \(approvedText), published \(publishedText): \(days) days, more than the "
                        + "\(limit) days the Budget Law allows."
                ),
                at: FindingLocation(),
                expected: Amount(limit),
                actual: Amount(days),
                difference: Amount(days - limit),
                tolerance: Amount(0)
            )
        }
        return reporter.outcome
    }
}

/// A calendar day parsed from `YYYY-MM-DD`, with a day number for differences.
struct CivilDay {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
        let parts = text.trimmingSpaces().split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
