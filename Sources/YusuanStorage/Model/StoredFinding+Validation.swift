import YusuanValidation

extension StoredFinding {
    /// The validator's finding in the stored shape (Chinese message).
    public init(finding: Finding) {
        self.init(
            ruleID: finding.ruleID,
            severity: finding.severity.rawValue,
            message: finding.message.zh,
            table: finding.location.table,
            row: finding.location.row,
            column: finding.location.column,
            line: finding.location.line,
            expected: finding.expected,
            actual: finding.actual
        )
    }
}
