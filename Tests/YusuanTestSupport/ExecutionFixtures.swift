import YusuanCore

/// A department's 预算 and 决算 of one year, built in code for the execution tests (docs/EXECUTION.md): the 预算
/// in the Chongqing template (表二, 表四, 表八, 万元), the 决算 with the national tables as the PDF reader keeps them
/// (支出决算表 and the “三公” table as ``GenericTable``s, the 一般公共预算财政拨款支出决算表 typed).
///
/// Every amount is multiplied by `factor`, so that a region of many departments can be made from one pattern. With
/// factor 1 (万元):
///
/// | line | 预算 | 决算 | 执行率 |
/// | --- | --- | --- | --- |
/// | 部门支出 合计 / 基本 / 项目 | 1000.00 / 700.00 / 300.00 | 962.37 / 690.12 / 272.25 | 96.24 / 98.59 / 90.75 |
/// | 201 / 208 / 221 | 800.00 / 150.00 / 50.00 | 776.40 / 141.30 / 44.67 | 97.05 / 94.20 / 89.34 |
/// | 一般公共预算 合计 / 基本 / 项目 | 900.00 / 650.00 / 250.00 | 871.55 / 640.00 / 231.55 | 96.84 / 98.46 / 92.62 |
/// | “三公” 合计 / 出国 / 车辆 / 购置 / 运行 / 接待 | 12.00 / 0.00 / 8.00 / 0.00 / 8.00 / 4.00 | 10.37 / — / 7.25 / — / 7.25 / 3.12 | 86.42 / — / 90.63 / — / 90.63 / 78.00 |
///
/// The 决算's “三公” table prints 预算数 12.50 / 0.00 / 8.50 / 0.00 / 8.50 / 4.00 (a 全年预算 above the 年初预算).
public enum ExecutionFixtures {
    /// The department's 预算 of `year`.
    public static func budget(
        name: String = "重庆市南岸区执行测试局",
        code: String = "901",
        year: Int = 2024,
        factor: Int64 = 1,
        unit: AmountUnit = .tenThousandYuan
    ) -> Disclosure {
        let money = Money(factor: factor, unit: unit)
        func function(_ caption: String, _ title: String, _ split: [Int64], _ categories: [(String, String, Int64)])
            -> FunctionExpenditureTable
        {
            FunctionExpenditureTable(
                header: TableHeader(caption: caption, title: "\(year)年\(name)\(title)", unitLine: money.unitLine),
                totalRow: FunctionRow(
                    code: "",
                    name: "合计",
                    amounts: ExpenditureSplit(total: money(split[0]), basic: money(split[1]), project: money(split[2]))
                ),
                rows: categories.map {
                    FunctionRow(
                        code: $0.0,
                        name: $0.1,
                        amounts: ExpenditureSplit(total: money($0.2), basic: nil, project: nil)
                    )
                }
            )
        }
        var tables = DisclosureTables()
        tables.departmentExpenditure = function(
            "表八",
            "部门支出总表",
            [1000_00, 700_00, 300_00],
            [("201", "一般公共服务支出", 800_00), ("208", "社会保障和就业支出", 150_00), ("221", "住房保障支出", 50_00)]
        )
        tables.generalBudgetExpenditure = function(
            "表二",
            "一般公共预算财政拨款支出预算表",
            [900_00, 650_00, 250_00],
            [("201", "一般公共服务支出", 720_00), ("208", "社会保障和就业支出", 130_00), ("221", "住房保障支出", 50_00)]
        )
        // “三公” in 万元 whatever the document's unit, as Shanghai budgets print it.
        let tenThousand = Money(factor: factor, unit: .tenThousandYuan)
        tables.threePublicExpenditure = ThreePublicTable(
            header: TableHeader(caption: "表四", title: "\(year)年\(name)一般公共预算“三公”经费支出表", unit: .tenThousandYuan),
            yearLabel: "\(year)年预算数",
            amounts: ThreePublicAmounts(
                total: tenThousand(12_00),
                abroad: tenThousand(0),
                vehicleSubtotal: tenThousand(8_00),
                vehiclePurchase: tenThousand(0),
                vehicleOperation: tenThousand(8_00),
                reception: tenThousand(4_00)
            )
        )
        return Disclosure(
            identity: DocumentIdentity(departmentCode: code, departmentName: name, year: year, unit: unit),
            narrative: Narrative(title: "\(name)\(year)年部门预算", blocks: [], facts: NarrativeFacts()),
            tables: tables
        )
    }

    /// The department's 决算 of `year`; without a budget code when `code` is nil (stored under its name).
    public static func final(
        name: String = "重庆市南岸区执行测试局",
        code: String? = "901",
        year: Int = 2024,
        factor: Int64 = 1
    ) -> Disclosure {
        let money = Money(factor: factor, unit: .tenThousandYuan)
        var tables = DisclosureTables()
        tables.generalBudgetExpenditure = FunctionExpenditureTable(
            header: TableHeader(caption: nil, title: "\(name)\(year)年度一般公共预算财政拨款支出决算表", unit: .tenThousandYuan),
            totalRow: FunctionRow(
                code: "",
                name: "合计",
                amounts: ExpenditureSplit(total: money(871_55), basic: money(640_00), project: money(231_55))
            ),
            rows: [
                FunctionRow(
                    code: "201",
                    name: "一般公共服务支出",
                    amounts: .init(total: money(700_00), basic: nil, project: nil)
                ),
                FunctionRow(
                    code: "208",
                    name: "社会保障和就业支出",
                    amounts: .init(total: money(127_00), basic: nil, project: nil)
                ),
                FunctionRow(code: "221", name: "住房保障支出", amounts: .init(total: money(44_55), basic: nil, project: nil)),
            ]
        )
        let expenditureColumns = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
        func expenditureRow(_ code: String, _ label: String, _ total: Int64, _ basic: Int64?, _ project: Int64?)
            -> GenericRow
        {
            GenericRow(
                code: code,
                name: label,
                amounts: [
                    money(total), basic.map(money.callAsFunction), project.map(money.callAsFunction), nil, nil, nil,
                ]
            )
        }
        let groups = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]
        let printedBudget: [Int64?] = [12_50, 0, 8_50, 0, 8_50, 4_00]
        let actual: [Int64?] = [10_37, nil, 7_25, nil, 7_25, 3_12]
        tables.additionalTables = [
            GenericTable(
                identifier: FinalAccountTableID.expenditure,
                header: TableHeader(caption: nil, title: "\(name)\(year)年度支出决算表", unit: .tenThousandYuan),
                columns: expenditureColumns,
                rows: [
                    expenditureRow("", "合计", 962_37, 690_12, 272_25),
                    expenditureRow("201", "一般公共服务支出", 776_40, 560_00, 216_40),
                    expenditureRow("20101", "人大事务", 776_40, 560_00, 216_40),
                    expenditureRow("208", "社会保障和就业支出", 141_30, 130_12, 11_18),
                    expenditureRow("221", "住房保障支出", 44_67, nil, 44_67),
                ]
            ),
            GenericTable(
                identifier: FinalAccountTableID.threePublic,
                header: TableHeader(caption: nil, title: "\(name)\(year)年度财政拨款“三公”经费支出决算表", unit: .tenThousandYuan),
                columns: groups.flatMap { [$0 + "预算数", $0 + "决算数"] },
                rows: [
                    GenericRow(
                        code: "",
                        name: "",
                        amounts: zip(printedBudget, actual).flatMap {
                            [$0.0.map(money.callAsFunction), $0.1.map(money.callAsFunction)]
                        }
                    )
                ]
            ),
        ]
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: code,
                departmentName: name,
                year: year,
                kind: .finalAccount,
                profile: .nationalFinalAccount
            ),
            narrative: Narrative(title: "\(name)\(year)年度部门决算", blocks: [], facts: NarrativeFacts()),
            tables: tables
        )
    }

    /// Amounts of the pattern in hundredths of 万元, times the factor, written in `unit`.
    struct Money {
        var factor: Int64
        var unit: AmountUnit

        var unitLine: String { "单位：\(unit.rawValue)" }

        func callAsFunction(_ hundredths: Int64) -> Amount {
            let amount = Amount(minorUnits: hundredths * factor, scale: 2)
            return unit == .yuan ? (amount.converted(from: .tenThousandYuan, to: .yuan) ?? amount) : amount
        }
    }
}
