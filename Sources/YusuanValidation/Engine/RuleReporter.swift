import YusuanCore

/// Collects the findings of one rule and turns comparisons into findings with the rule's severity.
struct RuleReporter {
    let ruleID: String
    /// The rule's severity from the catalogue.
    let severity: Severity
    let context: ValidationContext
    private(set) var findings: [Finding] = []

    init(ruleID: String, severity: Severity, context: ValidationContext) {
        self.ruleID = ruleID
        self.severity = severity
        self.context = context
    }

    /// The outcome: failed when a finding is a warning or an error, passed otherwise.
    var outcome: RuleOutcome { .ran(ruleID, findings: findings) }

    /// Reports a finding; the severity defaults to the rule's and is never raised above it.
    mutating func report(
        _ message: LocalizedText,
        at location: FindingLocation,
        related: FindingLocation? = nil,
        severity requested: Severity? = nil,
        expected: Amount? = nil,
        actual: Amount? = nil,
        difference: Amount? = nil,
        tolerance: Amount? = nil,
        isRounding: Bool = false
    ) {
        let wanted = requested ?? severity
        findings.append(
            Finding(
                ruleID: ruleID,
                severity: min(wanted, severity),
                isRounding: isRounding,
                message: message,
                location: location,
                related: related,
                expected: expected,
                actual: actual,
                difference: difference,
                tolerance: tolerance
            )
        )
    }

    /// Checks `total = Σ parts` within the rounding envelope. Blank parts are absent; a blank total is zero when
    /// its parts are not all blank. Inside the envelope the difference is an info finding (rounding). The parts are
    /// any collection, so that a row's columns are read in place. `shortSubject` names the subject again in the
    /// message (its table by the short name, ``TableName/shortZh``); the subject itself when nil.
    mutating func checkSum(
        total: Amount?,
        parts: some Collection<Amount?>,
        at location: @autoclosure () -> FindingLocation,
        related: @autoclosure () -> FindingLocation? = nil,
        subject: @autoclosure () -> LocalizedText,
        shortSubject: @autoclosure () -> LocalizedText? = nil,
        partsDescription: @autoclosure () -> LocalizedText
    ) {
        // Σ of the present parts, in order, as `Amount.sum` adds them (without building the array first).
        var sum: Amount?
        for case let part? in parts { sum = sum.map { $0 + part } ?? part }
        if total == nil && sum == nil { return }
        let expected = sum ?? Amount.zero(scale: total?.scale ?? 2)
        let actual = total ?? Amount.zero(scale: expected.scale)
        let difference = actual - expected
        if difference.isZero { return }
        let present = parts.compactMap { $0 }
        let tolerance = context.roundingEnvelope(for: present + [actual], count: present.count)
        let rounding = total != nil && difference.magnitude.compare(tolerance) != .orderedDescending
        let message = Self.sumMessage(
            subject: subject(),
            shortSubject: shortSubject(),
            actual: total,
            partsDescription: partsDescription(),
            expected: expected,
            difference: difference,
            tolerance: tolerance,
            rounding: rounding
        )
        report(
            message,
            at: location(),
            related: related(),
            severity: rounding ? .info : nil,
            expected: expected,
            actual: actual,
            difference: difference,
            tolerance: tolerance,
            isRounding: rounding
        )
    }

    /// Whether ``checkSum(total:parts:at:related:subject:partsDescription:)`` reports nothing for a total whose
    /// present parts add up to `sum` (nil when every part is blank): both blank, or no difference. A rule may add
    /// its parts in place and build the parts list only when this is false.
    static func sumMatches(total: Amount?, sum: Amount?) -> Bool {
        if total == nil && sum == nil { return true }
        let expected = sum ?? Amount.zero(scale: total?.scale ?? 2)
        let actual = total ?? Amount.zero(scale: expected.scale)
        return (actual - expected).isZero
    }

    /// Checks that two published figures are equal. With `envelopeCount` the difference may be rounding (the
    /// expected value is itself a sum of that many parts); otherwise the comparison is exact. Two blanks are
    /// equal; a blank equals zero.
    mutating func checkEqual(
        _ actual: Amount?,
        _ expected: Amount?,
        at location: @autoclosure () -> FindingLocation,
        related: @autoclosure () -> FindingLocation? = nil,
        subject: @autoclosure () -> LocalizedText,
        other: @autoclosure () -> LocalizedText,
        envelopeCount: Int? = nil,
        severity requested: Severity? = nil
    ) {
        if actual == nil && expected == nil { return }
        let left = actual ?? Amount.zero(scale: expected?.scale ?? 2)
        let right = expected ?? Amount.zero(scale: left.scale)
        let difference = left - right
        if difference.isZero { return }
        var tolerance = Amount.zero(scale: difference.scale)
        var rounding = false
        if let count = envelopeCount {
            tolerance = context.roundingEnvelope(for: [left, right], count: count)
            rounding = difference.magnitude.compare(tolerance) != .orderedDescending
        } else if left.scale != right.scale, !left.isZero, !right.isZero {
            // The same figure printed with fewer decimals in one place (`22,118,861` for 22,118,861.34, `0.73`
            // 万元 for 7,315 元): within half a unit of its last decimal it is a rounded figure, not a wrong one.
            tolerance = Self.halfUnit(ofCoarser: left, right)
            rounding = difference.magnitude.compare(tolerance) != .orderedDescending
        }
        let message = Self.equalMessage(
            subject: subject(),
            actual: actual,
            other: other(),
            expected: expected,
            difference: difference,
            tolerance: tolerance,
            rounding: rounding
        )
        report(
            message,
            at: location(),
            related: related(),
            severity: rounding ? .info : requested,
            expected: right,
            actual: left,
            difference: difference,
            tolerance: tolerance,
            isRounding: rounding
        )
    }

    /// Checks `value ≤ limit` (blank is zero).
    mutating func checkAtMost(
        _ value: Amount?,
        limit: Amount?,
        at location: @autoclosure () -> FindingLocation,
        related: @autoclosure () -> FindingLocation? = nil,
        subject: @autoclosure () -> LocalizedText,
        other: @autoclosure () -> LocalizedText,
        severity requested: Severity? = nil
    ) {
        guard let value, !value.isZero else { return }
        let bound = limit ?? Amount.zero(scale: value.scale)
        guard value.compare(bound) == .orderedDescending else { return }
        let difference = value - bound
        let subject = subject()
        let other = other()
        // A limit printed with fewer decimals (`0.73` 万元 against 7,315 元) is exceeded by its rounding only.
        if let limit, !limit.isZero, limit.scale < value.scale {
            let tolerance = Self.halfUnit(ofCoarser: value, limit)
            if difference.compare(tolerance) != .orderedDescending {
                report(
                    LocalizedText(
                        zh:
                            "\(subject.zh)为 \(value.plainText)，\(other.zh)为 \(limit.plainText)，相差 \(difference.plainText)，"
                            + "在后者的舍入误差（±\(tolerance.plainText)）以内。",
                        en: "\(subject.en) is \(value.plainText) and \(other.en) \(limit.plainText): the difference "
                            + "\(difference.plainText) is within the latter's rounding (±\(tolerance.plainText))."
                    ),
                    at: location(),
                    related: related(),
                    severity: .info,
                    expected: bound,
                    actual: value,
                    difference: difference,
                    tolerance: tolerance,
                    isRounding: true
                )
                return
            }
        }
        let message = LocalizedText(
            zh:
                "\(subject.zh)为 \(value.plainText)，超过\(other.zh) \(Describe.value(limit).zh)（多 \(difference.plainText)）。"
                + "前者是后者的一部分，不能大于后者，请核对两处金额。",
            en: "\(subject.en) is \(value.plainText), more than \(other.en) (\(Describe.value(limit).en)) by "
                + "\(difference.plainText). It is part of the latter and cannot exceed it: check both amounts."
        )
        report(
            message,
            at: location(),
            related: related(),
            severity: requested,
            expected: bound,
            actual: value,
            difference: difference,
            tolerance: Amount.zero(scale: difference.scale)
        )
    }

    /// Half a unit of the last decimal of the figure printed with fewer decimals.
    static func halfUnit(ofCoarser left: Amount, _ right: Amount) -> Amount {
        Amount(minorUnits: 5, scale: min(min(left.scale, right.scale) + 1, Amount.maximumScale))
    }

    static func sumMessage(
        subject: LocalizedText,
        shortSubject: LocalizedText? = nil,
        actual: Amount?,
        partsDescription: LocalizedText,
        expected: Amount,
        difference: Amount,
        tolerance: Amount,
        rounding: Bool
    ) -> LocalizedText {
        let shown = Describe.value(actual)
        let head = LocalizedText(
            zh:
                "\(subject.zh)为 \(shown.zh)，\(partsDescription.zh)之和为 \(expected.plainText)，相差 \(difference.plainText)。",
            en: "\(subject.en) is \(shown.en) but the sum of \(partsDescription.en) is \(expected.plainText) "
                + "(difference \(difference.plainText))."
        )
        if rounding {
            return head
                + LocalizedText(
                    zh: "差额在舍入误差允许范围 ±\(tolerance.plainText) 内，系金额四舍五入所致，无需修改。",
                    en: "This is within the rounding envelope of ±\(tolerance.plainText): a rounding difference, "
                        + "nothing to fix."
                )
        }
        let again = shortSubject ?? subject
        return head
            + LocalizedText(
                zh: "超出舍入误差允许范围 ±\(tolerance.plainText)，请核对\(again.zh)和\(partsDescription.zh)，修正错误的金额。",
                en: "This exceeds the rounding envelope of ±\(tolerance.plainText): check \(again.en) and "
                    + "\(partsDescription.en) and correct the wrong amount."
            )
    }

    static func equalMessage(
        subject: LocalizedText,
        actual: Amount?,
        other: LocalizedText,
        expected: Amount?,
        difference: Amount,
        tolerance: Amount,
        rounding: Bool
    ) -> LocalizedText {
        let head = LocalizedText(
            zh: "\(subject.zh)为 \(Describe.value(actual).zh)，\(other.zh)为 \(Describe.value(expected).zh)，"
                + "相差 \(difference.plainText)。",
            en: "\(subject.en) is \(Describe.value(actual).en) but \(other.en) is \(Describe.value(expected).en) "
                + "(difference \(difference.plainText))."
        )
        if rounding {
            return head
                + LocalizedText(
                    zh: "差额在舍入误差允许范围 ±\(tolerance.plainText) 内，系四舍五入所致，无需修改。",
                    en: "This is within the rounding envelope of ±\(tolerance.plainText): a rounding difference, "
                        + "nothing to fix."
                )
        }
        return head
            + LocalizedText(
                zh: "两处应为同一金额，请核对并修正不一致的一处。",
                en: "Both should state the same amount: check them and correct the one that is wrong."
            )
    }
}
