import YusuanCore

/// The result of validating one document: one outcome per rule and the findings.
public struct ValidationReport: Sendable, Hashable, Codable {
    /// The department's budget code, when known.
    public var departmentCode: String?
    /// The department's name.
    public var departmentName: String
    /// The budget year.
    public var year: Int
    /// One outcome per rule that ran, in catalogue order.
    public var outcomes: [RuleOutcome]
    /// The descriptors of the rules that ran.
    public var descriptors: [RuleDescriptor]
    /// The files the document was read from when it is one part of a disclosure published as two files, or was
    /// joined from them (``Disclosure/parts``); `nil` for a document read from one whole file.
    public var parts: [DocumentPart]?

    /// Creates a report.
    public init(
        departmentCode: String?,
        departmentName: String,
        year: Int,
        outcomes: [RuleOutcome],
        descriptors: [RuleDescriptor],
        parts: [DocumentPart]? = nil
    ) {
        self.departmentCode = departmentCode
        self.departmentName = departmentName
        self.year = year
        self.outcomes = outcomes
        self.descriptors = descriptors
        self.parts = parts
    }

    /// `202-重庆市南岸区人民政府办公室`.
    public var department: String { departmentCode.map { "\($0)-\(departmentName)" } ?? departmentName }

    /// Every finding, in rule order.
    public var findings: [Finding] { outcomes.flatMap(\.findings) }

    /// The number of findings of a severity.
    public func count(_ severity: Severity) -> Int {
        // Read in place, by position: ``findings`` would copy every finding into a new array first.
        var count = 0
        for outcome in outcomes.indices {
            for finding in outcomes[outcome].findings.indices
            where outcomes[outcome].findings[finding].severity == severity {
                count += 1
            }
        }
        return count
    }

    /// The number of rules with a status.
    public func count(_ status: RuleOutcome.Status) -> Int { outcomes.filter { $0.status == status }.count }

    /// The number of errors.
    public var errorCount: Int { count(.error) }
    /// The number of warnings.
    public var warningCount: Int { count(.warning) }
    /// The number of info findings.
    public var infoCount: Int { count(.info) }
    /// Whether any finding is an error.
    public var hasErrors: Bool {
        outcomes.indices.contains { outcome in
            outcomes[outcome].findings.indices.contains { outcomes[outcome].findings[$0].severity == .error }
        }
    }

    /// The outcome of a rule.
    public func outcome(of ruleID: String) -> RuleOutcome? { outcomes.first { $0.ruleID == ruleID } }

    /// The descriptor of a rule that ran.
    public func descriptor(of ruleID: String) -> RuleDescriptor? { descriptors.first { $0.id == ruleID } }
}
