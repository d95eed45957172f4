import YusuanCore

/// What the document lacks because of how it was read, not because it was published without it: tables found but
/// not read with certainty, and tables read whole but printed in a layout the typed table does not hold (a
/// 财政拨款收支总表 with one 预算数 column per side, a table by unit), kept as generic tables under the typed table's
/// identifier. A rule that finds nothing to check for that reason reports insufficient data, not “not applicable”
/// (docs/VALIDATION.md). (A missing part of a disclosure published as two files is handled before the
/// rules run: ``Validator``'s `missingPart`.)
struct ReadingGaps {
    /// The typed tables found but not read with certainty, with their issues.
    private let uncertain: [TableKind: TableReadingIssue]
    /// The typed tables kept whole as generic tables because of their layout, with their headers.
    private let otherLayout: [TableKind: TableHeader]

    init(_ disclosure: borrowing Disclosure) {
        var uncertain: [TableKind: TableReadingIssue] = [:]
        for issue in disclosure.tables.readingIssues ?? [] where issue.isUncertain {
            if let kind = issue.tableKind, uncertain[kind] == nil { uncertain[kind] = issue }
        }
        var otherLayout: [TableKind: TableHeader] = [:]
        for table in disclosure.tables.additionalTables ?? [] {
            guard let kind = TableKind.allCases.first(where: { $0.identifier == table.identifier }),
                uncertain[kind] == nil, otherLayout[kind] == nil, !disclosure.tables.contains(kind)
            else { continue }
            otherLayout[kind] = table.header
        }
        self.uncertain = uncertain
        self.otherLayout = otherLayout
    }

    var isEmpty: Bool { uncertain.isEmpty && otherLayout.isEmpty }

    /// Why a rule that found nothing to check lacks data, when it is for one of these reasons.
    func reason(for descriptor: RuleDescriptor?) -> LocalizedText? {
        guard let descriptor else { return nil }
        for kind in descriptor.tableKinds where uncertain[kind] != nil { return reason(for: kind) }
        for kind in descriptor.tableKinds where otherLayout[kind] != nil { return reason(for: kind) }
        return nil
    }

    /// Why a typed table is absent although the document publishes it (found but not read with certainty, or kept
    /// generic because of its layout); nil when it is not one of these.
    func reason(for kind: TableKind) -> LocalizedText? {
        if let issue = uncertain[kind] {
            let name = issue.caption.map { "\($0)“\(issue.title)”" } ?? "“\(issue.title)”"
            return LocalizedText(
                zh: "\(name)无法确定地读取（\(issue.reason)），不据此报告错误。",
                en: "\(issue.caption ?? issue.title) could not be read with certainty (\(issue.reasonEnglish)): no "
                    + "error is reported from it."
            )
        }
        if let header = otherLayout[kind] {
            let title = header.title
            let name = header.caption.map { "\($0)“\(title)”" } ?? "“\(title)”"
            return LocalizedText(
                zh: "\(name)的版式（列或行的排列）与本规则所核对的表格不同，已完整保留为通用表格，未据此核对。",
                en:
                    "\(header.caption ?? title) is printed in a layout this rule does not read (other columns or rows); "
                    + "it is kept whole as a generic table and not checked."
            )
        }
        return nil
    }
}
