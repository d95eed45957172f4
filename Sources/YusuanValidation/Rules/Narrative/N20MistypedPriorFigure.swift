import YusuanCore

/// N20: a prior-year figure that contradicts its own percentage is reported at that figure when one typing slip in
/// it — a digit too many, one digit wrong, two neighbouring digits swapped (``PriorFigureTypos``) — gives a figure
/// from which the stated percentage follows exactly (computed and rounded to the decimals Z is printed with), as `2025年当年预算执行数为
/// 43269.3万元 … 增加17.62%` against 3,269.3. The message gives the prior figure the percentage implies, Y / (1 + Z).
/// When no slip explains it, the percentage is what N19 reports.
public struct N20MistypedPriorFigure: ValidationRule {
    public static let id = "N20"

    /// Why the rule lacks data when no statement has what it checks.
    static let unchecked = LocalizedText(
        zh: "分项说明未同时写明上年数和增减百分比。",
        en: "No per-项 statement gives both a prior figure and a percentage."
    )

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        ItemStatementRules.check(Self.id, context, unchecked: Self.unchecked) { statement, reporter in
            guard statement.priorAmount != nil, statement.statedPercent != nil else { return false }
            guard case .priorMistyped(let candidate, let implied) = ItemChangeVerdict.of(statement),
                let prior = statement.priorAmount
            else { return true }
            let item = statement.describe
            let word = N19ItemChangeFollowsFigures.word(statement.direction)
            let percent = statement.statedPercent.map { "\($0.plainText)%" } ?? ""
            let current = statement.figure(statement.budgetAmount ?? statement.amount)
            let label = statement.priorLabel ?? "上年数"
            reporter.report(
                LocalizedText(
                    zh: "\(item.zh)的上年数“\(label)为 \(statement.figure(prior).zh)”疑似笔误：所述“\(word.zh)\(percent)”"
                        + "对应的上年数约为 \(implied.plainText)\(statement.unit.rawValue)（本年 \(current.zh) ÷ "
                        + "(1 \(statement.direction == .decrease ? "−" : "+") \(percent))），"
                        + "与 \(statement.figure(candidate).zh) 相符，只差一处数字。请核对上年数。",
                    en: "The prior-year figure of \(item.en), \(statement.figure(prior).en) (\(label)), looks "
                        + "mistyped: the stated \(word.en) of \(percent) implies about \(implied.plainText) "
                        + "\(statement.unit.rawValue) last year (\(current.en) / (1 "
                        + "\(statement.direction == .decrease ? "−" : "+") \(percent))), which "
                        + "\(statement.figure(candidate).en) — one digit away — matches. Check the prior figure."
                ),
                at: statement.location(line: statement.priorLine),
                expected: candidate,
                actual: prior,
                difference: prior - candidate
            )
            return true
        }
    }
}
