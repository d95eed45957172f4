import YusuanCore
import YusuanStorage
import YusuanValidation

// Where validation meets storage: the validator's findings in the shape the stores keep. It lives here, above both
// (docs/ARCHITECTURE.md), so that neither YusuanStorage nor YusuanValidation depends on the other.

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
            actual: finding.actual,
            caption: finding.location.table == nil ? nil : finding.location.caption
        )
    }
}
