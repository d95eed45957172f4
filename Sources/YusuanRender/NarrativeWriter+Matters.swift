import YusuanCore

extension NarrativeComposer {
    /// `四、“三公”经费情况说明`, from 表四, with the changes the model records.
    mutating func writeThreePublic() {
        heading("四、“三公”经费情况说明")
        let amounts = tables.threePublicExpenditure?.amounts
        let zero = Amount.zero()
        let abroad = amounts?.abroad ?? zero
        let reception = amounts?.reception ?? zero
        let operation = amounts?.vehicleOperation ?? zero
        let purchase = amounts?.vehiclePurchase ?? zero
        let total = amounts?.total ?? abroad + reception + operation + purchase
        let stated = given.threePublic
        let totalChange = changeText(stated?.total?.change, reasonRequired: false)
        let first = tidy("\(year)年“三公”经费预算\(money(total))" + (totalChange.isEmpty ? "" : "，\(totalChange)") + "。")
        var result = ThreePublicFacts(total: figure("“三公”经费预算", total, sentence: first, change: stated?.total?.change))
        var clauses = [first]
        let items: [(label: String, amount: Amount, fact: StatedFigure?)] = [
            ("因公出国（境）费用", abroad, stated?.abroad), ("公务接待费", reception, stated?.reception),
            ("公务用车运行维护费", operation, stated?.vehicleOperation), ("公务用车购置费", purchase, stated?.vehiclePurchase),
        ]
        for (index, item) in items.enumerated() {
            let lead = index == 0 ? "其中：" : ""
            let end = index == items.count - 1 ? "。" : "；"
            let sentence = tidy(
                "\(lead)\(item.label)\(money(item.amount))，\(changeText(item.fact?.change, reasonRequired: true))\(end)"
            )
            clauses.append(sentence)
            let fact = figure(item.label, item.amount, sentence: sentence, change: item.fact?.change)
            switch index {
            case 0: result.abroad = fact
            case 1: result.reception = fact
            case 2: result.vehicleOperation = fact
            default: result.vehiclePurchase = fact
            }
        }
        paragraph(clauses)
        facts.threePublic = result
    }

    /// `五、其他重要事项的情况说明`: 机关运行经费, 政府采购, 绩效目标, 国有资产.
    mutating func writeOtherMatters() {
        heading("五、其他重要事项的情况说明")
        writeOperatingCost()
        writeProcurement()
        writePerformance()
        writeAssets()
    }

    mutating func writeOperatingCost() {
        let lead = "（一）机关运行经费。"
        guard let cost = given.operatingCost else {
            paragraph([lead, tidy("\(year)年一般公共预算财政拨款运行经费\(NarrativeWriter.missingFigureMark)。")])
            return
        }
        let usage = usageText(cost.usage)
        let sentence = tidy(
            "\(year)年一般公共预算财政拨款运行经费\(money(cost.amount))，\(changeText(cost.change, reasonRequired: true))"
                + (usage == nil ? "。" : "；")
        )
        paragraph([lead, sentence] + (usage.map { [tidy("主要用于\($0)。")] } ?? []))
        facts.operatingCost = figure("机关运行经费", cost.amount, sentence: sentence, change: cost.change, usage: usage)
    }

    /// 政府采购 from 表九: the total and its goods/works/services split, for all funds and for the general budget.
    mutating func writeProcurement() {
        let lead = "（二）政府采购情况。"
        guard let table = tables.procurement, let total = table.totalRow?.total, !total.isZero else {
            paragraph([lead, tidy("\(year)年\(selfReference)无政府采购预算安排。")])
            return
        }
        let column = table.generalBudgetColumn
        func category(_ code: String, _ name: String) -> SourceBreakdownRow? {
            table.rows.first { $0.code == code || $0.name.contains(name) }
        }
        let rows = [category("A", "货物"), category("B", "工程"), category("C", "服务")]
        func general(_ row: SourceBreakdownRow?) -> Amount? {
            guard let column, let row, column < row.sources.count else { return nil }
            return row.sources[column]
        }
        let zero = Amount(0)
        let labels = ["政府采购货物预算", "政府采购工程预算", "政府采购服务预算"]
        func split(_ label: String, _ amount: Amount, _ parts: [Amount], sentence: String) -> ProcurementSplit? {
            guard let head = figure(label, amount, sentence: sentence) else { return nil }
            let figures = zip(labels, parts).map { figure($0.0, $0.1, sentence: sentence) }
            return ProcurementSplit(total: head, goods: figures[0], works: figures[1], services: figures[2])
        }
        func partsText(_ parts: [Amount]) -> String {
            zip(labels, parts).map { "\($0.0)\(money($0.1))" }.joined(separator: "、")
        }
        let allParts = rows.map { $0?.total ?? zero }
        let allSentence = tidy("所属各预算单位政府采购预算总额\(money(total))：\(partsText(allParts))；")
        let generalTotal = general(table.totalRow) ?? zero
        let generalParts = rows.map { general($0) ?? zero }
        let generalSentence = tidy("其中一般公共预算拨款政府采购\(money(generalTotal))：\(partsText(generalParts))。")
        paragraph([lead, allSentence, generalSentence])
        facts.procurement = ProcurementFacts(
            all: split("政府采购预算总额", total, allParts, sentence: allSentence),
            generalBudget: split("一般公共预算拨款政府采购", generalTotal, generalParts, sentence: generalSentence)
        )
    }

    /// 绩效目标: the budgets of the project tables (表十一), or the project expenditure of 表二.
    mutating func writePerformance() {
        let budgets = tables.projectPerformance.compactMap(\.budget)
        let amount =
            budgets.isEmpty ? tables.generalBudgetExpenditure?.totalRow?.amounts.project : Amount.sum(budgets)
        let sentence = tidy("\(year)年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款\(money(amount))。")
        paragraph(["（三）绩效目标设置情况。", sentence])
        facts.performanceTargetAmount = figure("一般公共预算财政拨款", amount, sentence: sentence)
    }

    /// 国有资产: the vehicles the model records.
    mutating func writeAssets() {
        let lead = "（四）国有资产占有使用情况。"
        guard let assets = given.assets, let vehicles = assets.vehicles else {
            paragraph([lead, tidy("车辆情况\(NarrativeWriter.missingFigureMark)。")])
            return
        }
        let asOf = assets.asOfYear.map { "截止\($0)年\(assets.asOfMonth ?? 12)月，" } ?? ""
        var vehicleText = "\(asOf)所属各预算单位共有车辆\(vehicles.count)辆"
        var parts: [String] = []
        if let general = assets.generalVehicles { parts.append("一般公务用车\(general.count)辆") }
        if let enforcement = assets.lawEnforcementVehicles { parts.append("执勤执法用车\(enforcement.count)辆") }
        if !parts.isEmpty { vehicleText += "，其中" + parts.joined(separator: "、") }
        let vehicleSentence = tidy(vehicleText + "。")
        let purchases = assets.plannedPurchases?.count ?? 0
        let purchaseSentence = tidy(
            purchases == 0 && assets.plannedPurchases?.label.contains("无") != false
                ? "\(year)年无购置车辆的预算安排。" : "\(year)年一般公共预算安排购置车辆\(purchases)辆。"
        )
        paragraph([lead, vehicleSentence, purchaseSentence])
        let vehicleFact = Sentence(text: vehicleSentence)
        facts.assets = AssetFacts(
            asOfYear: assets.asOfYear,
            asOfMonth: assets.asOfMonth,
            vehicles: StatedCount(label: "共有车辆", count: vehicles.count, sentence: vehicleFact),
            generalVehicles: assets.generalVehicles.map {
                StatedCount(label: "一般公务用车", count: $0.count, sentence: vehicleFact)
            },
            lawEnforcementVehicles: assets.lawEnforcementVehicles.map {
                StatedCount(label: "执勤执法用车", count: $0.count, sentence: vehicleFact)
            },
            plannedPurchases: StatedCount(label: "购置车辆", count: purchases, sentence: Sentence(text: purchaseSentence))
        )
    }
}
