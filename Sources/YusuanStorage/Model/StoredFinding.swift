import YusuanCore

/// A validation finding as stored with a revision. The storage layer knows nothing of the validator; the
/// caller maps the validator's findings into this shape.
public struct StoredFinding: Sendable, Hashable, Codable {
    /// The rule that reported it (`A1`, `N5`).
    public var ruleID: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// The message (in the language the caller chose).
    public var message: String
    /// The table, for table findings.
    public var table: TableKind?
    /// The row: a classification code or a label.
    public var row: String?
    /// The column header.
    public var column: String?
    /// The 1-based source line.
    public var line: Int?
    /// The value the rule expected.
    public var expected: Amount?
    /// The value printed.
    public var actual: Amount?
    /// The table as the finding names it: its printed caption, else its title (`表9`, `2026年部门一般公共预算支出功能分类
    /// 预算表`); the template's caption (`表二`) in the Chongqing district template. Nil for a narrative finding and for
    /// findings stored before it was kept.
    public var caption: String?

    /// Creates a finding.
    public init(
        ruleID: String,
        severity: String,
        message: String,
        table: TableKind? = nil,
        row: String? = nil,
        column: String? = nil,
        line: Int? = nil,
        expected: Amount? = nil,
        actual: Amount? = nil,
        caption: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.table = table
        self.row = row
        self.column = column
        self.line = line
        self.expected = expected
        self.actual = actual
        self.caption = caption
    }

    /// The table as shown beside the finding: ``caption``, else — for findings stored before it was kept — the
    /// template's caption of its table.
    public var tableLabel: String? { caption ?? table?.caption }
}
