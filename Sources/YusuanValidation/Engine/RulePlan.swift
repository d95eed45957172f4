import YusuanCore

/// What the validator reads about one rule of a catalogue before running it: its id, its descriptor and the
/// templates it applies to, found once when the catalogue changes instead of once per document.
struct RulePlan: Sendable {
    /// The rule's catalogue id.
    let id: String
    /// The rule's descriptor (the first with its id), when the catalogue has one.
    let descriptor: RuleDescriptor?
    /// Bit `i` is set when the rule applies to `TemplateProfile.allCases[i]`.
    private let profileBits: UInt64

    init(rule: any ValidationRule, descriptor: RuleDescriptor?) {
        id = rule.id
        self.descriptor = descriptor
        var bits: UInt64 = 0
        for (position, profile) in TemplateProfile.allCases.enumerated()
        where descriptor?.applies(to: profile) ?? true {
            bits |= 1 << UInt64(position)
        }
        profileBits = bits
    }

    /// Whether the rule applies to documents of a template (``RuleDescriptor/applies(to:)``; true without a
    /// descriptor).
    func applies(to profile: TemplateProfile) -> Bool {
        guard let position = TemplateProfile.allCases.firstIndex(of: profile), position < 64 else {
            return descriptor?.applies(to: profile) ?? true
        }
        return profileBits & (1 << UInt64(position)) != 0
    }
}
