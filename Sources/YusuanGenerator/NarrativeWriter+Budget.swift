import YusuanCore

extension NarrativeWriter {
    /// `二、部门收支总体情况`: income and expenditure with their year-on-year changes.
    mutating func writeOverallBudget() {
        heading("二、部门收支总体情况")
        let ledger = plan.ledger
        let changes = plan.changes
        var sources: [(label: String, amount: Cents)] = [("一般公共预算拨款", ledger.sum(\.general))]
        if ledger.sum(\.fundProject) > 0 { sources.append(("政府性基金预算拨款", ledger.sum(\.fundProject))) }
        if let other = plan.otherSource { sources.append((other.label, other.amount)) }

        var income = ParagraphText(format: format)
        let sourceText = sources.map { "\($0.label)\(money($0.amount))" }.joined(separator: "，")
        let incomeSentence = income.add("（一）收入预算：\(year)年年初预算数\(money(ledger.sum(\.total)))，其中：\(sourceText)；")
        // A source the department had last year but not this year is not among the income, but its change is.
        var changedSources = [("一般公共预算拨款", changes.general), ("政府性基金预算拨款", changes.fund)]
        if let other = plan.otherSource { changedSources.append((other.label, changes.other)) }
        let incomeParts = components(changedSources)
        let incomeChange = change(
            changes.total,
            reason: incomeParts.text,
            reasonLead: "主要是",
            components: incomeParts.components
        )
        income.add("收入\(incomeChange.text)。")
        facts.income = figure(
            "收入预算",
            ledger.sum(\.total),
            sentence: incomeSentence,
            parts: sources.map { figure($0.label, $0.amount, sentence: incomeSentence) },
            change: incomeChange.change
        )
        paragraph(income)

        if plan.style.carryOverStatement {
            var carryOver = ParagraphText(format: format)
            facts.carryOverStatement = carryOver.add(
                "按照全市预算管理要求，结转金额已纳入相应性质的资金收入中进行反映，上述收入包括\(priorYear)年结转并编制到\(year)年预算的资金。"
            )
            paragraph(carryOver)
        }

        var expenditure = ParagraphText(format: format)
        let classes = ledger.categories(where: \.total).map { ($0, ledger.sum(\.total, under: $0)) }
        let classText = classes.map { "\(FunctionClassification.name(of: $0.0))\(money($0.1))" }.joined(separator: "，")
        let expenditureSentence = expenditure.add(
            "（二）支出预算：\(year)年年初预算数\(money(ledger.sum(\.total)))，其中：\(classText)；"
        )
        let expenditureParts = components([("基本支出", changes.basic), ("项目支出", changes.project)])
        let expenditureChange = change(
            changes.total,
            reason: expenditureParts.text,
            reasonLead: "主要是",
            components: expenditureParts.components
        )
        expenditure.add("支出\(expenditureChange.text)。")
        facts.expenditure = figure(
            "支出预算",
            ledger.sum(\.total),
            sentence: expenditureSentence,
            parts: classes.map { figure(FunctionClassification.name(of: $0.0), $0.1, sentence: expenditureSentence) },
            change: expenditureChange.change
        )
        paragraph(expenditure)
    }

    /// `三、部门预算情况说明` / `三、财政拨款情况说明`: 一般公共预算 income and expenditure, 基本, 项目, 政府性基金.
    mutating func writeAppropriation() {
        heading(plan.style.appropriationHeading ? "三、财政拨款情况说明" : "三、部门预算情况说明")
        let ledger = plan.ledger
        let changes = plan.changes
        let general = ledger.sum(\.general)
        var text = ParagraphText(format: format)
        let totalChange = change(changes.general, reason: nil)
        let first = text.add(
            "\(year)年一般公共预算财政拨款收入\(money(general))，一般公共预算财政拨款支出\(money(general))，\(totalChange.text)。"
        )
        facts.appropriationIncome = figure("一般公共预算财政拨款收入", general, sentence: first)
        facts.appropriationExpenditure = figure(
            "一般公共预算财政拨款支出",
            general,
            sentence: first,
            change: totalChange.change
        )

        let basic = ledger.sum(\.generalBasic)
        let basicUsage =
            plan.institutions.isEmpty
            ? "保障\(plan.selfReference)在职人员工资福利及社会保险缴费、退休人员补助等，保障\(plan.selfReference)正常运转的各项商品服务支出"
            : "保障\(plan.selfReference)及下属\(plan.institutions.count)个事业单位在职人员工资福利及社会保险缴费、退休人员补助等，保障正常运转的各项商品服务支出"
        let basicReason = reason(
            changes.generalBasic,
            increase: TextPools.basicIncreaseReasons,
            decrease: TextPools.basicDecreaseReasons
        )
        let basicChange = change(changes.generalBasic, reason: basicReason)
        let basicSentence = text.add("其中：基本支出\(money(basic))，主要用于\(basicUsage)，\(basicChange.text)；")
        facts.basicExpenditure = figure(
            "基本支出",
            basic,
            sentence: basicSentence,
            change: basicChange.change,
            usage: basicUsage
        )

        let project = ledger.sum(\.generalProject)
        let projectUsage = plan.projects.map(\.name).joined(separator: "、") + "等重点工作"
        let projectReason = reason(
            changes.generalProject,
            increase: TextPools.projectIncreaseReasons,
            decrease: TextPools.projectDecreaseReasons
        )
        let projectChange = change(changes.generalProject, reason: projectReason)
        let projectSentence = text.add("项目支出\(money(project))，主要用于\(projectUsage)，\(projectChange.text)。")
        facts.projectExpenditure = figure(
            "项目支出",
            project,
            sentence: projectSentence,
            change: projectChange.change,
            usage: projectUsage
        )
        paragraph(text)

        var fundText = ParagraphText(format: format)
        let fund = ledger.sum(\.fundProject)
        if fund == 0 {
            // “与上年保持一致” only when last year had none either.
            let sameAsLastYear = plan.changes.fund == 0 ? "，与上年保持一致" : ""
            let raw =
                rng.chance(50)
                ? "\(year)年\(plan.selfReference)无使用政府性基金预算拨款安排的支出\(sameAsLastYear)。"
                : "\(plan.selfReference)\(year)年无使用政府性基金预算拨款安排的支出\(sameAsLastYear)。"
            facts.governmentFund = GovernmentFundStatement(
                statesNoExpenditure: true,
                amount: nil,
                sentence: fundText.add(raw)
            )
        } else {
            let names = ledger.lines.filter { $0.fundProject > 0 }.map { FunctionClassification.name(of: $0.code) }
            let sentence = fundText.add(
                "\(year)年\(plan.selfReference)政府性基金预算拨款安排的支出\(money(fund))，主要用于\(names.joined(separator: "、"))。"
            )
            facts.governmentFund = GovernmentFundStatement(
                statesNoExpenditure: false,
                amount: format.amount(fund),
                sentence: sentence
            )
        }
        paragraph(fundText)
    }
}
