import YusuanCore

/// One thing a rule found: what is wrong (or worth knowing), where, and by how much.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule that reported it.
    public var ruleID: String
    /// How serious it is.
    public var severity: Severity
    /// Whether this is a rounding difference inside the envelope (always ``Severity/info``).
    public var isRounding: Bool
    /// What was found and what to fix, in both languages.
    public var message: LocalizedText
    /// Where.
    public var location: FindingLocation
    /// The other side of a comparison (the table or sentence the value was compared with), when there is one.
    public var related: FindingLocation?
    /// The value the rule expected (a sum, the figure of the other table).
    public var expected: Amount?
    /// The value printed.
    public var actual: Amount?
    /// `actual − expected`.
    public var difference: Amount?
    /// The largest difference accepted as rounding (zero for exact comparisons).
    public var tolerance: Amount?

    /// Creates a finding.
    public init(
        ruleID: String,
        severity: Severity,
        isRounding: Bool = false,
        message: LocalizedText,
        location: FindingLocation,
        related: FindingLocation? = nil,
        expected: Amount? = nil,
        actual: Amount? = nil,
        difference: Amount? = nil,
        tolerance: Amount? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.isRounding = isRounding
        self.message = message
        self.location = location
        self.related = related
        self.expected = expected
        self.actual = actual
        self.difference = difference
        self.tolerance = tolerance
    }
}
