import YusuanCore

extension FinalAccountDocument {
    /// The nine national tables, consistent by construction: every total a sum of its lines, 类 = Σ 款 = Σ 项,
    /// 基本支出 = 人员经费 + 公用经费, the carry-overs balancing, the “三公” 预算数 the budget's.
    func makeTables() -> DisclosureTables {
        var tables = DisclosureTables()
        tables.generalBudgetExpenditure = generalBudgetTable()
        tables.additionalTables = [
            summaryTable(), incomeTable(), expenditureTable(), financialSummaryTable(), basicTable(),
            threePublicTable(),
            fundTable(), stateCapitalTable(),
        ]
        return tables
    }

    private func header(_ identifier: String, note: String? = nil) -> TableHeader {
        TableHeader(
            caption: nil,
            title: FinalAccountTableLayout.layout(identifier: identifier)?.title ?? identifier,
            unitLine: "单位：万元",
            note: note,
            unit: .tenThousandYuan
        )
    }

    private func layoutColumns(_ identifier: String) -> [String] {
        FinalAccountTableLayout.layout(identifier: identifier)?.columns ?? []
    }

    private func amount(_ cents: Cents) -> Amount? { .blankIfZero(cents) }

    /// The codes (类, 款, 项) of the lines where `value` is non-zero, in code order.
    private func hierarchy(_ value: (FinalAccountFigures.Line) -> Cents) -> [String] {
        var codes = Set<String>()
        for line in figures.lines where value(line) != 0 {
            codes.insert(String(line.code.prefix(3)))
            codes.insert(String(line.code.prefix(5)))
            codes.insert(line.code)
        }
        return codes.sorted()
    }

    private func sum(_ prefix: String, _ value: (FinalAccountFigures.Line) -> Cents) -> Cents {
        figures.lines.filter { $0.code.hasPrefix(prefix) }.reduce(0) { $0 + value($1) }
    }

    /// Coded rows: 合计 first, then 类/款/项 with the amounts of `columns` (one closure per column).
    private func codedRows(_ columns: [(FinalAccountFigures.Line) -> Cents]) -> [GenericRow] {
        let codes = hierarchy { line in columns.contains { $0(line) != 0 } ? 1 : 0 }
        let total = GenericRow(code: "", name: "合计", amounts: columns.map { column in amount(sum("", column)) })
        return [total]
            + codes.map { code in
                GenericRow(
                    code: code,
                    name: FunctionClassification.name(of: code),
                    amounts: columns.map { column in amount(sum(code, column)) }
                )
            }
    }

    private func incomeTable() -> GenericTable {
        let other = figures.otherColumn
        let otherShare: (FinalAccountFigures.Line) -> Cents = { line in
            // The other source's receipts sit on the lines it pays: its budget, spread as spent.
            let spent = figures.otherSpent
            guard spent > 0, line.otherBasic > 0 else { return 0 }
            return line.otherBasic * figures.otherIncome / spent + (line.code == lastOtherLine ? otherRemainder : 0)
        }
        var columns: [(FinalAccountFigures.Line) -> Cents] = [
            { $0.general + $0.fund + otherShare($0) }, { $0.general + $0.fund },
        ]
        for column in 2..<7 { columns.append(column == other ? otherShare : { _ in 0 }) }
        return GenericTable(
            identifier: FinalAccountTableID.income,
            header: header(FinalAccountTableID.income),
            columns: layoutColumns(FinalAccountTableID.income),
            rows: codedRows(columns)
        )
    }

    /// The last line paid by the other source, which takes the rounding remainder of its receipts.
    private var lastOtherLine: String? { figures.lines.last { $0.otherBasic > 0 }?.code }

    private var otherRemainder: Cents {
        let spent = figures.otherSpent
        guard spent > 0 else { return 0 }
        let spread = figures.lines.reduce(0) { $0 + $1.otherBasic * figures.otherIncome / spent }
        return figures.otherIncome - spread
    }

    private func expenditureTable() -> GenericTable {
        GenericTable(
            identifier: FinalAccountTableID.expenditure,
            header: header(FinalAccountTableID.expenditure),
            columns: layoutColumns(FinalAccountTableID.expenditure),
            rows: codedRows([{ $0.total }, { $0.basic }, { $0.project }, { _ in 0 }, { _ in 0 }, { _ in 0 }])
        )
    }

    private func generalBudgetTable() -> FunctionExpenditureTable {
        let codes = hierarchy { $0.general }
        func split(_ prefix: String) -> ExpenditureSplit {
            ExpenditureSplit(
                total: amount(sum(prefix) { $0.general }),
                basic: amount(sum(prefix) { $0.generalBasic }),
                project: amount(sum(prefix) { $0.generalProject })
            )
        }
        return FunctionExpenditureTable(
            header: header(FinalAccountTableLayout.generalBudgetIdentifier),
            totalRow: FunctionRow(code: "", name: "合计", amounts: split("")),
            rows: codes.map { FunctionRow(code: $0, name: FunctionClassification.name(of: $0), amounts: split($0)) }
        )
    }

    /// The name of a numbered 类 line: the classification's name where the generator has it.
    private func className(_ line: (code: String, name: String)) -> String {
        let name = FunctionClassification.name(of: line.code)
        return name == line.code ? line.name : name
    }

    /// Two-sided rows: `left` labels with their amounts beside the 26 numbered 类 lines.
    private func twoSidedRows(left: [(String, [Amount?])], right: (String) -> [Amount?]) -> [GenericRow] {
        FinalAccountTexts.classLines.enumerated().map { index, line in
            let rightLabel = "\(FinalAccountTexts.numeral(index + 1))、\(className(line))"
            let blank = [Amount?](repeating: nil, count: left.first?.1.count ?? 1)
            let leftPart = index < left.count ? left[index] : ("", blank)
            return GenericRow(
                code: "",
                name: leftPart.0.isEmpty ? " | " + rightLabel : leftPart.0 + " | " + rightLabel,
                amounts: leftPart.1 + right(line.code)
            )
        }
    }

    private func summaryTable() -> GenericTable {
        let sources = ["四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"]
        var left: [(String, [Amount?])] = [
            ("一、一般公共预算财政拨款收入", [amount(figures.general)]), ("二、政府性基金预算财政拨款收入", [amount(figures.fund)]),
            ("三、国有资本经营预算财政拨款收入", [nil]),
        ]
        for (offset, label) in sources.enumerated() {
            left.append((label, [figures.otherColumn == offset + 2 ? amount(figures.otherIncome) : nil]))
        }
        var rows = twoSidedRows(left: left) { code in [amount(sum(code) { $0.total })] }
        rows.append(
            GenericRow(
                code: "",
                name: "本年收入合计 | 本年支出合计",
                amounts: [amount(figures.income), amount(figures.expenditure)]
            )
        )
        rows.append(GenericRow(code: "", name: "使用非财政拨款结余（含专用结余） | 结余分配", amounts: [nil, nil]))
        rows.append(
            GenericRow(
                code: "",
                name: "年初结转和结余 | 年末结转和结余",
                amounts: [amount(figures.carryOver), amount(figures.carryForward)]
            )
        )
        rows.append(
            GenericRow(
                code: "",
                name: "总计 | 总计",
                amounts: [amount(figures.grandTotal), amount(figures.expenditure + figures.carryForward)]
            )
        )
        return GenericTable(
            identifier: FinalAccountTableID.summary,
            header: header(FinalAccountTableID.summary),
            columns: layoutColumns(FinalAccountTableID.summary),
            rows: rows
        )
    }

    private func financialSummaryTable() -> GenericTable {
        let general = figures.general
        let fund = figures.fund
        let carry = figures.appropriationCarryOver
        let left: [(String, [Amount?])] = [
            ("一、一般公共预算财政拨款", [amount(general)]), ("二、政府性基金预算财政拨款", [amount(fund)]),
            ("三、国有资本经营预算财政拨款", [nil]),
        ]
        var rows = twoSidedRows(left: left) { code in
            [
                amount(sum(code) { $0.general + $0.fund }), amount(sum(code) { $0.general }),
                amount(sum(code) { $0.fund }), nil,
            ]
        }
        rows.append(
            GenericRow(
                code: "",
                name: "本年收入合计 | 本年支出合计",
                amounts: [amount(general + fund), amount(general + fund), amount(general), amount(fund), nil]
            )
        )
        rows.append(
            GenericRow(
                code: "",
                name: "年初财政拨款结转和结余 | 年末财政拨款结转和结余",
                amounts: [amount(carry), amount(carry), amount(carry), nil, nil]
            )
        )
        rows.append(GenericRow(code: "", name: "一、一般公共预算财政拨款", amounts: [amount(carry), nil, nil, nil, nil]))
        rows.append(GenericRow(code: "", name: "二、政府性基金预算财政拨款", amounts: [nil, nil, nil, nil, nil]))
        rows.append(GenericRow(code: "", name: "三、国有资本经营预算财政拨款", amounts: [nil, nil, nil, nil, nil]))
        let total = general + fund + carry
        rows.append(
            GenericRow(
                code: "",
                name: "总计 | 总计",
                amounts: [amount(total), amount(total), amount(general + carry), amount(fund), nil]
            )
        )
        return GenericTable(
            identifier: FinalAccountTableID.financialSummary,
            header: header(FinalAccountTableID.financialSummary),
            columns: layoutColumns(FinalAccountTableID.financialSummary),
            rows: rows
        )
    }

    /// 人员经费 (301, 303) on the left, 公用经费 (302, 310) on the right, then the two totals.
    private func basicTable() -> GenericTable {
        var left: [GenericRow] = []
        var right: [GenericRow] = []
        for category in ["301", "302", "303", "310"] {
            let items = figures.economic.filter { $0.code.hasPrefix(category) && $0.amount != 0 }
            guard !items.isEmpty else { continue }
            let personnel = EconomicClassification.isPersonnel(category)
            func row(_ code: String, _ cents: Cents) -> GenericRow {
                GenericRow(
                    code: code,
                    name: EconomicClassification.name(of: code),
                    amounts: personnel ? [amount(cents), nil] : [nil, amount(cents)]
                )
            }
            let rows = [row(category, items.reduce(0) { $0 + $1.amount })] + items.map { row($0.code, $0.amount) }
            if personnel { left += rows } else { right += rows }
        }
        let total = GenericRow(
            code: "",
            name: "人员经费合计 | 公用经费合计",
            amounts: [amount(figures.personnel), amount(figures.publicUse)]
        )
        return GenericTable(
            identifier: FinalAccountTableID.basicExpenditure,
            header: header(FinalAccountTableID.basicExpenditure),
            columns: layoutColumns(FinalAccountTableID.basicExpenditure),
            rows: left + right + [total]
        )
    }

    private func threePublicTable() -> GenericTable {
        let budget = figures.threePublicBudget
        let actual = figures.threePublicActual
        let pairs: [(Cents, Cents)] = [
            (budget.total, actual.total), (budget.abroad, actual.abroad),
            (budget.vehicleSubtotal, actual.vehicleSubtotal),
            (budget.vehiclePurchase, actual.vehiclePurchase), (budget.vehicleOperation, actual.vehicleOperation),
            (budget.reception, actual.reception),
        ]
        return GenericTable(
            identifier: FinalAccountTableID.threePublic,
            header: header(FinalAccountTableID.threePublic),
            columns: layoutColumns(FinalAccountTableID.threePublic),
            rows: [GenericRow(code: "", name: "", amounts: pairs.flatMap { [amount($0.0), amount($0.1)] })]
        )
    }

    private func fundTable() -> GenericTable {
        let identifier = FinalAccountTableID.governmentFund
        guard figures.fund > 0 else { return emptyFundTable(identifier, fund: "政府性基金预算财政拨款") }
        return GenericTable(
            identifier: identifier,
            header: header(identifier),
            columns: layoutColumns(identifier),
            rows: codedRows([{ _ in 0 }, { $0.fund }, { $0.fund }, { _ in 0 }, { $0.fund }, { _ in 0 }])
        )
    }

    private func stateCapitalTable() -> GenericTable {
        emptyFundTable(FinalAccountTableID.stateCapital, fund: "国有资本经营预算财政拨款")
    }

    /// A fund table without money: its 合计 row blank and the note that names the fund.
    private func emptyFundTable(_ identifier: String, fund: String) -> GenericTable {
        let columns = layoutColumns(identifier)
        return GenericTable(
            identifier: identifier,
            header: header(identifier, note: "注：\(departmentName)无\(fund)支出，故本表无数据。"),
            columns: columns,
            rows: [GenericRow(code: "", name: "合计", amounts: columns.map { _ in nil })]
        )
    }
}
