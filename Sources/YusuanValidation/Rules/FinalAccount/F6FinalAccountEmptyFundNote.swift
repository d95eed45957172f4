import YusuanCore

/// F6 (决算): the nine tables are present, and an empty 政府性基金 or 国有资本经营 收入支出决算表 carries a note that names
/// its own fund (`本单位无政府性基金预算财政拨款收入、支出和结转结余，故本表无数据`). A note naming only the other fund is
/// R-EMPTY-FUND's finding. A missing table is reported where it should stand: at the title of the table that follows
/// it in the template's order, or after the last table present (一般公共预算财政拨款支出决算表 is a typed table, whose
/// absence R1 reports).
public struct F6FinalAccountEmptyFundNote: ValidationRule {
    public static let id = "F6"

    public init() {}

    /// The nine tables in the template's order, with the generic table identifier (nil: the typed
    /// 一般公共预算财政拨款支出决算表).
    private static let order: [(String?, String)] = [
        (FinalAccountTableID.summary, "收入支出决算总表"), (FinalAccountTableID.income, "收入决算表"),
        (FinalAccountTableID.expenditure, "支出决算表"), (FinalAccountTableID.financialSummary, "财政拨款收入支出决算总表"),
        (nil, "一般公共预算财政拨款支出决算表"), (FinalAccountTableID.basicExpenditure, "一般公共预算财政拨款基本支出决算表"),
        (FinalAccountTableID.threePublic, "财政拨款“三公”经费支出决算表"),
        (FinalAccountTableID.governmentFund, "政府性基金预算财政拨款收入支出决算表"),
        (FinalAccountTableID.stateCapital, "国有资本经营预算财政拨款收入支出决算表"),
    ]

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard context.disclosure.identity.kind == .finalAccount else {
            return .notApplicable(Self.id, LocalizedText(zh: "不是部门决算。", en: "Not a final account."))
        }
        var reporter = context.reporter(for: Self.id)
        // Each table's header where present (the typed table's, or its generic copy when it was not read with
        // certainty).
        let headers: [TableHeader?] = Self.order.map { identifier, _ in
            guard let identifier else {
                return context.tables.generalBudgetExpenditure?.header
                    ?? context.genericTable(TableKind.generalBudgetExpenditure.identifier)?.header
            }
            return context.genericTable(identifier)?.header
        }
        for (position, (identifier, title)) in Self.order.enumerated()
        where identifier != nil && headers[position] == nil {
            let next = headers[(position + 1)...].enumerated().first { $0.element != nil }
            let previous = headers[..<position].enumerated().last { $0.element != nil }
            var line: SourceLine?
            var place = LocalizedText(zh: "", en: "")
            if let next, let header = next.element {
                line = header.line
                let name = Self.order[position + 1 + next.offset].1
                place = LocalizedText(zh: "（应在“\(name)”之前）", en: " (before \(name))")
            } else if let previous, let header = previous.element {
                line = lastLine(of: Self.order[previous.offset], header: header, in: context)
                let name = Self.order[previous.offset].1
                place = LocalizedText(zh: "（应在“\(name)”之后）", en: " (after \(name))")
            }
            reporter.report(
                LocalizedText(
                    zh: "缺少“\(title)”\(place.zh)。部门决算应公开九张表，没有数据时也应列出空表并说明。",
                    en: "\(title) is missing\(place.en). A final account publishes nine tables, empty ones with a note."
                ),
                at: FindingLocation(caption: title, line: line)
            )
        }
        for (identifier, fund) in [
            (FinalAccountTableID.governmentFund, "政府性基金"), (FinalAccountTableID.stateCapital, "国有资本经营"),
        ] {
            guard let table = context.genericTable(identifier), table.isEmpty else { continue }
            let note = table.header.note ?? ""
            let other = fund == "政府性基金" ? "国有资本经营" : "政府性基金"
            if note.contains(fund) || note.contains(other) { continue }
            reporter.report(
                LocalizedText(
                    zh: note.isEmpty
                        ? "空表“\(table.header.title)”没有说明，请注明“本单位无\(fund)预算财政拨款收入、支出，故本表无数据。”"
                        : "空表“\(table.header.title)”的说明“\(note)”未写明\(fund)，请注明本表对应的资金。",
                    en: note.isEmpty
                        ? "The empty table \(table.header.title) has no note: say there is no \(fund) appropriation."
                        : "The note \(note) under the empty table \(table.header.title) does not name \(fund)."
                ),
                at: FindingLocation(caption: table.header.title, line: table.header.noteLine ?? table.header.line)
            )
        }
        return reporter.outcome
    }

    /// The last source line of a present table (its note, else its last row, else its title).
    private func lastLine(of entry: (String?, String), header: TableHeader, in context: ValidationContext)
        -> SourceLine?
    {
        var lines: [SourceLine] = [header.line, header.noteLine].compactMap { $0 }
        if let identifier = entry.0, let table = context.genericTable(identifier) {
            lines += table.rows.compactMap(\.line)
        } else if let table = context.tables.generalBudgetExpenditure {
            lines += ((table.totalRow.map { [$0] } ?? []) + table.rows).compactMap(\.line)
        }
        return lines.max()
    }
}
