import YusuanCore

/// N18: the amount of a per-项 statement equals the 项 of the function table — 一般公共预算支出 (or 政府性基金 for a
/// 项 of that fund), else 部门支出 — found by the statement's code, or by its 项, 款 and 类 names when it prints no
/// code. The table's amount is converted to the statement's unit exactly (Shanghai tables are in 元, the narrative in
/// 万元); only a difference beyond the rounding of the printed figure is a finding (±0.005 万元 for two decimals,
/// ±0.05 for one, ±0.5 for none). Against the 部门支出 table, which may hold other money, only a statement larger than
/// the table is.
public struct N18ItemAmountMatchesTable: ValidationRule {
    public static let id = "N18"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let statements = context.facts.itemStatements, !statements.isEmpty else {
            return .insufficientData(Self.id, ItemStatementRules.noStatements)
        }
        guard let table = ItemStatementTable(context.tables), table.hasRows else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "文档中没有读出含有项级科目的一般公共预算支出表或部门支出表，无法核对分项说明的金额。",
                    en: "No general-budget or department expenditure table with 项 rows was read: the per-项 "
                        + "amounts cannot be checked."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        var checked = 0
        for statement in statements {
            guard let stated = statement.amount ?? statement.budgetAmount else { continue }
            switch table.lookup(statement) {
            case .unresolved:
                continue
            case .missing:
                checked += 1
                let kinds = table.tables.map { Describe.table(context.tableName($0.kind, header: $0.table.header)) }
                reporter.report(
                    LocalizedText(
                        zh: "情况说明逐项说明了\(statement.describe.zh)\(statement.figure(stated).zh)，"
                            + "但\(kinds.map(\.zh).joined(separator: "、"))中没有该科目，请核对科目编码或补列该项。",
                        en: "The narrative states \(statement.describe.en) at \(statement.figure(stated).en), but "
                            + "\(kinds.map(\.en).joined(separator: " and ")) has no such row: check the code or the table."
                    ),
                    at: statement.location(line: nil),
                    severity: .warning,
                    actual: stated
                )
            case .found(let kind, let found, let row):
                guard let total = row.amounts.total else { continue }
                let tableUnit = context.unit(of: found.header)
                guard let converted = total.converted(from: tableUnit, to: statement.unit) else { continue }
                checked += 1
                let difference = stated - converted
                var tolerance = PrintedRatio.halfUnit(of: stated)
                if converted.scale < stated.scale { tolerance = tolerance + PrintedRatio.halfUnit(of: converted) }
                let beyond = difference.magnitude.compare(tolerance) == .orderedDescending
                guard beyond, !table.isDepartmentTable || !difference.isNegative else { continue }
                let tableName = context.tableName(kind, header: found.header)
                let rowText = Describe.row(tableName, code: row.code, name: row.name)
                let tableFigure = "\(total.plainText)\(tableUnit.rawValue)"
                let convertedText =
                    tableUnit == statement.unit ? "" : "（即 \(converted.plainText)\(statement.unit.rawValue)）"
                let convertedEnglish =
                    tableUnit == statement.unit ? "" : " (\(converted.plainText) \(statement.unit.rawValue))"
                let relation =
                    table.isDepartmentTable
                    ? LocalizedText(
                        zh: "分项说明的财政拨款不能大于部门支出表中该项的金额",
                        en: "the appropriation cannot exceed the department table's amount for the 项"
                    )
                    : LocalizedText(
                        zh: "超出所写金额的舍入范围 ±\(tolerance.plainText)\(statement.unit.rawValue)",
                        en:
                            "beyond the rounding of the printed figure (±\(tolerance.plainText) \(statement.unit.rawValue))"
                    )
                reporter.report(
                    LocalizedText(
                        zh: "情况说明所述\(statement.describe.zh)为 \(statement.figure(stated).zh)，"
                            + "\(rowText.zh)为 \(tableFigure)\(convertedText)，相差 \(difference.magnitude.plainText)"
                            + "\(statement.unit.rawValue)，\(relation.zh)。请核对并修正。",
                        en: "The narrative states \(statement.describe.en) at \(statement.figure(stated).en), but "
                            + "\(rowText.en) has \(total.plainText) \(tableUnit.rawValue)\(convertedEnglish), "
                            + "\(difference.magnitude.plainText) \(statement.unit.rawValue) apart: \(relation.en). "
                            + "Check and correct it."
                    ),
                    at: statement.location(line: nil),
                    related: FindingLocation(
                        table: kind,
                        caption: tableName.caption,
                        row: row.code,
                        column: ExpenditureSplit.columnNames[0],
                        line: row.line
                    ),
                    expected: converted,
                    actual: stated,
                    difference: difference,
                    tolerance: tolerance
                )
            }
        }
        guard checked > 0 else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "分项说明的科目在表中无法唯一确定（未写编码且名称不唯一）。",
                    en: "No per-项 statement could be matched to a single table row (no code, names not unique)."
                )
            )
        }
        return reporter.outcome
    }
}
