import Foundation
import YusuanCore

/// JS-N1 (Jiangsu): the figures of the narrative (第三部分 情况说明) agree with the tables: 收支预算总计, 财政拨款 and
/// 一般公共预算 income, 基本支出 / 项目支出 / 单位预留机动经费, 人员经费 and 公用经费, each function class and 项, the
/// “三公” items, 会议费, 培训费 and the 政府采购 totals. Sentences are read directly (the narrative has no extracted
/// facts); a figure is compared only when the words before it name one of these (docs/VALIDATION.md).
public struct JSN1NarrativeMatchesTables: ValidationRule {
    public static let id = "JS-N1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let jiangsu = JiangsuTables(tables: context.tables)
        guard let summary = jiangsu.generic(1) else { return .notApplicable(Self.id, JiangsuTables.noSummary) }
        let targets = Targets(jiangsu: jiangsu, summary: summary, threePublic: context.tables.threePublicExpenditure)
        var reporter = context.reporter(for: Self.id)
        var compared = 0
        for clause in NarrativeText.clauses(of: context.disclosure.narrative) {
            for figure in NarrativeText.figures(in: clause.text) {
                let lead = String(figure.lead).filter { $0 != " " }
                // `…调整等原因，增加基本支出844.15万元`: a change, not the amount itself.
                let segment = lead.split(whereSeparator: { "，,：:".contains($0) }).last.map(String.init) ?? lead
                guard !Self.statesChange(segment) else { continue }
                guard let (label, cells) = targets.cells(for: lead), let first = cells.first else { continue }
                let unit = first.unit
                guard let stated = figure.amount.converted(from: figure.unit, to: unit) else { continue }
                compared += 1
                if cells.contains(where: { $0.cell.amount.map { ($0 - stated).isZero } ?? stated.isZero }) { continue }
                reporter.checkEqual(
                    stated,
                    first.cell.amount,
                    at: .narrative(clause),
                    related: first.cell.location,
                    subject: Describe.narrative(label),
                    other: first.cell.describe
                )
            }
        }
        if compared == 0 {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明中没有可与报表核对的金额。", en: "The narrative states no figure to compare.")
            )
        }
        return reporter.outcome
    }

    /// Whether the words before a figure (from the last comma) state a change (`增加基本支出`, `比上年减少`).
    static func statesChange(_ segment: String) -> Bool {
        ["增加", "减少", "增长", "下降", "降低", "调增", "调减", "压减"].contains { segment.contains($0) }
    }

    /// Where a narrative figure is found in the tables, by the words before it.
    struct Targets {
        let jiangsu: JiangsuTables
        let summary: GenericTable
        let threePublic: ThreePublicTable?

        struct Target {
            var cell: JiangsuCell
            var unit: AmountUnit
        }

        private func target(_ cell: JiangsuCell?, unit: AmountUnit? = nil) -> Target? {
            cell.map { Target(cell: $0, unit: unit ?? .tenThousandYuan) }
        }

        private func summaryCell(side: Int, _ matches: (String) -> Bool) -> Target? {
            target(JiangsuTables.side(summary, side).first { matches($0.row) }, unit: summary.header.unit)
        }

        private func expenditureColumn(_ name: String) -> Target? {
            guard let table = jiangsu.generic(3), let row = table.rows.first,
                let index = table.columns.firstIndex(of: name)
            else { return nil }
            return target(JiangsuTables.cell(table, row, label: "", column: index), unit: table.header.unit)
        }

        private func coded(_ number: Int, code: String? = nil) -> Target? {
            guard let table = jiangsu.coded(number) else { return nil }
            return target(code.map { table.rows[$0] } ?? table.total)
        }

        /// The sum of economic classes (人员经费 = 301 + 303) of 公开06/08表.
        private func classes(_ number: Int, _ codes: [String], label: String) -> Target? {
            guard let table = jiangsu.coded(number) else { return nil }
            let cells = codes.compactMap { table.rows[$0] }
            guard !cells.isEmpty, var cell = cells.first else { return nil }
            cell.amount = Amount.sum(cells.compactMap(\.amount))
            cell.row = codes.joined(separator: "+") + " " + label
            return target(cell)
        }

        private func threePublicCell(_ column: String, _ amount: Amount?) -> Target? {
            guard let table = threePublic else { return nil }
            return target(
                JiangsuCell(
                    caption: JiangsuTables.caption(of: table.header),
                    table: .threePublicExpenditure,
                    row: "“三公”经费",
                    column: column,
                    amount: amount,
                    line: table.line ?? table.header.line
                ),
                unit: table.header.unit
            )
        }

        private func generic(_ number: Int, column: Int, row matches: (GenericRow) -> Bool, label: String) -> Target? {
            guard let table = jiangsu.generic(number), let row = table.rows.first(where: matches) else { return nil }
            return target(JiangsuTables.cell(table, row, label: label, column: column), unit: table.header.unit)
        }

        private func category(_ code: String, _ name: String) -> Target? {
            generic(12, column: 0, row: { $0.code == code }, label: code + " " + name)
        }

        /// The label of the narrative figure and the table cells it may equal (the first is reported).
        func cells(for lead: String) -> (String, [Target])? {
            func ends(_ suffixes: String...) -> Bool { suffixes.contains { lead.hasSuffix($0) } }
            var label = ""
            var found: [Target?] = []
            if ends("财政拨款收入预算总计") {
                (label, found) = ("财政拨款收入", [summaryCell(side: 0) { $0.hasSuffix("财政拨款") }])
            } else if ends("一般公共预算收入预算", "一般公共预算收入") {
                (label, found) = ("一般公共预算收入", [summaryCell(side: 0) { $0.contains("一般公共预算") }])
            } else if ends("资金收入预算总计", "基金收入预算总计", "资金收入预算合计", "基金收入预算合计") {
                // One source's income (`财政专户管理资金收入预算总计0万元`), not the total.
                return nil
            } else if ends("收入预算总计", "收入预算合计", "收入、支出预算总计", "收支预算总计") {
                (label, found) = ("收入预算总计", [summaryCell(side: 0) { $0.contains("收入合计") }])
            } else if ends("支出预算总计", "支出预算合计") {
                let sides = (1..<summary.columns.count).compactMap { side in
                    summaryCell(side: side) { $0.contains("支出合计") }
                }
                (label, found) = ("支出预算总计", sides)
            } else if ends("收、支总预算", "收支总预算") {
                (label, found) = (
                    "财政拨款收支总预算", [generic(4, column: 0, row: { $0.name.hasPrefix("收入合计") }, label: "收入合计")]
                )
            } else if ends("一般公共预算财政拨款基本支出预算") {
                (label, found) = ("一般公共预算基本支出", [coded(8)])
            } else if ends("财政拨款基本支出预算") {
                (label, found) = ("财政拨款基本支出", [coded(6), coded(8)])
            } else if ends("一般公共预算财政拨款支出预算") {
                (label, found) = ("一般公共预算财政拨款支出", [coded(7)])
            } else if ends("财政拨款预算支出") {
                (label, found) = ("财政拨款支出", [coded(5)])
            } else if ends("基本支出预算数为", "基本支出") {
                (label, found) = ("基本支出", [expenditureColumn("基本支出")])
            } else if ends("项目支出预算数为", "项目支出") {
                (label, found) = ("项目支出", [expenditureColumn("项目支出")])
            } else if ends("单位预留机动经费预算数为", "单位预留机动经费") {
                (label, found) = ("单位预留机动经费", [expenditureColumn("单位预留机动经费")])
            } else if ends("人员经费") {
                (label, found) = (
                    "人员经费", [classes(8, ["301", "303"], label: "人员经费"), classes(6, ["301", "303"], label: "人员经费")]
                )
            } else if ends("公用经费") {
                (label, found) = ("公用经费", [coded(8, code: "302"), coded(6, code: "302")])
            } else if ends("因公出国（境）费支出", "因公出国（境）费预算支出") {
                (label, found) = ("因公出国（境）费", [threePublicCell("因公出国（境）费", threePublic?.amounts.abroad)])
            } else if ends("公务用车购置及运行费支出", "公务用车购置及运行费预算支出", "公务用车购置及运行维护费预算支出") {
                (label, found) = ("公务用车购置及运行费", [threePublicCell("公务用车购置及运行费小计", threePublic?.amounts.vehicleSubtotal)])
            } else if ends("公务用车购置费支出", "公务用车购置费预算支出") {
                (label, found) = ("公务用车购置费", [threePublicCell("公务用车购置费", threePublic?.amounts.vehiclePurchase)])
            } else if ends("公务用车运行维护费支出", "公务用车运行维护费预算支出", "公务用车运行费预算支出") {
                (label, found) = ("公务用车运行维护费", [threePublicCell("公务用车运行费", threePublic?.amounts.vehicleOperation)])
            } else if ends("公务接待费支出", "公务接待费预算支出") {
                (label, found) = ("公务接待费", [threePublicCell("公务接待费", threePublic?.amounts.reception)])
            } else if ends("“三公”经费预算支出", "“三公”经费支出", "“三公”经费预算") {
                (label, found) = ("“三公”经费", [threePublicCell("合计", threePublic?.amounts.total)])
            } else if ends("会议费预算支出", "会议费支出") {
                (label, found) = ("会议费", [generic(9, column: 1, row: { _ in true }, label: "会议费")])
            } else if ends("培训费预算支出", "培训费支出") {
                (label, found) = ("培训费", [generic(9, column: 2, row: { _ in true }, label: "培训费")])
            } else if ends("政府采购支出预算总额", "政府采购预算总额") {
                (label, found) = ("政府采购支出预算总额", [generic(12, column: 0, row: { $0.isTotal }, label: "合计")])
            } else if ends("采购货物支出") {
                (label, found) = ("货物", [category("A", "货物")])
            } else if ends("采购工程支出") {
                (label, found) = ("工程", [category("B", "工程")])
            } else if ends("购买服务支出", "采购服务支出") {
                (label, found) = ("服务", [category("C", "服务")])
            } else if let item = Self.itemName(lead) {
                (label, found) = (item, [functionItem(item)])
            } else if let name = Self.className(lead) {
                let match = JiangsuTables.side(summary, 1).first { JiangsuTables.stripped($0.row) == name }
                (label, found) = (name, [target(match, unit: summary.header.unit)])
            }
            let targets = found.compactMap { $0 }
            return targets.isEmpty ? nil : (label, targets)
        }

        private func functionItem(_ name: String) -> Target? {
            guard let table = jiangsu.coded(5) else { return nil }
            let matches = table.order.filter {
                $0.count == 7 && table.rows[$0].map { $0.row.hasSuffix(" " + name) } == true
            }
            return matches.count == 1 ? target(table.rows[matches[0]]) : nil
        }

        /// `检察（款）行政运行（项）支出` → `行政运行`.
        static func itemName(_ lead: String) -> String? {
            let text = lead.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
            guard let item = text.range(of: "（项）", options: .backwards), let section = text.range(of: "（款）"),
                section.upperBound <= item.lowerBound,
                text[item.upperBound...].isEmpty || text[item.upperBound...] == "支出"
            else { return nil }
            let name = String(text[section.upperBound..<item.lowerBound])
            return name.isEmpty ? nil : name
        }

        /// `1．公共安全（类）支出` → `公共安全支出`, `3、住房保障支出` → `住房保障支出` (an enumerated class).
        static func className(_ lead: String) -> String? {
            var text = Substring(lead)
            if let cut = text.lastIndex(where: { "，。：；".contains($0) }) { text = text[text.index(after: cut)...] }
            guard let first = text.first, first.isNumber else { return nil }
            text = text.drop { $0.isNumber }
            guard let mark = text.first, "．.、".contains(mark) else { return nil }
            let name = String(text.dropFirst()).replacingOccurrences(of: "（类）", with: "")
            return name.hasSuffix("支出") && !name.contains("（") ? name : nil
        }
    }
}
