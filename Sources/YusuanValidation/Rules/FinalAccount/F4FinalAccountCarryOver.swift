import YusuanCore

/// F4 (决算): 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余 in every row of the 政府性基金 and 国有资本经营 收入
/// 支出决算表, and in 财政拨款收入支出决算总表 (本年收入合计 + 年初财政拨款结转和结余 = 总计 = 本年支出合计 + 年末财政拨款结转和结余,
/// per column); the 本年收入合计 and 本年支出合计 of both 总表 equal the Σ of the lines above them. Each side is a sum of
/// rounded figures, so differences within the rounding envelope are info.
public struct F4FinalAccountCarryOver: ValidationRule {
    public static let id = "F4"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let fundTables = [FinalAccountTableID.governmentFund, FinalAccountTableID.stateCapital].compactMap {
            context.genericTable($0)
        }
        let summaries = [FinalAccountTableID.summary, FinalAccountTableID.financialSummary].compactMap {
            context.genericTable($0)
        }
        guard !fundTables.isEmpty || !summaries.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有决算收支表。", en: "No 决算 income and expenditure table."))
        }
        var reporter = context.reporter(for: Self.id)
        for table in fundTables where table.columns.count >= 6 {
            for row in table.rows {
                let available = [table.cell(row, 0), table.cell(row, 1)].compactMap { $0 }
                let used = [table.cell(row, 2), table.cell(row, 5)].compactMap { $0 }
                guard !available.isEmpty || !used.isEmpty else { continue }
                reporter.checkEqual(
                    Amount.sum(available),
                    Amount.sum(used),
                    at: table.location(row, column: 5),
                    subject: LocalizedText(
                        zh: "\(table.header.title) \(row.code) \(row.name) 年初结转和结余 + 本年收入",
                        en: "\(table.header.title) \(row.code) \(row.name): carry-over + income"
                    ),
                    other: LocalizedText(zh: "本年支出 + 年末结转和结余", en: "expenditure + carry-forward"),
                    envelopeCount: 3
                )
            }
        }
        for table in summaries {
            checkLinesAddUp(table, side: 0, totalLabel: "本年收入合计", into: &reporter)
            checkLinesAddUp(table, side: 1, totalLabel: "本年支出合计", into: &reporter)
        }
        if let table = context.genericTable(FinalAccountTableID.financialSummary) {
            let income = table.row(labelled: "本年收入合计", side: 0)
            let carryOver = table.row(labelled: "年初", side: 0)
            let leftTotal = table.row(labelled: "总计", side: 0)
            if let leftTotal {
                reporter.checkSum(
                    total: table.cell(leftTotal, 0),
                    parts: [income.flatMap { table.cell($0, 0) }, carryOver.flatMap { table.cell($0, 0) }],
                    at: table.location(leftTotal, column: 0),
                    subject: LocalizedText(zh: "\(table.header.title) 收入总计", en: "\(table.header.title) income total"),
                    partsDescription: LocalizedText(zh: "本年收入合计与年初财政拨款结转和结余", en: "income and carry-over")
                )
            }
            let expenditure = table.row(labelled: "本年支出合计", side: 1)
            let carryForward = table.row(labelled: "年末", side: 1)
            if let rightTotal = table.row(labelled: "总计", side: 1) {
                for column in 1..<table.columns.count {
                    reporter.checkSum(
                        total: table.cell(rightTotal, column),
                        parts: [
                            expenditure.flatMap { table.cell($0, column) },
                            carryForward.flatMap { table.cell($0, column) },
                        ],
                        at: table.location(rightTotal, column: column),
                        subject: table.describe(rightTotal, column: column),
                        partsDescription: LocalizedText(zh: "本年支出合计与年末财政拨款结转和结余", en: "expenditure and carry-forward")
                    )
                }
                if let leftTotal {
                    reporter.checkEqual(
                        table.cell(rightTotal, 1),
                        table.cell(leftTotal, 0),
                        at: table.location(rightTotal, column: 1),
                        subject: LocalizedText(
                            zh: "\(table.header.title) 支出总计",
                            en: "\(table.header.title) expenditure total"
                        ),
                        other: LocalizedText(zh: "收入总计", en: "the income total")
                    )
                }
            }
        }
        return reporter.outcome
    }

    /// `本年收入合计` (or `本年支出合计`) equals the Σ of the numbered lines (`一、…`) above it on its side.
    private func checkLinesAddUp(
        _ table: GenericTable,
        side: Int,
        totalLabel: String,
        into reporter: inout RuleReporter
    ) {
        guard let totalIndex = table.rows.firstIndex(where: { table.label($0, side: side).contains(totalLabel) }) else {
            return
        }
        let total = table.rows[totalIndex]
        let lines = table.rows[..<totalIndex].filter {
            FinalAccountTables.strippedLabel(table.label($0, side: side)) != table.label($0, side: side)
        }
        let columns = table.columns.indices.filter { table.columns.count == 2 ? $0 == side : (side == 0) == ($0 == 0) }
        for column in columns {
            reporter.checkSum(
                total: table.cell(total, column),
                parts: lines.map { table.cell($0, column) },
                at: table.location(total, column: column),
                subject: LocalizedText(
                    zh: "\(table.header.title) \(totalLabel)（\(table.columns[column])）",
                    en: "\(table.header.title) \(totalLabel) (\(table.columns[column]))"
                ),
                partsDescription: LocalizedText(zh: "其上\(lines.count)行", en: "the \(lines.count) lines above it")
            )
        }
    }
}
