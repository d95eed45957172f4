import YusuanCore

/// R-EMPTY: a table with no data is printed with a note saying so (本部门无该项收支，故此表无数据).
public struct REmptyTableNote: ValidationRule {
    public static let id = "R-EMPTY"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = context.tables
        var empty: [(TableKind, TableHeader)] = []
        for (kind, table) in [
            (TableKind.generalBudgetExpenditure, tables.generalBudgetExpenditure),
            (.governmentFundExpenditure, tables.governmentFundExpenditure),
            (.departmentExpenditure, tables.departmentExpenditure),
        ] {
            if let table, table.isEmpty { empty.append((kind, table.header)) }
        }
        for (kind, table) in [
            (TableKind.departmentIncome, tables.departmentIncome), (.procurement, tables.procurement),
        ] {
            guard let table else { continue }
            func isBlank(_ row: SourceBreakdownRow) -> Bool { row.total == nil && row.sources.allSatisfy { $0 == nil } }
            if table.totalRow.map(isBlank) ?? true, table.rows.allSatisfy(isBlank) {
                empty.append((kind, table.header))
            }
        }
        if let table = tables.threePublicExpenditure, table.amounts.columns.allSatisfy({ $0 == nil }) {
            empty.append((.threePublicExpenditure, table.header))
        }
        guard !empty.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有空表。", en: "No table is empty."))
        }
        var reporter = context.reporter(for: Self.id)
        for (kind, header) in empty {
            let note = header.note ?? ""
            if note.has("无") && (note.has("数据") || note.has("收支") || note.has("支出") || note.has("空表")) { continue }
            // The Jiangsu template prints 此表为空 in the empty table (JS-EMPTY checks it names the right fund).
            if note.has("此表为空") || note.has("本表为空") { continue }
            let name = context.tableName(kind, header: header)
            reporter.report(
                LocalizedText(
                    zh: "\(name.zh)为空表，但未附说明。请在表下注明“本部门无该项收支，故此表无数据。”",
                    en: "\(name.capitalizedEn) is empty but carries no note: add one saying the department has no "
                        + "such income or expenditure (本部门无该项收支，故此表无数据。)."
                ),
                at: FindingLocation(
                    table: kind,
                    caption: name.caption,
                    line: header.noteLine ?? header.line
                )
            )
        }
        return reporter.outcome
    }
}
