import YusuanCore

/// N4: stated year-on-year changes agree with each other: a change equals the Σ of the component changes named
/// in its reason (Chongqing template); 财政拨款支出's change = 基本支出's + 项目支出's; the “三公” total's change = Σ of
/// its items'; a component named 基本支出/项目支出 equals the change stated for that figure (Chongqing template); a
/// figure stated with the amount it is compared with (`92430.00万元，比2025年年初预算数85296.07万元增加7133.93万元`)
/// is that amount plus its change.
public struct N4ChangeDecomposition: ValidationRule {
    public static let id = "N4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let facts = context.facts
        let entries = context.statedFiguresWithChanges.filter { $0.figure.change != nil }
        guard !entries.isEmpty else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述增减变化。", en: "The narrative states no year-on-year change.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        for entry in entries {
            guard let change = entry.figure.change, let prior = change.priorAmount, let stated = change.signedAmount,
                change.direction != .unchanged
            else { continue }
            reporter.checkSum(
                total: entry.figure.amount,
                parts: [prior, stated],
                at: .narrative(entry.figure.sentence),
                subject: LocalizedText(zh: "情况说明“\(entry.figure.label)”", en: "the narrative's \(entry.figure.label)"),
                partsDescription: LocalizedText(
                    zh: "所述上年数 \(prior.plainText) 与增减额 \(stated.plainText)",
                    en: "the stated prior amount \(prior.plainText) and change \(stated.plainText)"
                )
            )
        }
        // The 支出预算 paragraph speaks of the whole department (表八), the 基本/项目支出 sentences of the
        // 一般公共预算 appropriation (表二): their changes are the same figure only when the two levels are, this
        // year and last year.
        let levelsAgree =
            Self.departmentEqualsAppropriation(context.tables) && Self.incomeChangedOnlyByAppropriation(facts)
        // The Chongqing template names every component of a change in its reason (`主要是基本支出增加 66.60 万元，项目
        // 支出减少 47.28 万元`); the other families name the main ones (`主要原因是工会经费人均定额增加1000元…`), which
        // need not add up to the change.
        for entry in entries where context.isChongqingTemplate {
            guard let change = entry.figure.change, !change.components.isEmpty, let stated = change.signedAmount else {
                continue
            }
            reporter.checkSum(
                total: stated,
                parts: change.components.map(\.signedAmount),
                at: .narrative(entry.figure.sentence),
                subject: LocalizedText(
                    zh: "情况说明“\(entry.figure.label)”的增减额",
                    en: "the change of the narrative's \(entry.figure.label)"
                ),
                partsDescription: LocalizedText(zh: "原因中所列各项增减额", en: "the component changes named in its reason")
            )
            guard levelsAgree else { continue }
            for component in change.components {
                let named: StatedFigure? =
                    component.label.has("基本支出")
                    ? facts.basicExpenditure
                    : component.label.has("项目支出") ? facts.projectExpenditure : nil
                guard let named, let namedChange = named.change?.signedAmount else { continue }
                reporter.checkEqual(
                    component.signedAmount,
                    namedChange,
                    at: .narrative(entry.figure.sentence),
                    related: .narrative(named.sentence),
                    subject: LocalizedText(
                        zh: "“\(entry.figure.label)”原因中“\(component.label)”的增减额",
                        en: "the change of \(component.label) named in \(entry.figure.label)'s reason"
                    ),
                    other: LocalizedText(
                        zh: "“\(named.label)”所述增减额",
                        en: "the change stated for \(named.label)"
                    )
                )
            }
        }
        if let total = facts.appropriationExpenditure, let stated = total.change?.signedAmount,
            let basic = facts.basicExpenditure?.change?.signedAmount,
            let project = facts.projectExpenditure?.change?.signedAmount
        {
            reporter.checkSum(
                total: stated,
                parts: [basic, project],
                at: .narrative(total.sentence),
                subject: LocalizedText(
                    zh: "情况说明“\(total.label)”的增减额",
                    en: "the change of the narrative's \(total.label)"
                ),
                partsDescription: LocalizedText(
                    zh: "基本支出与项目支出的增减额",
                    en: "the changes of basic and project expenditure"
                )
            )
        }
        if let three = facts.threePublic, let total = three.total, let stated = total.change?.signedAmount {
            var changes = [three.abroad, three.reception, three.vehicleOperation, three.vehiclePurchase].map {
                $0?.change?.signedAmount
            }
            if changes.contains(where: { $0 == nil }) {
                // 公务用车购置及运行费 stated together, with one change.
                changes = [three.abroad, three.reception, three.vehicles].map { $0?.change?.signedAmount }
            }
            if changes.allSatisfy({ $0 != nil }) {
                reporter.checkSum(
                    total: stated,
                    parts: changes,
                    at: .narrative(total.sentence),
                    subject: LocalizedText(zh: "“三公”经费合计的增减额", en: "the change of the \"three public\" total"),
                    partsDescription: changes.count == 4
                        ? LocalizedText(zh: "四项“三公”经费的增减额", en: "the changes of its four items")
                        : LocalizedText(zh: "各项“三公”经费的增减额", en: "the changes of its items")
                )
            }
        }
        return reporter.outcome
    }

    /// Whether the department's 基本/项目支出 (表八 合计) equal the appropriation's (表二 合计).
    static func departmentEqualsAppropriation(_ tables: DisclosureTables) -> Bool {
        guard let department = tables.departmentExpenditure?.totalRow?.amounts,
            let appropriation = tables.generalBudgetExpenditure?.totalRow?.amounts
        else { return false }
        func same(_ left: Amount?, _ right: Amount?) -> Bool {
            (left ?? .zero()).isNumericallyEqual(to: right ?? .zero())
        }
        return same(department.basic, appropriation.basic) && same(department.project, appropriation.project)
    }

    /// Whether the income change names no source but the 一般公共预算 appropriation. A department whose
    /// 政府性基金 or other income ended last year has no such income this year (表八 equals 表二), yet its
    /// department-level change includes that source's decrease, so its 项目支出 change is not the
    /// appropriation's.
    static func incomeChangedOnlyByAppropriation(_ facts: NarrativeFacts) -> Bool {
        guard let components = facts.income?.change?.components else { return true }
        return components.allSatisfy { $0.label.has("一般公共预算") }
    }
}
