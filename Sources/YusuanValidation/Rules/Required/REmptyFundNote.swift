import YusuanCore

/// R-EMPTY-FUND: the note of an empty fund table does not name another fund: it names that table's fund (政府性基金 under the 政府性基金 table,
/// 国有资本经营 under the 国有资本经营 table), not another one.
public struct REmptyFundNote: ValidationRule {
    public static let id = "R-EMPTY-FUND"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var notes: [(title: String, header: TableHeader, fund: String, other: String, table: TableKind?)] = []
        if let table = context.tables.governmentFundExpenditure, table.isEmpty {
            notes.append((table.header.title, table.header, "政府性基金", "国有资本经营", .governmentFundExpenditure))
        }
        for table in context.tables.additionalTables ?? [] where table.isEmpty {
            if table.header.title.has("国有资本经营") {
                notes.append((table.header.title, table.header, "国有资本经营", "政府性基金", nil))
            } else if table.header.title.has("政府性基金") {
                notes.append((table.header.title, table.header, "政府性基金", "国有资本经营", nil))
            }
        }
        guard !notes.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有空的资金表。", en: "No fund table is empty."))
        }
        var reporter = context.reporter(for: Self.id)
        for entry in notes {
            // A general note (本部门无该项收支) is R-EMPTY's business; this rule catches a note naming another fund.
            guard let note = entry.header.note, note.contains(entry.other),
                !note.contains(entry.fund)
            else { continue }
            reporter.report(
                LocalizedText(
                    zh: "空表“\(entry.title)”的说明“\(note)”写的是\(entry.other)，未提及本表的\(entry.fund)，请改为说明本表对应的资金。",
                    en: "The note \(note) under the empty table \(entry.title) names \(entry.other), not "
                        + "\(entry.fund): make it name this table's fund."
                ),
                at: FindingLocation(
                    table: entry.table,
                    caption: context.printedCaption(entry.table, header: entry.header),
                    line: entry.header.noteLine ?? entry.header.line
                )
            )
        }
        return reporter.outcome
    }
}
