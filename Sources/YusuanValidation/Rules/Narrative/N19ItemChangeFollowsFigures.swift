import YusuanCore

/// N19: the change a per-项 statement states follows from its own figures: the percentage Z = (Y − P) / P, the
/// direction word (增加/减少, 增长/下降, 持平) the sign of Y − P, the change amount D = Y − P; without P, Z = D / (Y ∓ D).
///
/// Every printed figure stands for an interval (half a unit of its last decimal either side), so the percentage
/// computed from P and Y is an interval too, and the stated Z (widened by half a unit of its own last decimal) must
/// meet it (``PrintedRatio``). When the statement gives the year's amount twice and the two differ (N17), Z may follow
/// from either. A percentage that is the exact one cut after its last decimal rather than rounded is reported as info.
/// A percentage that a single typing slip in P explains is N20's finding, not this one's.
public struct N19ItemChangeFollowsFigures: ValidationRule {
    public static let id = "N19"

    /// Why the rule lacks data when no statement has what it checks.
    static let unchecked = LocalizedText(
        zh: "分项说明未写明可核对的上年数和增减幅度。",
        en: "No per-项 statement gives a prior figure and a change that can be checked."
    )

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        ItemStatementRules.check(Self.id, context, unchecked: Self.unchecked) { statement, reporter in
            let verdict = ItemChangeVerdict.of(statement)
            let checked = verdict != .unchecked
            guard let message = Self.message(verdict, statement) else { return checked }
            let stated = statement.statedPercent.map { statement.direction == .decrease ? -$0 : $0 }
            reporter.report(
                message.text,
                at: statement.location(line: statement.budgetLine),
                severity: message.isTruncation ? .info : nil,
                expected: message.expected,
                actual: stated ?? statement.statedChange,
                isRounding: message.isTruncation
            )
            return checked
        }
    }

    private static func message(_ verdict: ItemChangeVerdict, _ statement: ItemStatement)
        -> (text: LocalizedText, expected: Amount?, isTruncation: Bool)?
    {
        let item = statement.describe
        let prior = statement.figure(statement.priorAmount)
        let current = statement.figure(statement.budgetAmount ?? statement.amount)
        let word = Self.word(statement.direction)
        let percent = statement.statedPercent.map { "\($0.plainText)%" } ?? ""
        let stated = LocalizedText(zh: "“\(word.zh)\(percent)”", en: "“\(word.zh)\(percent)” (\(word.en) \(percent))")
        switch verdict {
        case .unchecked, .consistent, .priorMistyped:
            return nil
        case .truncated(let computed):
            return (
                LocalizedText(
                    zh: "\(item.zh)所述\(stated.zh)：按上年数 \(prior.zh) 和本年 \(current.zh) 计算为 \(computed.plainText)%，"
                        + "所写幅度是截去而非四舍五入的结果，仅差最后一位。",
                    en: "The statement of \(item.en) says \(stated.en): \(prior.en) to \(current.en) is "
                        + "\(computed.plainText)%; the stated figure is cut, not rounded, in its last decimal."
                ), computed, true
            )
        case .directionContradicts(let computed):
            let change = computed.map { "（\($0.plainText)%）" } ?? ""
            let changeEnglish = computed.map { " (\($0.plainText)%)" } ?? ""
            return (
                LocalizedText(
                    zh: "\(item.zh)所述\(stated.zh)与金额方向相反：上年数 \(prior.zh)，本年 \(current.zh)\(change)。"
                        + "请核对增减方向或金额。",
                    en: "The statement of \(item.en) says \(stated.en), but the figures go the other way: "
                        + "\(prior.en) last year, \(current.en) this year\(changeEnglish). Check the direction or the figures."
                ), computed, false
            )
        case .percentContradicts(let computed, let directionAlsoWrong, let takenOnThisYear):
            let also = directionAlsoWrong ? "，增减方向也相反" : ""
            let alsoEnglish = directionAlsoWrong ? ", in the other direction" : ""
            let base = Self.wrongBase(takenOnThisYear, percent: percent)
            let other = Self.otherAmount(statement)
            return (
                LocalizedText(
                    zh: "\(item.zh)所述\(stated.zh)与其金额不符：上年数 \(prior.zh)，本年 \(current.zh)，"
                        + "应为 \(computed.plainText)%\(also)\(other.zh)，超出所写数字的舍入范围\(base.zh)。请核对幅度或金额。",
                    en: "The statement of \(item.en) says \(stated.en), but \(prior.en) to \(current.en) is "
                        + "\(computed.plainText)%\(alsoEnglish)\(other.en), beyond the rounding of the printed figures"
                        + "\(base.en). Check the percentage or the figures."
                ), computed, false
            )
        case .changeAmountContradicts(let computed):
            let change = statement.figure(statement.statedChange)
            return (
                LocalizedText(
                    zh: "\(item.zh)所述比上年\(word.zh) \(change.zh)，但本年 \(current.zh) 与上年数 \(prior.zh) "
                        + "相差 \(computed.plainText)\(statement.unit.rawValue)。请核对。",
                    en: "The statement of \(item.en) gives a change of \(change.en) (\(word.en)), but \(current.en) "
                        + "against \(prior.en) is \(computed.plainText) \(statement.unit.rawValue). Check it."
                ), computed, false
            )
        case .unchangedContradicts(let difference):
            return (
                LocalizedText(
                    zh: "\(item.zh)写为与上年持平，但本年 \(current.zh) 与上年数 \(prior.zh) 相差 "
                        + "\(difference.plainText)\(statement.unit.rawValue)。请核对。",
                    en: "The statement of \(item.en) says unchanged (持平), but \(current.en) against \(prior.en) "
                        + "differs by \(difference.plainText) \(statement.unit.rawValue). Check it."
                ), difference, false
            )
        case .percentOfChangeContradicts(let computed, let takenOnThisYear):
            let change = statement.figure(statement.statedChange)
            let base = Self.wrongBase(takenOnThisYear, percent: percent)
            return (
                LocalizedText(
                    zh: "\(item.zh)所述比上年\(word.zh) \(change.zh)、幅度 \(percent)：按本年 \(current.zh) 推算的上年数计算，"
                        + "幅度应为 \(computed.plainText)%，超出所写数字的舍入范围\(base.zh)。请核对。",
                    en: "The statement of \(item.en) gives a change of \(change.en) and \(percent), but against last "
                        + "year's amount implied by \(current.en) the change is \(computed.plainText)%, beyond the "
                        + "rounding of the printed figures\(base.en). Check it."
                ), computed, false
            )
        }
    }

    /// The hint that a percentage was taken on this year's amount instead of last year's.
    private static func wrongBase(_ takenOnThisYear: Bool, percent: String) -> LocalizedText {
        guard takenOnThisYear else { return LocalizedText(zh: "", en: "") }
        return LocalizedText(
            zh: "；所写 \(percent) 是增减额除以本年数所得，幅度应以上年数为基数",
            en: "; the printed \(percent) is the change divided by this year's amount, not last year's"
        )
    }

    /// When the statement gives the year's amount twice, the percentage against the other figure too.
    private static func otherAmount(_ statement: ItemStatement) -> LocalizedText {
        guard let first = statement.amount, let second = statement.budgetAmount, let prior = statement.priorAmount,
            !first.isNumericallyEqual(to: second), let computed = PrintedRatio.percent(first - prior, of: prior)
        else { return LocalizedText(zh: "", en: "") }
        return LocalizedText(
            zh: "（按前一处 \(statement.figure(first).zh) 计算为 \(computed.plainText)%）",
            en: " (\(computed.plainText)% against the first figure, \(statement.figure(first).en))"
        )
    }

    static func word(_ direction: ChangeDirection?) -> LocalizedText {
        switch direction {
        case .increase: LocalizedText(zh: "增加", en: "an increase")
        case .decrease: LocalizedText(zh: "减少", en: "a decrease")
        case .unchanged: LocalizedText(zh: "持平", en: "unchanged")
        case nil: LocalizedText(zh: "", en: "")
        }
    }
}
