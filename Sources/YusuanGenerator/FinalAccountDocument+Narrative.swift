import YusuanCore

extension FinalAccountDocument {
    /// The 情况说明 in the national order (一、收入支出决算总体情况说明 … 十一、其他重要事项的情况说明), every figure taken from
    /// the tables' figures, so that rules F7–F11 find what the tables show.
    mutating func makeBlocks() -> [NarrativeBlock] {
        var blocks: [NarrativeBlock] = []
        func heading(_ text: String) { blocks.append(NarrativeBlock(kind: .heading, text: text)) }
        func subheading(_ text: String) { blocks.append(NarrativeBlock(kind: .subheading, text: text)) }
        func paragraph(_ text: String) { blocks.append(NarrativeBlock(kind: .paragraph, text: text)) }
        let text = Self.text
        let name = departmentName
        let f = figures

        heading("一、收入支出决算总体情况说明")
        paragraph(
            "\(name)\(year)年度收入支出总计\(text(f.grandTotal))万元。"
                + change("收入支出总计", now: f.grandTotal, before: prior.grandTotal)
        )

        heading("二、收入决算情况说明")
        var incomeParts = ["财政拨款收入\(text(f.general + f.fund))万元，占\(Self.percent(f.general + f.fund, of: f.income))%"]
        if let column = f.otherColumn, f.otherIncome > 0 {
            let label =
                FinalAccountTableLayout.layout(identifier: FinalAccountTableID.income)?.columns[column] ?? "其他收入"
            incomeParts.append("\(label)\(text(f.otherIncome))万元，占\(Self.percent(f.otherIncome, of: f.income))%")
        }
        paragraph("本年收入合计\(text(f.income))万元，其中：\(incomeParts.joined(separator: "；"))。")

        heading("三、支出决算情况说明")
        let basic = f.generalBasic + f.otherSpent
        let project = f.expenditure - basic
        var spendingParts = ["基本支出\(text(basic))万元，占\(Self.percent(basic, of: f.expenditure))%"]
        if project > 0 {
            spendingParts.append("项目支出\(text(project))万元，占\(Self.percent(project, of: f.expenditure))%")
        }
        paragraph("本年支出合计\(text(f.expenditure))万元，其中：\(spendingParts.joined(separator: "；"))。")

        heading("四、财政拨款收入支出决算总体情况说明")
        paragraph(
            "\(name)\(year)年度财政拨款收入支出总计\(text(f.appropriationTotal))万元。"
                + change("财政拨款收入支出总计", now: f.appropriationTotal, before: prior.appropriationTotal)
        )

        heading("五、一般公共预算财政拨款支出决算情况说明")
        subheading("（一）一般公共预算财政拨款支出决算总体情况")
        paragraph(
            "一般公共预算财政拨款支出\(text(f.general))万元，占本年支出合计的\(Self.percent(f.general, of: f.expenditure))%。"
                + change("一般公共预算财政拨款支出", now: f.general, before: prior.general)
        )
        subheading("（二）一般公共预算财政拨款支出决算结构情况")
        let classes = Set(f.lines.filter { $0.general != 0 }.map { String($0.code.prefix(3)) }).sorted()
        let structure = classes.map { code in
            let amount = f.lines.filter { $0.code.hasPrefix(code) }.reduce(0) { $0 + $1.general }
            return
                "\(FunctionClassification.name(of: code))（类）\(text(amount))万元，占\(Self.percent(amount, of: f.general))%"
        }
        paragraph("一般公共预算财政拨款支出\(text(f.general))万元，主要用于以下方面：\(structure.joined(separator: "；"))。")
        subheading("（三）一般公共预算财政拨款支出决算具体情况")
        paragraph(
            "一般公共预算财政拨款支出年初预算为\(text(f.generalBudget))万元，支出决算为\(text(f.general))万元，"
                + "完成年初预算的\(Self.percent(f.general, of: f.generalBudget))%。"
                + comparison(
                    actual: f.general,
                    budget: f.generalBudget,
                    reason: rng.pick(FinalAccountTexts.lowerReasons)
                )
                + "其中："
        )
        for (number, line) in f.lines.filter({ $0.budget != 0 || $0.general != 0 }).enumerated() {
            let category = FunctionClassification.name(of: String(line.code.prefix(3)))
            let section = FunctionClassification.name(of: String(line.code.prefix(5)))
            let item = FunctionClassification.name(of: line.code)
            paragraph(
                "\(number + 1)、\(category)（类）\(section)（款）\(item)（项）。主要用于：\(line.usage)。"
                    + "年初预算为\(text(line.budget))万元，支出决算为\(text(line.general))万元，"
                    + "完成年初预算的\(Self.percent(line.general, of: line.budget))%。"
                    + comparison(actual: line.general, budget: line.budget, reason: line.reason)
            )
        }

        heading("六、一般公共预算财政拨款基本支出决算情况说明")
        let personnelNames = f.economic.filter { EconomicClassification.isPersonnel($0.code) && $0.amount != 0 }.map {
            EconomicClassification.name(of: $0.code)
        }
        let publicNames = f.economic.filter { !EconomicClassification.isPersonnel($0.code) && $0.amount != 0 }.map {
            EconomicClassification.name(of: $0.code)
        }
        paragraph(
            "一般公共预算财政拨款基本支出\(text(f.generalBasic))万元。其中：人员经费\(text(f.personnel))万元，主要包括："
                + "\(personnelNames.joined(separator: "、"))；公用经费\(text(f.publicUse))万元，主要包括："
                + "\(publicNames.joined(separator: "、"))。"
        )

        heading("七、财政拨款“三公”经费支出决算情况说明")
        subheading("（一）“三公”经费财政拨款支出决算总体情况说明。")
        paragraph(threePublicStatement())
        subheading("（二）“三公”经费财政拨款支出决算具体情况说明。")
        paragraph(
            "\(year)年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算\(text(f.threePublicActual.abroad))万元；"
                + "公务用车购置及运行维护费支出决算\(text(f.threePublicActual.vehicleSubtotal))万元；"
                + "公务接待费支出决算\(text(f.threePublicActual.reception))万元。"
        )

        heading("八、政府性基金预算财政拨款收入支出决算情况说明")
        paragraph(
            f.fund > 0
                ? "\(name)\(year)年度政府性基金预算财政拨款收入\(text(f.fund))万元，支出\(text(f.fund))万元。"
                : "\(name)\(year)年度无政府性基金预算财政拨款收入和支出。"
        )
        heading("九、国有资本经营预算财政拨款收入支出决算情况说明")
        paragraph("\(name)\(year)年度无国有资本经营预算财政拨款收入和支出。")

        heading("十、预算绩效管理情况")
        paragraph(performanceStatement())

        heading("十一、其他重要事项的情况说明")
        subheading("（一）机关运行经费支出情况")
        paragraph(operatingStatement())
        subheading("（二）政府采购支出情况")
        let procurement = f.procurementGoods + f.procurementWorks + f.procurementServices
        paragraph(
            "\(name)\(year)年度政府采购金额（以合同签订为准）为\(text(procurement))万元，其中：货物采购金额"
                + "\(text(f.procurementGoods))万元、工程采购金额\(text(f.procurementWorks))万元、服务采购金额"
                + "\(text(f.procurementServices))万元。"
        )
        subheading("（三）国有资产占有使用情况说明")
        paragraph(
            "截至\(year)年12月31日，\(name)共有车辆\(f.vehicles)辆。单价100万元（含）以上设备（不含车辆）"
                + "\(f.costlyEquipment)台（套）。"
        )
        return blocks
    }

    /// `决算数小于预算数的主要原因：…。`, or `决算数与预算数基本持平。`.
    private func comparison(actual: Cents, budget: Cents, reason: String) -> String {
        if actual == budget { return "决算数与预算数基本持平。" }
        let word = actual < budget ? "小于" : "大于"
        return "决算数\(word)预算数的主要原因：\(reason.isEmpty ? FinalAccountTexts.lowerReasons[0] : reason)。"
    }

    /// The “三公” total against its budget and each item's 决算 (its completion where it had a budget).
    private func threePublicStatement() -> String {
        let budget = figures.threePublicBudget
        let actual = figures.threePublicActual
        let text = Self.text
        func rate(_ spent: Cents, _ planned: Cents) -> String {
            planned > 0 ? "，完成预算的\(Self.percent(spent, of: planned))%" : ""
        }
        var sentence =
            "“三公”经费财政拨款支出年初预算为\(text(budget.total))万元，支出决算为\(text(actual.total))万元"
            + rate(actual.total, budget.total) + "，其中：因公出国（境）费决算为\(text(actual.abroad))万元"
            + rate(actual.abroad, budget.abroad) + "；公务用车购置及运行维护费支出决算为\(text(actual.vehicleSubtotal))万元"
            + rate(actual.vehicleSubtotal, budget.vehicleSubtotal) + "；公务接待费支出决算为\(text(actual.reception))万元"
            + rate(actual.reception, budget.reception) + "。"
        if actual.total < budget.total {
            sentence += "\(year)年度“三公”经费支出决算数小于预算数的主要原因：\(figures.threePublicReason)。"
        }
        return sentence
    }

    /// 编报绩效目标, 绩效跟踪, 绩效自评 of the budget's projects, with the problems; the number self-evaluated, the
    /// average 总分 and the grades are those of the 项目支出绩效自评表 (``selfEvaluations``).
    private func performanceStatement() -> String {
        let f = figures
        let count = f.projects.count
        let amount = Self.text(f.projects.reduce(0) { $0 + $1.budget })
        let evaluated = selfEvaluations.count
        let score = Amount(minorUnits: averageScore(), scale: 2).formatted(groupingThousands: false)
        let grades = gradeCounts()
        return "\(departmentName)\(year)年度预算绩效管理工作开展情况如下：\(selfReference)建立了预算绩效管理工作机制；"
            + "实行全过程绩效管理实施情况跟踪：编报绩效目标的\(year)年度项目\(count)个，涉及预算金额\(amount)万元；"
            + "绩效跟踪评价的\(year)年度项目\(count)个，涉及预算金额\(amount)万元；绩效自评的\(year)年度项目\(evaluated)个，"
            + "涉及预算金额\(amount)万元，平均得分\(score)分（其中，绩效评级为“优”的项目\(grades[0])个；绩效评级为“良”的项目"
            + "\(grades[1])个；绩效评级为“合格”的项目\(grades[2])个；绩效评级为“不合格”的项目\(grades[3])个）。"
            + "绩效自评中共发现问题\(f.problemsFound)个，已经完成整改的\(f.problemsFixed)个，正在整改的"
            + "\(f.problemsFound - f.problemsFixed)个。"
    }

    /// The mean 总分 of the self-evaluations in hundredths of a point, rounded half up; 0 without any.
    func averageScore() -> Int64 {
        let totals = selfEvaluations.compactMap { $0.totalScore?.rescaled(to: 2)?.minorUnits }
        guard !totals.isEmpty else { return 0 }
        let count = Int64(totals.count)
        return (totals.reduce(0, +) * 2 + count) / (2 * count)
    }

    /// The self-evaluations graded 优, 良, 中 (合格) and 差 (不合格).
    func gradeCounts() -> [Int] {
        var counts = [0, 0, 0, 0]
        for evaluation in selfEvaluations {
            guard let total = evaluation.totalScore else { continue }
            switch SelfEvaluationScoring.grade(for: total) {
            case .excellent: counts[0] += 1
            case .good: counts[1] += 1
            case .fair: counts[2] += 1
            case .poor: counts[3] += 1
            }
        }
        return counts
    }

    /// 机关运行经费 (the 公用经费 of the general budget's 基本支出) against the previous year's.
    private mutating func operatingStatement() -> String {
        let now = figures.publicUse
        let before = prior.publicUse
        let head = "机关运行经费支出\(Self.text(now))万元，"
        let difference = now - before
        guard difference != 0, before > 0 else { return head + "与\(year - 1)年度持平。" }
        let (word, rate) = difference > 0 ? ("增加", "增长") : ("减少", "下降")
        return head + "比\(year - 1)年度\(word)\(Self.text(abs(difference)))万元，\(rate)"
            + "\(Self.percent(abs(difference), of: before))%。主要原因是\(rng.pick(FinalAccountTexts.operatingChangeReasons))。"
    }
}
