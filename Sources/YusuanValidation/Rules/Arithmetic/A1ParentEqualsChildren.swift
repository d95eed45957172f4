import YusuanCore

/// A1: in every coded table (表二/三/五/七/八) a 类 equals the Σ of its 款 and a 款 the Σ of its 项, per column.
public struct A1ParentEqualsChildren: ValidationRule {
    public static let id = "A1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        // One buffer for the children's amounts of a column, reused for every column.
        var parts: [Amount?] = []
        return context.eachCodedTable(Self.id) { table, reporter in
            let children = table.childPositions
            let rows = table.rows
            for (position, parent) in rows.enumerated() {
                // The children's positions are read in place (a slice of them would retain the list per row).
                let childRange = children.range(of: position)
                guard !childRange.isEmpty, let level = parent.level else { continue }
                let childLevel = ClassificationLevel(rawValue: level.rawValue + 1)?.chineseName ?? ""
                let childCount = childRange.count
                for column in table.columnNames.indices {
                    // Σ of the present children, added in place as `checkSum` adds them; the parts list is built
                    // only when the sum does not match (checkSum would report nothing otherwise).
                    var sum: Amount?
                    for index in childRange {
                        if let part = rows.amount(at: children.positions[index], column: column) {
                            sum = sum.map { $0 + part } ?? part
                        }
                    }
                    let total = parent.columns[column]
                    if RuleReporter.sumMatches(total: total, sum: sum) { continue }
                    parts.removeAll(keepingCapacity: true)
                    for index in childRange { parts.append(rows.amount(at: children.positions[index], column: column)) }
                    reporter.checkSum(
                        total: total,
                        parts: parts,
                        at: table.location(parent, column: column),
                        subject: table.describe(parent, column: column),
                        shortSubject: table.describeAgain(parent, column: column),
                        partsDescription: LocalizedText(
                            zh: "所属\(childCount)个\(childLevel)",
                            en: "its \(childCount) \(childLevel) rows"
                        )
                    )
                }
            }
        }
    }
}
