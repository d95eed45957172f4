import YusuanCore

extension DocumentPlan {
    /// The eleven tables of the plan.
    func makeTables() -> DisclosureTables {
        DisclosureTables(
            financialSummary: financialSummary(),
            generalBudgetExpenditure: functionTable(
                .generalBudgetExpenditure,
                basic: \.generalBasic,
                project: \.generalProject,
                note: style.notesGeneralBudgetTable ? "备注：本表反映当年一般公共预算财政拨款支出情况。" : nil
            ),
            generalBudgetBasicExpenditure: economicTable(),
            threePublicExpenditure: threePublicTable(),
            governmentFundExpenditure: governmentFundTable(),
            departmentSummary: departmentSummary(),
            departmentIncome: departmentIncome(),
            departmentExpenditure: functionTable(.departmentExpenditure, basic: \.basic, project: \.project, note: nil),
            procurement: procurementTable(),
            overallPerformance: overallPerformance(),
            projectPerformance: projectTables()
        )
    }

    /// The header of a table: caption, `YYYY年<department><table name>`, unit line.
    func header(_ kind: TableKind, caption: Bool = true, note: String? = nil) -> TableHeader {
        TableHeader(
            caption: caption ? kind.caption : nil,
            title: "\(year)年\(departmentName)\(kind.chineseName)",
            unitLine: "单位：万元",
            note: note
        )
    }

    /// `备注：本部门无该项收支，故此表无数据。` with the document's wording.
    var emptyTableNote: String { "备注：\(selfReference)无该项收支，故此表无数据。" }

    /// A function-classified table (表二, 表五, 表八) over the ledger lines where basic or project is non-zero.
    func functionTable(
        _ kind: TableKind,
        basic: KeyPath<LedgerLine, Cents>,
        project: KeyPath<LedgerLine, Cents>,
        note: String?
    ) -> FunctionExpenditureTable {
        func split(_ prefix: String) -> ExpenditureSplit {
            let basicSum = ledger.sum(basic, under: prefix)
            let projectSum = ledger.sum(project, under: prefix)
            return ExpenditureSplit(
                total: .blankIfZero(basicSum + projectSum),
                basic: .blankIfZero(basicSum),
                project: .blankIfZero(projectSum)
            )
        }
        let codes = Array(Set(ledger.hierarchy(where: basic) + ledger.hierarchy(where: project))).sorted()
        let rows = codes.map { FunctionRow(code: $0, name: FunctionClassification.name(of: $0), amounts: split($0)) }
        return FunctionExpenditureTable(
            header: header(kind, note: note),
            totalRow: FunctionRow(code: "", name: "合计", amounts: split("")),
            rows: rows
        )
    }

    /// 表五: the fund lines, or an empty table with its note.
    func governmentFundTable() -> FunctionExpenditureTable {
        let table = functionTable(
            .governmentFundExpenditure,
            basic: \.otherBasicNever,
            project: \.fundProject,
            note: nil
        )
        guard table.rows.isEmpty else { return table }
        let blank = ExpenditureSplit(total: nil, basic: nil, project: nil)
        return FunctionExpenditureTable(
            header: header(.governmentFundExpenditure, note: emptyTableNote),
            totalRow: FunctionRow(code: "", name: "合计", amounts: blank),
            rows: []
        )
    }

    /// 表三: 类 rows 301/302/303 with their 款, 总计 = 人员经费 + 日常公用经费.
    func economicTable() -> EconomicExpenditureTable {
        func row(_ code: String, _ amount: Cents) -> EconomicRow {
            let personnel = EconomicClassification.isPersonnel(code)
            return EconomicRow(
                code: code,
                name: EconomicClassification.name(of: code),
                total: .cents(amount),
                personnel: personnel ? .cents(amount) : nil,
                publicUse: personnel ? nil : .cents(amount)
            )
        }
        var rows: [EconomicRow] = []
        for category in ["301", "302", "303"] {
            let items = economic.filter { $0.code.hasPrefix(category) }
            guard !items.isEmpty else { continue }
            rows.append(row(category, items.reduce(0) { $0 + $1.amount }))
            rows += items.map { row($0.code, $0.amount) }
        }
        let total = economic.reduce(0) { $0 + $1.amount }
        let totalRow = EconomicRow(
            code: "",
            name: "合计",
            total: .cents(total),
            personnel: .blankIfZero(total - publicUseTotal),
            publicUse: .blankIfZero(publicUseTotal)
        )
        return EconomicExpenditureTable(header: header(.generalBudgetBasicExpenditure), totalRow: totalRow, rows: rows)
    }

    /// 表四.
    func threePublicTable() -> ThreePublicTable {
        let amounts = ThreePublicAmounts(
            total: .blankIfZero(threePublic.total),
            abroad: .blankIfZero(threePublic.abroad),
            vehicleSubtotal: .blankIfZero(threePublic.vehicleSubtotal),
            vehiclePurchase: .blankIfZero(threePublic.vehiclePurchase),
            vehicleOperation: .blankIfZero(threePublic.vehicleOperation),
            reception: .blankIfZero(threePublic.reception)
        )
        return ThreePublicTable(header: header(.threePublicExpenditure), yearLabel: "\(year)年预算数", amounts: amounts)
    }

    /// 表九: A 货物 / B 工程 / C 服务, all paid from the general budget.
    func procurementTable() -> SourceBreakdownTable {
        let columns = SourceBreakdownTable.standardSourceColumns
        func row(_ code: String, _ name: String, _ amount: Cents) -> SourceBreakdownRow {
            var sources = [Amount?](repeating: nil, count: columns.count)
            sources[0] = .blankIfZero(amount)
            return SourceBreakdownRow(code: code, name: name, total: .blankIfZero(amount), sources: sources)
        }
        let rows = [("A", "货物", procurementGoods), ("B", "工程", procurementWorks), ("C", "服务", procurementServices)]
            .filter { $0.2 > 0 }.map { row($0.0, $0.1, $0.2) }
        return SourceBreakdownTable(
            header: header(.procurement),
            sourceColumns: columns,
            totalRow: row("", "合计", procurementTotal),
            rows: rows
        )
    }
}

extension LedgerLine {
    /// Always zero: 表五 has no 基本支出 in the generated documents.
    var otherBasicNever: Cents { 0 }
}
