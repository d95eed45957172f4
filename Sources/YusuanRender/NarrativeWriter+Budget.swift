import YusuanCore

extension NarrativeComposer {
    /// The income sources with amounts: 表七's 合计 row by source, or 表六's income lines.
    var incomeSources: [(label: String, amount: Amount)] {
        if let table = tables.departmentIncome, let total = table.totalRow {
            return zip(table.sourceColumns, total.sources).compactMap { column, amount in
                guard let amount, !amount.isZero else { return nil }
                return (column.hasSuffix("拨款收入") ? String(column.dropLast(2)) : column, amount)
            }
        }
        return (tables.departmentSummary?.incomeSources ?? []).compactMap { source in
            guard let amount = source.amount, !amount.isZero else { return nil }
            let label = source.label.hasSuffix("预算资金") ? String(source.label.dropLast(2)) + "拨款" : source.label
            return (label, amount)
        }
    }

    var incomeTotal: Amount? {
        tables.departmentSummary?.totalLine?.incomeAmount ?? tables.departmentIncome?.totalRow?.total
            ?? tables.financialSummary?.incomeTotal?.amount
    }

    var expenditureTotal: Amount? {
        tables.departmentExpenditure?.totalRow?.amounts.total ?? tables.departmentSummary?.totalLine?.expenditureAmount
    }

    /// The function classes (类) with their totals: 表八, or 表六's expenditure lines.
    var expenditureClasses: [(label: String, amount: Amount)] {
        if let table = tables.departmentExpenditure, !table.rows.isEmpty {
            return table.rows.compactMap { row in
                guard row.level == .category, let amount = row.amounts.total else { return nil }
                return (row.name, amount)
            }
        }
        return (tables.departmentSummary?.expenditureClasses ?? []).compactMap { item in
            item.amount.map { (item.label, $0) }
        }
    }

    /// `二、部门收支总体情况`.
    mutating func writeOverallBudget() {
        heading("二、\(entity)收支总体情况")
        let total = incomeTotal
        let sources = incomeSources
        let sourceText = sources.map { "\($0.label)\(money($0.amount))" }.joined(separator: "，")
        let incomeHead = tidy("（一）收入预算：\(year)年年初预算数\(money(total))，其中：\(sourceText)；")
        let change = given.income?.change
        let incomeChange = tidy("收入\(changeText(change, reasonRequired: true, reasonLead: "主要是"))。")
        paragraph([incomeHead, incomeChange])
        facts.income = figure(
            "收入预算",
            total,
            sentence: incomeHead,
            parts: sources.compactMap { figure($0.label, $0.amount, sentence: incomeHead) },
            change: change
        )

        if let statement = given.carryOverStatement {
            paragraph([statement.text])
            facts.carryOverStatement = Sentence(text: statement.text)
        }

        let expenditure = expenditureTotal
        let classes = expenditureClasses
        let classText = classes.map { "\($0.label)\(money($0.amount))" }.joined(separator: "，")
        let head = tidy("（二）支出预算：\(year)年年初预算数\(money(expenditure))，其中：\(classText)；")
        let expenditureChange = given.expenditure?.change
        let tail = tidy("支出\(changeText(expenditureChange, reasonRequired: true, reasonLead: "主要是"))。")
        paragraph([head, tail])
        facts.expenditure = figure(
            "支出预算",
            expenditure,
            sentence: head,
            parts: classes.compactMap { figure($0.label, $0.amount, sentence: head) },
            change: expenditureChange
        )
    }

    /// `三、财政拨款情况说明`: 一般公共预算 income and expenditure, 基本支出, 项目支出, then 政府性基金.
    mutating func writeAppropriation() {
        blocks.append(
            NarrativeBlock(
                kind: .heading,
                text: existingHeading(
                    where: { $0.contains("财政拨款") || $0.contains("预算情况说明") },
                    fallback: "三、财政拨款情况说明"
                )
            )
        )
        let generalTable = tables.generalBudgetExpenditure?.totalRow?.amounts
        let income =
            tables.financialSummary?.currentYearIncomeSources.first { $0.label.contains("一般公共预算") }?.amount
            ?? generalTable?.total
        let expenditure = generalTable?.total ?? tables.financialSummary?.currentYearExpenditure?.amounts.generalBudget
        let totalChange = given.appropriationExpenditure?.change
        let changePart = changeText(totalChange, reasonRequired: false)
        let first = tidy(
            "\(year)年一般公共预算财政拨款收入\(money(income))，一般公共预算财政拨款支出\(money(expenditure))"
                + (changePart.isEmpty ? "" : "，\(changePart)") + "。"
        )
        facts.appropriationIncome = figure("一般公共预算财政拨款收入", income, sentence: first)
        facts.appropriationExpenditure = figure(
            "一般公共预算财政拨款支出",
            expenditure,
            sentence: first,
            change: totalChange
        )

        let (basicSentence, basicFigure) = expenditureSentence(
            "基本支出",
            generalTable?.basic,
            stated: given.basicExpenditure,
            lead: "其中：",
            end: "；"
        )
        facts.basicExpenditure = basicFigure
        let (projectSentence, projectFigure) = expenditureSentence(
            "项目支出",
            generalTable?.project,
            stated: given.projectExpenditure,
            lead: "",
            end: "。"
        )
        facts.projectExpenditure = projectFigure
        paragraph([first, basicSentence, projectSentence])
        writeGovernmentFund()
    }

    /// The 政府性基金 statement, from 表五.
    mutating func writeGovernmentFund() {
        let table = tables.governmentFundExpenditure
        let total =
            table?.totalRow?.amounts.total
            ?? Amount.sum((table?.rows ?? []).filter { $0.level == .category }.compactMap(\.amounts.total))
        if let total, !total.isZero, let table {
            let names = table.rows.filter { $0.level == .category }.map(\.name)
            let text = tidy(
                "\(year)年\(selfReference)政府性基金预算拨款安排的支出\(money(total))"
                    + (names.isEmpty ? "" : "，主要用于\(names.joined(separator: "、"))") + "。"
            )
            paragraph([text])
            facts.governmentFund = GovernmentFundStatement(
                statesNoExpenditure: false,
                amount: total,
                sentence: Sentence(text: text)
            )
        } else {
            let text =
                given.governmentFund.flatMap { $0.statesNoExpenditure ? $0.sentence.text : nil }
                ?? tidy("\(year)年\(selfReference)无使用政府性基金预算拨款安排的支出。")
            paragraph([text])
            facts.governmentFund = GovernmentFundStatement(
                statesNoExpenditure: true,
                amount: nil,
                sentence: Sentence(text: text)
            )
        }
    }
}

extension NarrativeComposer {
    /// `基本支出 X 万元，主要用于……，比 2024 年增加 Y 万元，主要原因是……；` with its fact: the amount from the table,
    /// usage, change and reason from the stated fact.
    func expenditureSentence(
        _ label: String,
        _ amount: Amount?,
        stated: StatedFigure?,
        lead: String,
        end: String
    ) -> (sentence: String, figure: StatedFigure?) {
        let value = amount ?? Amount.zero()
        let usage = usageText(stated?.usage)
        let usageClause = usage.map { "，主要用于\($0)" } ?? ""
        let changeClause = changeText(stated?.change, reasonRequired: true)
        let sentence = tidy(lead + label + money(value) + usageClause + "，" + changeClause + end)
        return (sentence, figure(label, value, sentence: sentence, change: stated?.change, usage: usage))
    }
}
