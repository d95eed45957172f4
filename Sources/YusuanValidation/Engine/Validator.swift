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
    /// - Returns: one outcome per rule, in catalogue order.
    public func validate(_ disclosure: Disclosure, prior: Disclosure? = nil) -> ValidationReport {
        let context = ValidationContext(disclosure: disclosure, prior: prior, options: options, catalogue: catalogue)
        var outcomes: [RuleOutcome] = []
        let profile = disclosure.identity.profile
        for rule in catalogue.rules where !options.disabledRules.contains(rule.id) {
            if let descriptor = catalogue.descriptor(id: rule.id), !descriptor.applies(to: profile) {
                outcomes.append(
                    .notApplicable(
                        rule.id,
                        LocalizedText(
                            zh: "该规则不适用于\(profile.rawValue)模板的文档。",
                            en: "The rule does not apply to documents of the \(profile.rawValue) template."
                        )
                    )
                )
                continue
            }
            outcomes.append(rule.evaluate(context))
        }
        let ran = Set(outcomes.map(\.ruleID))
        return ValidationReport(
            departmentCode: disclosure.identity.departmentCode,
            departmentName: disclosure.identity.departmentName,
            year: disclosure.identity.year,
            outcomes: outcomes,
            descriptors: catalogue.descriptors.filter { ran.contains($0.id) }
        )
    }
}
