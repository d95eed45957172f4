import YusuanCore

/// N17: a per-项 statement states the year's amount twice — after its heading (X) and as `2026年预算安排 Y 万元` —
/// and the two agree, to the rounding of the less precise one (`208.8` and `208.80` agree; `208.8` and `201.50` do
/// not). The finding is at the second figure, with the table's amount when the table names which one is right.
public struct N17ItemAmountStatedTwice: ValidationRule {
    public static let id = "N17"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let table = ItemStatementTable(context.tables)
        return ItemStatementRules.check(
            Self.id,
            context,
            unchecked: LocalizedText(
                zh: "分项说明未两次写明本年金额。",
                en: "No per-项 statement states the year's amount twice."
            )
        ) { statement, reporter in
            guard let first = statement.amount, let second = statement.budgetAmount else { return false }
            let difference = second - first
            guard !difference.isZero else { return true }
            let tolerance = Self.larger(PrintedRatio.halfUnit(of: first), PrintedRatio.halfUnit(of: second))
            let rounding = difference.magnitude.compare(tolerance) != .orderedDescending
            let item = statement.describe
            var message = LocalizedText(
                zh: "\(item.zh)的本年金额先写为 \(statement.figure(first).zh)，后写为“预算安排 \(statement.figure(second).zh)”，"
                    + "相差 \(difference.magnitude.plainText)。",
                en: "The statement of \(item.en) gives the year's amount as \(statement.figure(first).en), then as "
                    + "\(statement.figure(second).en) (预算安排), \(difference.magnitude.plainText) apart."
            )
            if rounding {
                message =
                    message
                    + LocalizedText(
                        zh: "差额在两处金额的舍入范围 ±\(tolerance.plainText) 内，无需修改。",
                        en: "This is within the rounding of the two figures (±\(tolerance.plainText)): nothing to fix."
                    )
            } else {
                message = message + Self.tableHint(statement, table: table, context: context)
            }
            reporter.report(
                message,
                at: statement.location(line: statement.budgetLine),
                severity: rounding ? .info : nil,
                expected: first,
                actual: second,
                difference: difference,
                tolerance: tolerance,
                isRounding: rounding
            )
            return true
        }
    }

    private static func larger(_ left: Amount, _ right: Amount) -> Amount {
        left.compare(right) == .orderedAscending ? right : left
    }

    /// Which of the two figures the table has, when it has one of them.
    private static func tableHint(
        _ statement: ItemStatement,
        table: ItemStatementTable?,
        context: ValidationContext
    ) -> LocalizedText {
        let ask = LocalizedText(
            zh: "同一金额前后应一致，请核对并修正错误的一处。",
            en: "Both state the same amount: check them and correct the wrong one."
        )
        guard let table, case .found(let kind, let found, let row) = table.lookup(statement),
            let total = row.amounts.total,
            let converted = total.converted(from: context.unit(of: found.header), to: statement.unit)
        else { return ask }
        for (figure, position) in [
            (statement.amount, ("前一处", "the first")), (statement.budgetAmount, ("后一处", "the second")),
        ] {
            guard let figure else { continue }
            let difference = (converted - figure).magnitude
            if difference.compare(PrintedRatio.halfUnit(of: figure)) != .orderedDescending {
                let rowText = Describe.row(
                    context.tableName(kind, header: found.header),
                    code: row.code,
                    name: row.name
                )
                return LocalizedText(
                    zh:
                        "\(rowText.zh)为 \(total.plainText)\(context.unit(of: found.header).rawValue)，"
                        + "与\(position.0)一致，请修正另一处。",
                    en: "\(rowText.en) has \(total.plainText) "
                        + "\(context.unit(of: found.header).rawValue), as \(position.1) figure: correct the other."
                )
            }
        }
        return ask
    }
}
