/// What running one rule gave: whether it ran, and what it found.
public struct RuleOutcome: Sendable, Hashable, Codable {
    /// Whether the rule ran and held.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// The rule ran and holds (it may still report info findings such as rounding).
        case passed
        /// The rule ran and reported at least one error or warning.
        case failed
        /// The rule does not apply to this document (a 决算-only rule on a 预算, an absent optional table).
        case notApplicable = "not-applicable"
        /// The rule applies but the document lacks what it needs (no dates for the timeliness rule).
        case insufficientData = "insufficient-data"
    }

    /// The rule.
    public var ruleID: String
    /// Whether it ran and held.
    public var status: Status
    /// What it found.
    public var findings: [Finding]
    /// Why the rule did not run, for ``Status/notApplicable`` and ``Status/insufficientData``.
    public var reason: LocalizedText?

    /// Creates an outcome.
    public init(ruleID: String, status: Status, findings: [Finding] = [], reason: LocalizedText? = nil) {
        self.ruleID = ruleID
        self.status = status
        self.findings = findings
        self.reason = reason
    }

    /// The outcome of a rule that ran: failed when any finding is a warning or an error, passed otherwise.
    public static func ran(_ ruleID: String, findings: [Finding]) -> RuleOutcome {
        let failed = findings.contains { $0.severity != .info }
        return RuleOutcome(ruleID: ruleID, status: failed ? .failed : .passed, findings: findings)
    }

    /// A rule that does not apply.
    public static func notApplicable(_ ruleID: String, _ reason: LocalizedText) -> RuleOutcome {
        RuleOutcome(ruleID: ruleID, status: .notApplicable, reason: reason)
    }

    /// A rule that lacks data.
    public static func insufficientData(_ ruleID: String, _ reason: LocalizedText) -> RuleOutcome {
        RuleOutcome(ruleID: ruleID, status: .insufficientData, reason: reason)
    }
}
