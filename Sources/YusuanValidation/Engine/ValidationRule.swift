/// A validation rule: one per type and file, identified by its catalogue id.
///
/// A rule reads the ``ValidationContext`` and returns a ``RuleOutcome``; it never throws and never stops the
/// run. Its severity, titles and tables are in the catalogue (``RuleDescriptor``), not in code.
public protocol ValidationRule: Sendable {
    /// The catalogue identifier (`A1`, `X2`, `R-EMPTY`).
    static var id: String { get }
    /// Checks the document.
    /// - Parameter context: the document, the prior-year document, the options and the catalogue.
    /// - Returns: whether the rule ran and what it found.
    func evaluate(_ context: ValidationContext) -> RuleOutcome
}

extension ValidationRule {
    /// The catalogue identifier of this rule.
    public var id: String { Self.id }
}
