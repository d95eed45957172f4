import YusuanCore

/// What the document lacks because of how it was read, not because it was published without it: tables found but
/// not read with certainty. A rule that finds nothing to check for that reason reports insufficient data, not “not
/// applicable” (docs/VALIDATION.md). (A missing part of a disclosure published as two files is handled before the
/// rules run: ``Validator``'s `missingPart`.)
struct ReadingGaps {
    /// The typed tables found but not read with certainty, with their issues.
    private let uncertain: [TableKind: TableReadingIssue]

    init(_ disclosure: borrowing Disclosure) {
        var uncertain: [TableKind: TableReadingIssue] = [:]
        for issue in disclosure.tables.readingIssues ?? [] where issue.isUncertain {
            if let kind = issue.tableKind, uncertain[kind] == nil { uncertain[kind] = issue }
        }
        self.uncertain = uncertain
    }

    var isEmpty: Bool { uncertain.isEmpty }

    /// Why a rule that found nothing to check lacks data, when it is for one of these reasons.
    func reason(for descriptor: RuleDescriptor?) -> LocalizedText? {
        guard let descriptor else { return nil }
        for kind in descriptor.tableKinds {
            guard let issue = uncertain[kind] else { continue }
            let name = issue.caption.map { "\($0)“\(issue.title)”" } ?? "“\(issue.title)”"
            return LocalizedText(
                zh: "\(name)无法确定地读取（\(issue.reason)），不据此报告错误。",
                en: "\(issue.caption ?? issue.title) could not be read with certainty (\(issue.reasonEnglish)): no "
                    + "error is reported from it."
            )
        }
        return nil
    }
}
