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
        for (tablePosition, rowPosition, firstTablePosition, firstRowPosition) in Self.renamedRows(in: tables) {
            let table = tables[tablePosition]
            let row = table.rows[rowPosition]
            let firstTable = tables[firstTablePosition]
            let firstRow = firstTable.rows[firstRowPosition]
            reporter.report(
                LocalizedText(
                    zh:
                        "科目 \(row.code) 在\(firstTable.name.zh)中名为“\(firstRow.name)”，在\(table.name.zh)中名为“\(row.name)”。"
                        + "同一科目在各表中名称应一致，请统一。",
                    en: "Code \(row.code) is named \(firstRow.name) in \(firstTable.name.en) but "
                        + "\(row.name) in \(table.name.en): use the same name in every table."
                ),
                at: table.location(row, column: nil),
                related: firstTable.location(firstRow, column: nil)
            )
        }
        return reporter.outcome
    }

    /// The rows whose name differs (``Labels/same(_:_:)``) from the name of the first row with their code, in
    /// table and row order, each with the table and row positions of that first row.
    ///
    /// A code made of digits is found through the tables' own indexes (equal codes have equal keys): its first row
    /// is in the first table that has it. Other codes are kept by text.
    static func renamedRows(in tables: [CodedTableView]) -> [(table: Int, row: Int, firstTable: Int, firstRow: Int)] {
        var result: [(table: Int, row: Int, firstTable: Int, firstRow: Int)] = []
        var first: [String: (table: Int, row: Int)] = [:]
        for (tablePosition, table) in tables.enumerated() {
            for (rowPosition, row) in table.rows.enumerated() {
                let firstTablePosition: Int
                let firstRowPosition: Int
                if let key = row.codeKey {
                    // Tables up to this one have the code (this one does): the first of them has its first row.
                    var found: (table: Int, row: Int)?
                    for earlier in 0...tablePosition {
                        if let position = tables[earlier].position(codeKey: key) {
                            found = (earlier, position)
                            break
                        }
                    }
                    guard let found, found.table != tablePosition || found.row != rowPosition else { continue }
                    (firstTablePosition, firstRowPosition) = found
                } else {
                    guard let found = first[row.code] else {
                        first[row.code] = (tablePosition, rowPosition)
                        continue
                    }
                    (firstTablePosition, firstRowPosition) = found
                }
                guard !Labels.same(tables[firstTablePosition].rows[firstRowPosition].name, row.name) else { continue }
                result.append((tablePosition, rowPosition, firstTablePosition, firstRowPosition))
            }
        }
        return result
    }
}
