import YusuanCore

/// Joins the two files of a disclosure published as a narrative (…公开文件, 情况说明) and its tables (…公开表, 报表)
/// into one document.
///
/// Each input is a document read from one file whose ``Disclosure/parts`` is a single part saying what it holds
/// (``DocumentPart/Content/narrative`` or ``DocumentPart/Content/tables``). The joined document has:
/// - the **narrative** (blocks, facts, contact) of the narrative part, and the **tables** of the tables part;
///   text a tables file carries besides its tables (a cover) follows the narrative's blocks, and a table a narrative
///   file carries (the contract says it carries none) fills the place of a table the tables file lacks;
/// - the **identity** of both: year and kind must agree (a disagreement is an error, not a choice), the department
///   names must name one department (``DepartmentNames``) and the codes, when both state one, must be equal; the
///   longer name and either code are kept; unit, profile, variant and layout come from the tables part; the wording
///   is the parts' common one or 混用;
/// - **lines numbered through the document**: the narrative's lines keep their numbers and every source line of the
///   tables part moves after them (``Disclosure/shiftingSourceLines(by:)``);
/// - ``Disclosure/parts``: the narrative file from line 1, the tables file from the line after the narrative's
///   last, so that a report maps a line back to its file (``Disclosure/part(containing:)``).
public enum DisclosureJoiner {
    /// Joins two documents read from two files, in either order.
    /// - Parameters:
    ///   - first: the document read from `firstFile`.
    ///   - firstFile: its file name as given (the part's ``DocumentPart/file``).
    ///   - second: the document read from `secondFile`.
    ///   - secondFile: its file name as given.
    /// - Returns: the one document.
    /// - Throws: ``ImportError`` (`mismatched-parts`) naming both files when they are not the narrative and the
    ///   tables of one disclosure: two whole documents, two narratives or two tables, or parts of different years,
    ///   kinds or departments.
    public static func join(
        _ first: Disclosure,
        file firstFile: String,
        _ second: Disclosure,
        file secondFile: String
    ) throws -> Disclosure {
        let files = "\(firstFile) and \(secondFile)"
        func mismatch(_ expected: String, _ found: String) -> ImportError {
            ImportError(.mismatchedParts, file: firstFile, line: 1, expected: expected, found: found)
        }
        let expected = "the narrative and the tables of one disclosure"
        switch (first.content, second.content) {
        case (.narrative, .tables):
            return try join(narrative: first, file: firstFile, tables: second, file: secondFile, mismatch: mismatch)
        case (.tables, .narrative):
            return try join(narrative: second, file: secondFile, tables: first, file: firstFile, mismatch: mismatch)
        case (.whole, .whole):
            throw mismatch(expected, "two whole documents (\(files) each hold a narrative and tables, or were joined)")
        case (.whole, _):
            throw mismatch(
                expected,
                "a whole document in \(firstFile) and a \(second.content.rawValue) part in \(secondFile)"
            )
        case (_, .whole):
            throw mismatch(
                expected,
                "a \(first.content.rawValue) part in \(firstFile) and a whole document in \(secondFile)"
            )
        case (.narrative, .narrative), (.tables, .tables):
            throw mismatch(expected, "two \(first.content.rawValue) parts (\(files))")
        }
    }

    private static func join(
        narrative: Disclosure,
        file narrativeFile: String,
        tables: Disclosure,
        file tablesFile: String,
        mismatch: (String, String) -> ImportError
    ) throws -> Disclosure {
        let said = narrative.identity
        let printed = tables.identity
        if said.year != printed.year {
            throw mismatch(
                "the narrative and the tables of the same year",
                "\(said.year) in \(narrativeFile) and \(printed.year) in \(tablesFile)"
            )
        }
        if said.kind != printed.kind {
            throw mismatch(
                "the narrative and the tables of the same kind (预算 or 决算)",
                "\(said.kind.rawValue) in \(narrativeFile) and \(printed.kind.rawValue) in \(tablesFile)"
            )
        }
        if let one = said.departmentCode, let other = printed.departmentCode, !one.isEmpty, !other.isEmpty, one != other
        {
            throw mismatch(
                "the narrative and the tables of one department",
                "code \(one) in \(narrativeFile) and code \(other) in \(tablesFile)"
            )
        }
        if DepartmentNames.agreement(said.departmentName, printed.departmentName) == .different {
            throw mismatch(
                "the narrative and the tables of one department",
                "\(said.departmentName) in \(narrativeFile) and \(printed.departmentName) in \(tablesFile)"
            )
        }
        // The contract with the readers: a part is the single part of its document.
        let narrativePart =
            narrative.parts?.first ?? DocumentPart(file: narrativeFile, content: .narrative, firstLine: 1, lineCount: 0)
        let tablesPart =
            tables.parts?.first ?? DocumentPart(file: tablesFile, content: .tables, firstLine: 1, lineCount: 0)
        let tablesFirstLine = narrativePart.firstLine + narrativePart.lineCount
        let moved = tables.shiftingSourceLines(by: tablesFirstLine - tablesPart.firstLine)

        var identity = printed
        identity.departmentName = joinedDepartmentName(narrative: said.departmentName, tables: printed.departmentName)
        identity.departmentCode = joinedDepartmentCode(narrative: said.departmentCode, tables: printed.departmentCode)
        identity.wording = said.wording == printed.wording ? said.wording : .mixed
        identity.publication = said.publication ?? printed.publication

        var text = narrative.narrative
        if text.title.isEmpty, !moved.narrative.title.isEmpty {
            text.title = moved.narrative.title
            text.titleLine = moved.narrative.titleLine
        }
        text.blocks += moved.narrative.blocks
        if text.contact == nil { text.contact = moved.narrative.contact }

        return Disclosure(
            identity: identity,
            narrative: text,
            tables: moved.tables.filling(from: narrative.tables),
            layout: tables.layout,
            parts: [
                DocumentPart(
                    file: narrativeFile,
                    content: .narrative,
                    firstLine: narrativePart.firstLine,
                    lineCount: narrativePart.lineCount
                ),
                DocumentPart(
                    file: tablesFile,
                    content: .tables,
                    firstLine: tablesFirstLine,
                    lineCount: tablesPart.lineCount
                ),
            ]
        )
    }

    /// The joined document's department name: the longer of the two (the tables' when they are as long).
    public static func joinedDepartmentName(narrative: String, tables: String) -> String {
        tables.count > narrative.count ? tables : narrative
    }

    /// The joined document's department code: the narrative's, else the tables'; `nil` when neither states one.
    public static func joinedDepartmentCode(narrative: String?, tables: String?) -> String? {
        nonEmpty(narrative) ?? nonEmpty(tables)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

extension DisclosureTables {
    /// These tables, with the tables of `other` in the places these lack (and its additional tables and reading
    /// issues before these).
    fileprivate func filling(from other: DisclosureTables) -> DisclosureTables {
        var result = self
        result.financialSummary = financialSummary ?? other.financialSummary
        result.generalBudgetExpenditure = generalBudgetExpenditure ?? other.generalBudgetExpenditure
        result.generalBudgetBasicExpenditure = generalBudgetBasicExpenditure ?? other.generalBudgetBasicExpenditure
        result.threePublicExpenditure = threePublicExpenditure ?? other.threePublicExpenditure
        result.governmentFundExpenditure = governmentFundExpenditure ?? other.governmentFundExpenditure
        result.departmentSummary = departmentSummary ?? other.departmentSummary
        result.departmentIncome = departmentIncome ?? other.departmentIncome
        result.departmentExpenditure = departmentExpenditure ?? other.departmentExpenditure
        result.procurement = procurement ?? other.procurement
        result.overallPerformance = overallPerformance ?? other.overallPerformance
        if projectPerformance.isEmpty { result.projectPerformance = other.projectPerformance }
        if let more = other.additionalTables { result.additionalTables = more + (additionalTables ?? []) }
        if let more = other.readingIssues { result.readingIssues = more + (readingIssues ?? []) }
        return result
    }
}
