/// A table that was found but could not be read with certainty (or, with ``isUncertain`` false, a remark on how a
/// table read with certainty is printed): a column that cannot be placed, an amount that
/// stands between two columns, two amounts in one cell.
///
/// The reader keeps what it read as a ``GenericTable`` (nothing is lost) and leaves the typed table empty, so that
/// no arithmetic or cross-table error is reported from an uncertain reading; the validator reports the issue as a
/// located warning and the rules that need the table report insufficient data (docs/VALIDATION.md).
public struct TableReadingIssue: Sendable, Hashable, Codable {
    /// The table: a ``TableKind/identifier`` when the table would have filled a typed table, else the
    /// ``GenericTable/identifier`` it was kept under.
    public var table: String
    /// The caption as printed (`表4`), when there is one.
    public var caption: String?
    /// The title as printed.
    public var title: String
    /// The line of what could not be read (the title line when the whole header is in doubt).
    public var line: SourceLine?
    /// What could not be read, in Chinese (`“公务接待费”列的金额 0.83 跨在两列之间`).
    public var reason: String
    /// The same in English.
    public var reasonEnglish: String
    /// Whether the table could not be read with certainty (a warning; the typed table is left empty). False for a
    /// remark on how a table that was read with certainty is printed (a 款 code without its leading zero: info).
    public var isUncertain: Bool

    public init(
        table: String,
        caption: String?,
        title: String,
        line: SourceLine?,
        reason: String,
        reasonEnglish: String,
        isUncertain: Bool = true
    ) {
        self.table = table
        self.caption = caption
        self.title = title
        self.line = line
        self.reason = reason
        self.reasonEnglish = reasonEnglish
        self.isUncertain = isUncertain
    }

    /// The typed table the issue is about, when it is one.
    public var tableKind: TableKind? { TableKind.allCases.first { $0.identifier == table } }
}
