import YusuanCore

/// R3: “三公” is split into its four items — 因公出国（境）费, 公务用车购置费, 公务用车运行费 (separately) and
/// 公务接待费 — in 表四 and in the narrative. An item the narrative speaks of without an amount, where the table
/// budgets nothing for it, is stated (`本部门年初不编制因公出国（境）费用预算`).
public struct R3ThreePublicItems: ValidationRule {
    public static let id = "R3"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        if let table = context.tables.threePublicExpenditure {
            let amounts = table.amounts
            if let subtotal = amounts.vehicleSubtotal, !subtotal.isZero, amounts.vehiclePurchase == nil,
                amounts.vehicleOperation == nil
            {
                let name = context.tableName(.threePublicExpenditure)
                reporter.report(
                    LocalizedText(
                        zh: "\(name.ofZh)公务用车购置及运行费 \(subtotal.plainText) 未细化为购置费和运行费，请分别列示。",
                        en: "\(name.capitalizedEn) gives vehicle costs of \(subtotal.plainText) without splitting "
                            + "purchase and operation: list them separately."
                    ),
                    at: FindingLocation(
                        table: .threePublicExpenditure,
                        caption: name.caption,
                        column: "公务用车购置及运行费小计",
                        line: table.line
                    ),
                    actual: subtotal
                )
            }
        }
        if let three = context.facts.threePublic {
            var items: [(StatedFigure?, ThreePublicItem, String, String)] = [
                (three.abroad, .abroad, "因公出国（境）费", "overseas travel"),
                (three.reception, .reception, "公务接待费", "reception"),
            ]
            // 公务用车购置及运行费 stated together (most families' narratives; the table splits it) covers both.
            if three.vehicles == nil {
                items += [
                    (three.vehicleOperation, .vehicleOperation, "公务用车运行维护费", "vehicle operation"),
                    (three.vehiclePurchase, .vehiclePurchase, "公务用车购置费", "vehicle purchase"),
                ]
            }
            let sentence = three.total?.sentence
            for (figure, item, zh, en) in items where figure == nil {
                if Self.isExplainedWithoutAmount(item, three, context.tables.threePublicExpenditure) { continue }
                reporter.report(
                    LocalizedText(
                        zh: "“三公”经费说明未单独说明\(zh)及其增减变化，请补充（无此项时写明 0 万元）。",
                        en: "The \"three public\" section does not state \(en) (\(zh)) and its change: add it "
                            + "(write 0 when there is none)."
                    ),
                    at: sentence.map(FindingLocation.narrative)
                        ?? FindingLocation(line: context.disclosure.narrative.titleLine),
                    severity: .warning
                )
            }
        } else if context.tables.threePublicExpenditure == nil {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "文档没有“三公”经费内容。", en: "The document has no \"three public\" content.")
            )
        }
        return reporter.outcome
    }

    /// Whether the narrative speaks of an item without an amount (`因公出国（境）费用：…本部门年初不编制因公出国（境）
    /// 费用预算…`) while the table budgets nothing for it (its cell blank or 0; no table to say otherwise): the item is
    /// stated.
    static func isExplainedWithoutAmount(
        _ item: ThreePublicItem,
        _ three: ThreePublicFacts,
        _ table: ThreePublicTable?
    ) -> Bool {
        let covering: [ThreePublicItem] =
            switch item {
            case .vehicleOperation, .vehiclePurchase: [item, .vehicles]
            default: [item]
            }
        guard (three.itemsWithoutAmount ?? []).contains(where: { covering.contains($0.item) }) else { return false }
        guard let amounts = table?.amounts else { return true }
        let cell: Amount? =
            switch item {
            case .abroad: amounts.abroad
            case .reception: amounts.reception
            case .vehicleOperation: amounts.vehicleOperation
            case .vehiclePurchase: amounts.vehiclePurchase
            case .vehicles: amounts.vehicleSubtotal
            }
        return cell?.isZero ?? true
    }
}
