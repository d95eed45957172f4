import YusuanCore

/// R8: every table found in the document was read with certainty. A table whose columns or amounts could not be
/// placed (a PDF whose header gives no column for an amount, an amount standing across two columns, two amounts in
/// one cell) is a warning at the place the reader stopped, and the rules that need that table report insufficient
/// data instead of an error from a guess (docs/VALIDATION.md, “No error without a certain reading”). A remark on
/// how a table read with certainty is printed (a 款 code without its leading zero) is info.
public struct R8TablesReadWithCertainty: ValidationRule {
    public static let id = "R8"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let issues = context.tables.readingIssues, !issues.isEmpty else {
            return .ran(Self.id, findings: [])
        }
        var reporter = context.reporter(for: Self.id)
        for issue in issues {
            let table = issue.caption.map { "\($0)“\(issue.title)”" } ?? "“\(issue.title)”"
            let englishTable = issue.caption.map { "\($0) (\(issue.title))" } ?? issue.title
            let location = FindingLocation(
                table: issue.tableKind,
                caption: issue.caption ?? issue.title,
                line: issue.line
            )
            if issue.isUncertain {
                reporter.report(
                    LocalizedText(
                        zh: "\(table)无法确定地读取：\(issue.reason)。依赖该表的规则报告数据不足，请人工核对该表。",
                        en: "\(englishTable) could not be read with certainty: \(issue.reasonEnglish). The rules that "
                            + "need it report insufficient data; check the table by hand."
                    ),
                    at: location
                )
            } else {
                reporter.report(
                    LocalizedText(zh: "\(table)：\(issue.reason)。", en: "\(englishTable): \(issue.reasonEnglish)."),
                    at: location,
                    severity: .info
                )
            }
        }
        return reporter.outcome
    }
}
