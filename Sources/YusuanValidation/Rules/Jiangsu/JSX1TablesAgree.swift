import YusuanCore

/// JS-X1 (Jiangsu): the twelve tables agree with each other. 公开03表 equals 公开01表's 支出用途 and 支出合计;
/// 公开04表's 支出用途 equals 公开03表 (is within it when there is income besides 财政拨款); 公开05表 合计 = 公开04表
/// 支出合计 and its 类 = 公开01表's 功能分类; 公开06表 合计 = 公开04表 基本支出; 公开07/08表 (一般公共预算) equal 公开05/06表
/// (财政拨款) code by code when there is no 政府性基金, else are within them; 公开11表 (机关运行经费) is within 公开08表
/// (from 2018: until 2017 it also counted the operating costs within projects);
/// 公开08表's 会议费/培训费 are within 公开09表's; 公开12表 合计 is within 支出合计.
public struct JSX1TablesAgree: ValidationRule {
    public static let id = "JS-X1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        guard let summary = jiangsu.generic(1) else { return .notApplicable(Self.id, JiangsuTables.noSummary) }
        var reporter = context.reporter(for: Self.id)
        func compare(_ value: JiangsuCell?, _ other: JiangsuCell?, equal: Bool) {
            guard let value, let other else { return }
            if equal {
                reporter.checkEqual(
                    value.amount,
                    other.amount,
                    at: value.location,
                    related: other.location,
                    subject: value.describe,
                    other: other.describe
                )
            } else {
                reporter.checkAtMost(
                    value.amount,
                    limit: other.amount,
                    at: value.location,
                    related: other.location,
                    subject: value.describe,
                    other: other.describe
                )
            }
        }
        let onlyAppropriations = jiangsu.onlyAppropriations
        let onlyGeneralBudget = jiangsu.onlyGeneralBudget
        let uses = JiangsuTables.side(summary, summary.columns.count - 1)
        let functions = summary.columns.count > 2 ? JiangsuTables.side(summary, 1) : []
        let expenditureTotal = (functions + uses).first { $0.row.contains("支出合计") }
        // 公开03表: one row 合计, 基本支出, 项目支出, 单位预留机动经费, 结转下年资金.
        var expenditureColumns: [String: JiangsuCell] = [:]
        if let table = jiangsu.generic(3), let row = table.rows.first {
            for (index, column) in table.columns.enumerated() {
                expenditureColumns[column] = JiangsuTables.cell(table, row, label: "", column: index)
            }
            compare(expenditureColumns["合计"], expenditureTotal, equal: true)
            for use in uses where JiangsuTables.isTopLevel(use.row) {
                compare(use, expenditureColumns[JiangsuTables.stripped(use.row)], equal: true)
            }
        }
        // 公开04表 (财政拨款) against 公开03表 (all funds).
        var appropriationTotal: JiangsuCell?
        var appropriationBasic: JiangsuCell?
        if let table = jiangsu.generic(4) {
            for cell in JiangsuTables.side(table, 1) {
                if cell.row.contains("合计") {
                    appropriationTotal = cell
                    compare(cell, expenditureColumns["合计"], equal: onlyAppropriations)
                } else if JiangsuTables.isTopLevel(cell.row) {
                    let name = JiangsuTables.stripped(cell.row)
                    if name == "基本支出" { appropriationBasic = cell }
                    compare(cell, expenditureColumns[name], equal: onlyAppropriations)
                }
            }
        }
        // 公开05表 (财政拨款 by function) against 公开04表 and 公开01表's 功能分类.
        let byFunction = jiangsu.coded(5)
        if let byFunction {
            compare(byFunction.total, appropriationTotal, equal: true)
            for code in byFunction.order where ClassificationLevel(code: code) == .category {
                guard let row = byFunction.rows[code] else { continue }
                let name = String(row.row.drop { $0 != " " }.dropFirst())
                let match = functions.first { JiangsuTables.stripped($0.row) == name }
                compare(row, match, equal: onlyAppropriations)
            }
        }
        // 公开06表 (财政拨款 basic, economic) against 公开04表's 基本支出.
        let basicByEconomic = jiangsu.coded(6)
        compare(basicByEconomic?.total, appropriationBasic, equal: true)
        // 一般公共预算 (公开07/08表) within 财政拨款 (公开05/06表); 机关运行经费 (公开11表) within 公开08表.
        // Until 2017 the 机关运行经费 also counted the operating costs within projects (财政部 口径, stated in the
        // 2017 narratives), so the table is within 基本支出 only from 2018.
        let operatingCostIsBasic = context.disclosure.identity.year >= 2018
        for (part, whole, equal) in [
            (jiangsu.coded(7), byFunction, onlyGeneralBudget), (jiangsu.coded(8), basicByEconomic, onlyGeneralBudget),
            (operatingCostIsBasic ? jiangsu.coded(11) : nil, jiangsu.coded(8), false),
        ] {
            guard let part, let whole else { continue }
            compare(part.total, whole.total, equal: equal)
            for code in part.order {
                guard let row = part.rows[code] else { continue }
                guard let match = whole.rows[code] else {
                    if let amount = row.amount, !amount.isZero {
                        reporter.report(
                            LocalizedText(
                                zh: "\(row.describe.zh)未在\(whole.caption)中列出，请核对两表科目。",
                                en:
                                    "\(row.describe.en) is missing from \(whole.caption): check the rows of both tables."
                            ),
                            at: row.location,
                            actual: amount
                        )
                    }
                    continue
                }
                compare(row, match, equal: equal)
            }
        }
        // 会议费 and 培训费 of basic expenditure within 公开09表.
        if let economic = jiangsu.coded(8), let table = jiangsu.generic(9), let row = table.rows.first {
            compare(economic.rows["30215"], JiangsuTables.cell(table, row, label: "会议费", column: 1), equal: false)
            compare(economic.rows["30216"], JiangsuTables.cell(table, row, label: "培训费", column: 2), equal: false)
        }
        // 政府采购 within the expenditure.
        if let table = jiangsu.generic(12), let total = table.totalRow {
            compare(JiangsuTables.cell(table, total, label: "合计", column: 0), expenditureTotal, equal: false)
        }
        return reporter.outcome
    }
}
