/// The family a rule belongs to (DOMAIN §6).
public enum RuleCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sums and identities inside one table (A-rules).
    case arithmetic
    /// Agreement between tables (X-rules).
    case crossTable = "cross-table"
    /// Narrative against tables and against itself (N-rules).
    case narrative
    /// Classification codes and names (C-rules).
    case classification
    /// Required content and structure (R-rules).
    case required
    /// Performance targets (P-rules).
    case performance
}

/// How a rule compares amounts.
public enum ToleranceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A sum of `n` rounded parts may differ from its printed total by `0.005 · (n + 1)`; inside that envelope
    /// the difference is reported as rounding (info).
    case roundingEnvelope = "rounding-envelope"
    /// The two figures are the same published figure and must be equal.
    case exact
    /// The rule does not compare amounts.
    case none
}
