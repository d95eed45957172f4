import YusuanCore

extension NarrativeWriter {
    /// `四、“三公”经费情况说明`: the total and the four items, each with its change.
    mutating func writeThreePublic() {
        heading("四、“三公”经费情况说明")
        let three = plan.threePublic
        let prior = plan.priorThreePublic
        var text = ParagraphText(format: format)
        let totalChange = change(three.total - prior.total, reason: nil)
        let totalSentence = text.add("\(year)年“三公”经费预算\(money(three.total))，\(totalChange.text)。")
        var facts = ThreePublicFacts(
            total: figure("“三公”经费预算", three.total, sentence: totalSentence, change: totalChange.change)
        )
        let items: [(label: String, current: Cents, prior: Cents, last: Bool)] = [
            ("因公出国（境）费用", three.abroad, prior.abroad, false),
            ("公务接待费", three.reception, prior.reception, false),
            ("公务用车运行维护费", three.vehicleOperation, prior.vehicleOperation, false),
            ("公务用车购置费", three.vehiclePurchase, prior.vehiclePurchase, true),
        ]
        for (index, item) in items.enumerated() {
            let delta = item.current - item.prior
            let itemReason = reason(
                delta,
                increase: TextPools.costIncreaseReasons,
                decrease: TextPools.costDecreaseReasons
            )
            let itemChange = change(delta, reason: itemReason)
            let lead = index == 0 ? "其中：" : ""
            let sentence = text.add(
                "\(lead)\(item.label)\(money(item.current))，\(itemChange.text)\(item.last ? "。" : "；")"
            )
            let stated = figure(item.label, item.current, sentence: sentence, change: itemChange.change)
            switch index {
            case 0: facts.abroad = stated
            case 1: facts.reception = stated
            case 2: facts.vehicleOperation = stated
            default: facts.vehiclePurchase = stated
            }
        }
        self.facts.threePublic = facts
        paragraph(text)
    }

    /// `五、其他重要事项的情况说明`: 机关运行经费, 政府采购, 绩效目标, 国有资产.
    mutating func writeOtherMatters() {
        heading("五、其他重要事项的情况说明")
        writeOperatingCost()
        writeProcurement()

        var performance = ParagraphText(format: format)
        performance.add("（三）绩效目标设置情况。")
        let project = plan.ledger.sum(\.generalProject)
        let sentence = performance.add("\(year)年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款\(money(project))。")
        facts.performanceTargetAmount = figure("一般公共预算财政拨款", project, sentence: sentence)
        paragraph(performance)

        writeAssets()
    }

    mutating func writeOperatingCost() {
        var text = ParagraphText(format: format)
        text.add("（一）机关运行经费。")
        let delta = plan.operatingCost - plan.priorOperatingCost
        let costReason = reason(delta, increase: TextPools.costIncreaseReasons, decrease: TextPools.costDecreaseReasons)
        let costChange = change(
            delta,
            reason: costReason,
            comparedWithLastYear: plan.style.operatingComparedWithLastYear
        )
        let sentence = text.add("\(year)年一般公共预算财政拨款运行经费\(money(plan.operatingCost))，\(costChange.text)；")
        text.add("主要用于\(plan.operatingUsage)。")
        facts.operatingCost = figure(
            "机关运行经费",
            plan.operatingCost,
            sentence: sentence,
            change: costChange.change,
            usage: plan.operatingUsage
        )
        paragraph(text)
    }

    mutating func writeProcurement() {
        var text = ParagraphText(format: format)
        text.add("（二）政府采购情况。")
        let parts =
            "政府采购货物预算\(money(plan.procurementGoods))、政府采购工程预算\(money(plan.procurementWorks))、政府采购服务预算\(money(plan.procurementServices))"
        let allSentence = text.add("所属各预算单位政府采购预算总额\(money(plan.procurementTotal))：\(parts)；")
        let generalSentence = text.add("其中一般公共预算拨款政府采购\(money(plan.procurementTotal))：\(parts)。")
        func split(_ totalLabel: String, _ sentence: Sentence) -> ProcurementSplit {
            ProcurementSplit(
                total: figure(totalLabel, plan.procurementTotal, sentence: sentence),
                goods: figure("政府采购货物预算", plan.procurementGoods, sentence: sentence),
                works: figure("政府采购工程预算", plan.procurementWorks, sentence: sentence),
                services: figure("政府采购服务预算", plan.procurementServices, sentence: sentence)
            )
        }
        facts.procurement = ProcurementFacts(
            all: split("政府采购预算总额", allSentence),
            generalBudget: split("一般公共预算拨款政府采购", generalSentence)
        )
        paragraph(text)
    }

    mutating func writeAssets() {
        var text = ParagraphText(format: format)
        text.add("（四）国有资产占有使用情况。")
        let statesLawEnforcement = plan.style.detailedAssets || plan.lawEnforcementVehicles > 0
        var raw = "截止\(priorYear)年12月，所属各预算单位共有车辆\(plan.vehicles)辆，其中一般公务用车\(plan.generalVehicles)辆"
        raw += statesLawEnforcement ? "、执勤执法用车\(plan.lawEnforcementVehicles)辆。" : "。"
        let vehicleSentence = text.add(raw)
        let purchases = plan.plannedVehiclePurchases
        let purchaseSentence = text.add(
            purchases == 0 && !plan.style.detailedAssets
                ? "\(year)年无购置车辆的预算安排。" : "\(year)年一般公共预算安排购置车辆\(purchases)辆。"
        )
        facts.assets = AssetFacts(
            asOfYear: priorYear,
            asOfMonth: 12,
            vehicles: StatedCount(label: "共有车辆", count: plan.vehicles, sentence: vehicleSentence),
            generalVehicles: StatedCount(label: "一般公务用车", count: plan.generalVehicles, sentence: vehicleSentence),
            lawEnforcementVehicles: statesLawEnforcement
                ? StatedCount(label: "执勤执法用车", count: plan.lawEnforcementVehicles, sentence: vehicleSentence) : nil,
            plannedPurchases: StatedCount(label: "购置车辆", count: purchases, sentence: purchaseSentence)
        )
        paragraph(text)
    }
}
