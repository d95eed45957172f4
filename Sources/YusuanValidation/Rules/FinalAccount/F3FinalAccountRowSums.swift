import YusuanCore

/// F3 (决算): each row's total column equals its parts: 收入决算表 本年收入合计 = the six sources, 支出决算表 本年支出合计
/// = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出, the fund tables' 本年支出小计 = 基本支出 + 项目支出,
/// 财政拨款收入支出决算总表 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 on the expenditure side, and in the “三公”
/// table 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 and 小计 = 购置费 + 运行费, for 预算数 and 决算数.
public struct F3FinalAccountRowSums: ValidationRule {
    public static let id = "F3"

    public init() {}

    /// (table, total column, part columns).
    private static let sums: [(String, Int, [Int])] = [
        (FinalAccountTableID.income, 0, [1, 2, 3, 4, 5, 6]),
        (FinalAccountTableID.expenditure, 0, [1, 2, 3, 4, 5]),
        (FinalAccountTableID.governmentFund, 2, [3, 4]),
        (FinalAccountTableID.stateCapital, 2, [3, 4]),
        (FinalAccountTableID.financialSummary, 1, [2, 3, 4]),
        // “三公”: columns are (预算数, 决算数) pairs of 合计, 出国, 小计, 购置, 运行, 接待.
        (FinalAccountTableID.threePublic, 0, [2, 4, 10]),
        (FinalAccountTableID.threePublic, 1, [3, 5, 11]),
        (FinalAccountTableID.threePublic, 4, [6, 8]),
        (FinalAccountTableID.threePublic, 5, [7, 9]),
    ]

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let present = Self.sums.filter { context.genericTable($0.0) != nil }
        guard !present.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "没有决算分列表。", en: "No 决算 table with column totals."))
        }
        var reporter = context.reporter(for: Self.id)
        for (identifier, printedTotal, printedParts) in present {
            guard let table = context.genericTable(identifier) else { continue }
            // A fund table printed without carry-over columns has 合计 = 基本支出 + 项目支出 (docs/PDF.md).
            let isSplitOnly =
                (identifier == FinalAccountTableID.governmentFund || identifier == FinalAccountTableID.stateCapital)
                && table.columns == ["合计", "基本支出", "项目支出"]
            let totalColumn = isSplitOnly ? 0 : printedTotal
            let partColumns = isSplitOnly ? [1, 2] : printedParts
            guard partColumns.allSatisfy({ table.columns.indices.contains($0) }) else { continue }
            let names = partColumns.map { table.columns[$0] }.joined(separator: "、")
            for row in table.rows {
                reporter.checkSum(
                    total: table.cell(row, totalColumn),
                    parts: partColumns.map { table.cell(row, $0) },
                    at: table.location(row, column: totalColumn),
                    subject: table.describe(row, column: totalColumn),
                    partsDescription: LocalizedText(zh: "\(names)各列", en: "the columns \(names)")
                )
            }
        }
        return reporter.outcome
    }
}
