import Foundation
import YusuanCore

/// F1 (决算): 年初结转和结余 + 本年收入合计 (+ 使用非财政拨款结余) = 本年支出合计 + 年末结转和结余 (+ 结余分配), and both
/// sides equal 总计, in 收入支出决算总表.
public struct F1FinalAccountBalance: ValidationRule {
    public static let id = "F1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard context.disclosure.identity.kind == .finalAccount,
            let table = context.tables.additionalTables?.first(where: { $0.identifier == FinalAccountTableID.summary })
        else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "不是部门决算，或没有收入支出决算总表。", en: "Not a final account, or no 收入支出决算总表.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        func value(_ label: String, side: Int) -> Amount? {
            for row in table.rows {
                let parts = row.name.components(separatedBy: " | ")
                let name = side == 0 ? parts.first ?? "" : (parts.count > 1 ? parts[1] : "")
                if name.contains(label), row.amounts.indices.contains(side) { return row.amounts[side] }
            }
            return nil
        }
        let income = [value("本年收入合计", side: 0), value("使用非财政拨款结余", side: 0), value("年初结转和结余", side: 0)]
        let expenditure = [value("本年支出合计", side: 1), value("结余分配", side: 1), value("年末结转和结余", side: 1)]
        let location = FindingLocation(
            caption: TableName(printed: table.header).caption,
            row: "总计",
            line: table.header.line
        )
        reporter.checkSum(
            total: Amount.sum(expenditure.compactMap { $0 }),
            parts: income,
            at: location,
            subject: LocalizedText(zh: "本年支出合计 + 结余分配 + 年末结转和结余", en: "expenditure + allocation + carry-forward"),
            partsDescription: LocalizedText(
                zh: "本年收入合计、使用非财政拨款结余和年初结转和结余",
                en: "income, use of non-appropriation balances and carry-over"
            )
        )
        return reporter.outcome
    }
}
