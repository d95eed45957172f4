import YusuanCore

/// Runs every rule of a catalogue on a disclosure and collects a report.
///
/// ```swift
/// let report = Validator().validate(disclosure)
/// print(TextReportWriter(language: .zh).render(report, fileName: "2024.txt"))
/// ```
public struct Validator: Sendable {
    /// The rules and reference data.
    public var catalogue: RuleCatalogue
    /// The settings of the run.
    public var options: ValidationOptions

    /// Creates a validator.
    /// - Parameters:
    ///   - catalogue: the rules to run; ``RuleCatalogue/standard`` by default.
    ///   - options: the settings; the Chongqing defaults by default.
    public init(catalogue: RuleCatalogue = .standard, options: ValidationOptions = .init()) {
        self.catalogue = catalogue
        self.options = options
    }

    /// Validates a document.
    /// - Parameters:
    ///   - disclosure: the document.
    ///   - prior: the same department's document of the previous year, for the year-on-year rule (N5).
    ///   - budget: for a 决算, the same department's budget of the same year, for its self-evaluations' targets (P8).
    /// - Returns: one outcome per rule, in catalogue order.
    ///
    /// The document is taken over (`consuming`) by the context the rules read, so that a caller that does not use
    /// it afterwards hands it over without a copy of the whole document.
    public func validate(
        _ disclosure: consuming Disclosure,
        prior: Disclosure? = nil,
        budget: Disclosure? = nil
    ) -> ValidationReport {
        let identity = disclosure.identity
        let parts = disclosure.parts
        // A document read from one file of a disclosure published as two lacks the other part.
        let lacksNarrative = !disclosure.hasNarrativePart
        let lacksTables = !disclosure.hasTablesPart
        let context = ValidationContext(
            disclosure: consume disclosure,
            prior: prior,
            budget: budget,
            options: options,
            catalogue: catalogue
        )
        let gaps = context.gaps
        let rules = catalogue.rules
        let plans = catalogue.rulePlans
        let disabled = options.disabledRules
        var outcomes: [RuleOutcome] = []
        outcomes.reserveCapacity(rules.count)
        let profile = identity.profile
        // The reason is the same for every rule that does not apply: made once, when the first one is found.
        var notApplicable: LocalizedText?
        // Whether every rule ran and reported under its own id: the report's descriptors are then those of the
        // catalogue's rules, found once per catalogue.
        var everyRuleRan = disabled.isEmpty
        for position in rules.indices {
            if !disabled.isEmpty, disabled.contains(plans[position].id) { continue }
            if plans[position].hasDescriptor, !plans[position].applies(to: profile) {
                let reason =
                    notApplicable
                    ?? LocalizedText(
                        zh: "该规则不适用于\(profile.rawValue)模板的文档。",
                        en: "The rule does not apply to documents of the \(profile.rawValue) template."
                    )
                notApplicable = reason
                outcomes.append(.notApplicable(plans[position].id, reason))
                continue
            }
            if lacksNarrative || lacksTables, let descriptor = catalogue.descriptor(id: plans[position].id),
                let reason = Self.missingPart(
                    for: descriptor,
                    lacksNarrative: lacksNarrative,
                    lacksTables: lacksTables
                )
            {
                outcomes.append(.insufficientData(plans[position].id, reason))
                continue
            }
            var outcome = rules[position].evaluate(context)
            if outcome.status == .notApplicable, !gaps.isEmpty,
                let reason = gaps.reason(for: catalogue.descriptor(id: outcome.ruleID))
            {
                outcome = .insufficientData(outcome.ruleID, reason)
            }
            if everyRuleRan, outcome.ruleID != plans[position].id { everyRuleRan = false }
            outcomes.append(outcome)
        }
        let descriptors: [RuleDescriptor]
        if everyRuleRan {
            descriptors = catalogue.descriptorsOfRules
        } else {
            let ran = Set(outcomes.map(\.ruleID))
            descriptors = catalogue.descriptors.filter { ran.contains($0.id) }
        }
        return ValidationReport(
            departmentCode: identity.departmentCode,
            departmentName: identity.departmentName,
            year: identity.year,
            outcomes: outcomes,
            descriptors: descriptors,
            parts: parts
        )
    }

    /// Why a rule cannot run on a document that is one part of a disclosure: the part it needs is in the other file.
    static func missingPart(for descriptor: RuleDescriptor, lacksNarrative: Bool, lacksTables: Bool) -> LocalizedText? {
        if lacksTables, descriptor.needsTables {
            return LocalizedText(
                zh: "文档只有情况说明，表格在另一个文件中，未与之配对，无法核对。",
                en: "The document is the narrative only; its tables are in another file that was not paired with it."
            )
        }
        if lacksNarrative, descriptor.needsNarrative {
            return LocalizedText(
                zh: "文档只有表格，情况说明在另一个文件中，未与之配对，无法核对。",
                en: "The document is the tables only; its narrative is in another file that was not paired with it."
            )
        }
        return nil
    }
}
