import YusuanCore

/// A table a family's disclosure must publish, and what counts as that table: its typed table, or a table the PDF
/// reader kept as a ``GenericTable`` under one of the concept identifiers (docs/PDF.md), or a table found but not
/// read with certainty.
struct RequiredTable {
    /// The typed table, when the model has one.
    var kind: TableKind?
    /// The Chinese name used in messages.
    var name: String
    /// The English name.
    var englishName: String
    /// Generic table identifiers that are this table (the concept and equivalents a family prints instead).
    var concepts: [String]

    /// Whether the document has the table.
    func isPresent(in tables: DisclosureTables) -> Bool {
        if let kind, tables.contains(kind) { return true }
        let identifiers = Set(concepts + (kind.map { [$0.identifier] } ?? []))
        if tables.additionalTables?.contains(where: { identifiers.contains($0.identifier) }) == true { return true }
        return tables.readingIssues?.contains(where: { identifiers.contains($0.table) }) == true
    }

    /// The tables a document of this family and variant must publish: the Chongqing district template's eleven; the
    /// eight of 财预〔2016〕143号 for the other 预算 families (Chongqing municipal adds its performance tables), each
    /// also found under the names a family prints it with; the typed tables of Jiangsu and the 决算 (their other
    /// tables are required by JS-R1 and F6).
    static func expected(for identity: DocumentIdentity) -> [RequiredTable] {
        switch identity.profile {
        case .chongqingDistrictBudget where identity.followsChongqingDistrictTemplate:
            return TableKind.allCases.map { RequiredTable(kind: $0) }
        case .jiangsuProvincialBudget, .nationalFinalAccount:
            return identity.profile.expectedTables.sorted().map { RequiredTable(kind: $0) }
        case .chongqingDistrictBudget:
            return national + [
                RequiredTable(
                    kind: nil,
                    name: "部门整体绩效目标表",
                    englishName: "Overall performance targets",
                    concepts: ["overall-performance"]
                )
            ]
        case .shanghaiDistrictBudget, .nationalBudget:
            return national
        }
    }

    /// The eight tables of 财预〔2016〕143号.
    private static let national: [RequiredTable] = [
        RequiredTable(kind: .departmentSummary),
        RequiredTable(kind: .departmentIncome),
        RequiredTable(kind: .departmentExpenditure),
        RequiredTable(kind: .financialSummary),
        RequiredTable(kind: .generalBudgetExpenditure),
        RequiredTable(
            kind: .generalBudgetBasicExpenditure,
            concepts: ["general-budget-economic-expenditure", "appropriation-basic-expenditure"]
        ),
        RequiredTable(kind: .threePublicExpenditure),
        RequiredTable(kind: .governmentFundExpenditure),
    ]
}

extension RequiredTable {
    /// The typed table itself, and its concept identifier as the PDF reader names it.
    init(kind: TableKind, concepts: [String] = []) {
        self.init(kind: kind, name: kind.chineseName, englishName: kind.englishName, concepts: concepts)
    }
}
