import YusuanCore

/// X11: a code has the same name in every table of the document.
public struct X11SameCodeSameName: ValidationRule {
    public static let id = "X11"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = context.functionTables
        guard tables.count > 1 else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "只有一张功能分类表。", en: "Fewer than two function-classified tables.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        // The table and row positions of the first row with each code.
        var first: [String: (table: Int, row: Int)] = [:]
        first.reserveCapacity(tables.reduce(0) { $0 + $1.rows.count })
        for (tablePosition, table) in tables.enumerated() {
            for (rowPosition, row) in table.rows.enumerated() {
                guard let (firstTablePosition, firstRowPosition) = first[row.code] else {
                    first[row.code] = (tablePosition, rowPosition)
                    continue
                }
                guard !Labels.same(tables[firstTablePosition].rows[firstRowPosition].name, row.name) else { continue }
                let firstTable = tables[firstTablePosition]
                let firstRow = firstTable.rows[firstRowPosition]
                reporter.report(
                    LocalizedText(
                        zh:
                            "科目 \(row.code) 在\(firstTable.caption)中名为“\(firstRow.name)”，在\(table.caption)中名为“\(row.name)”。"
                            + "同一科目在各表中名称应一致，请统一。",
                        en: "Code \(row.code) is named \(firstRow.name) in table \(firstTable.kind.rawValue) but "
                            + "\(row.name) in table \(table.kind.rawValue): use the same name in every table."
                    ),
                    at: table.location(row, column: nil),
                    related: firstTable.location(firstRow, column: nil)
                )
            }
        }
        return reporter.outcome
    }
}
