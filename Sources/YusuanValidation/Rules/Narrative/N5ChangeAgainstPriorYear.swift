import YusuanCore

/// N5: with the same department's document of the previous year, each stated change equals this year's figure
/// minus last year's.
public struct N5ChangeAgainstPriorYear: ValidationRule {
    public static let id = "N5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let prior = context.prior else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "未提供同一部门上年度的预算公开文档，无法核对增减额。",
                    en: "No previous-year document of the same department was given."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        let current = context.disclosure.identity
        let sameDepartment =
            (current.departmentCode != nil && current.departmentCode == prior.identity.departmentCode)
            || Labels.same(current.departmentName, prior.identity.departmentName)
        guard sameDepartment, prior.identity.year == current.year - 1 else {
            reporter.report(
                LocalizedText(
                    zh: "所给上年文档为\(prior.identity.year)年“\(prior.identity.qualifiedName)”，不是本部门\(current.year - 1)年的文档，"
                        + "未核对增减额。请提供同一部门上年度的文档。",
                    en: "The prior document is \(prior.identity.qualifiedName) \(prior.identity.year), not this "
                        + "department's \(current.year - 1) document: changes were not checked."
                ),
                at: FindingLocation(line: context.disclosure.narrative.titleLine),
                severity: .warning
            )
            return reporter.outcome
        }
        let before = Dictionary(
            StatedFigures.withChanges(prior.narrative.facts).map { ($0.fact, $0.figure) },
            uniquingKeysWith: { a, _ in a }
        )
        for entry in context.statedFiguresWithChanges {
            guard let change = entry.figure.change, let stated = change.signedAmount,
                change.comparedYear == nil || change.comparedYear == prior.identity.year,
                let previous = before[entry.fact]
            else { continue }
            let actual = entry.figure.amount - previous.amount
            reporter.checkEqual(
                stated,
                actual,
                at: .narrative(entry.figure.sentence),
                related: .narrative(previous.sentence),
                subject: LocalizedText(
                    zh: "情况说明“\(entry.figure.label)”所述增减额",
                    en: "the change stated for \(entry.figure.label)"
                ),
                other: LocalizedText(
                    zh: "本年 \(entry.figure.amount.plainText) 减上年 \(previous.amount.plainText) 之差",
                    en: "this year's \(entry.figure.amount.plainText) minus last year's \(previous.amount.plainText)"
                ),
                envelopeCount: 2
            )
        }
        return reporter.outcome
    }
}
