import YusuanCore

/// What the validator reads about one rule of a catalogue before running it: its id, whether it has a descriptor
/// and the templates it applies to, found once when the catalogue changes instead of once per document.
struct RulePlan: Sendable {
    /// The rule's catalogue id.
    let id: String
    /// Whether the catalogue has a descriptor for the rule.
    let hasDescriptor: Bool
    /// For each of `TemplateProfile.allCases`, whether the rule applies to it.
    private let appliesByProfile: [Bool]

    /// - Parameters:
    ///   - rule: the rule.
    ///   - descriptor: the rule's descriptor (the first with its id), when the catalogue has one.
    init(rule: any ValidationRule, descriptor: RuleDescriptor?) {
        id = rule.id
        hasDescriptor = descriptor != nil
        appliesByProfile = TemplateProfile.allCases.map { descriptor?.applies(to: $0) ?? true }
    }

    /// Whether the rule applies to documents of a template (``RuleDescriptor/applies(to:)``; true without a
    /// descriptor).
    func applies(to profile: TemplateProfile) -> Bool {
        guard let position = TemplateProfile.allCases.firstIndex(of: profile) else { return true }
        return appliesByProfile[position]
    }
}
