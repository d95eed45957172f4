import Testing
import YusuanCore
import YusuanImport

@Suite struct SeedImportTests {
    @Test func identityOf2024() throws {
        let document = try SeedFixtures.disclosure(SeedFixtures.names[0])
        #expect(document.identity.departmentCode == "236")
        #expect(document.identity.departmentName == "重庆市南岸区政务服务管理办公室")
        #expect(document.identity.year == 2024)
        #expect(document.identity.kind == .budget)
        #expect(document.identity.unit == .tenThousandYuan)
        #expect(document.identity.wording == .department)
        #expect(
            document.narrative.contact == Contact(label: "部门预算公开联系人", person: "胡家敏", phone: "023-62606765", line: 57)
        )
        #expect(
            document.layout
                == LayoutStyle(groupsThousands: false, captionsHaveColon: true, totalLabelInCodeColumn: true)
        )
    }

    @Test func identityOf2025() throws {
        let document = try SeedFixtures.disclosure(SeedFixtures.names[1])
        #expect(document.identity.departmentCode == "202")
        #expect(document.identity.departmentName == "重庆市南岸区人民政府办公室")
        #expect(document.identity.year == 2025)
        // 本部门 in the narrative, 本单位 in the note, 单位预算公开联系人: mixed wording.
        #expect(document.identity.wording == .mixed)
        #expect(
            document.layout
                == LayoutStyle(groupsThousands: true, captionsHaveColon: false, totalLabelInCodeColumn: false)
        )
    }

    @Test func everyTableIsPresent() throws {
        for name in SeedFixtures.names {
            let tables = try SeedFixtures.disclosure(name).tables
            for kind in TableKind.allCases {
                #expect(tables.contains(kind), "\(name): \(kind.caption) missing")
            }
        }
    }

    @Test func projectTablesWithAllTheirIndicators() throws {
        let tables2024 = try SeedFixtures.disclosure(SeedFixtures.names[0]).tables.projectPerformance
        #expect(
            tables2024.map(\.name) == [
                "公共资源交易中心运行维护费", "全科窗口及网上行政审批系统运维费", "区行政服务中心运行维护费", "南岸区政务公开建设工作", "数据中心机房及全区信息化系统租赁运维费",
                "行政中心互联网统一接入",
            ]
        )
        #expect(tables2024.map(\.indicators.count) == [3, 3, 3, 5, 5, 3])
        #expect(tables2024.map { $0.budget?.plainText } == ["9.00", "6.50", "40.00", "15.53", "97.35", "99.54"])
        let tables2025 = try SeedFixtures.disclosure(SeedFixtures.names[1]).tables.projectPerformance
        #expect(tables2025.count == 10)
        #expect(tables2025.map(\.indicators.count) == [3, 5, 12, 5, 3, 3, 3, 3, 4, 5])
        #expect(Amount.sum(tables2025.compactMap(\.budget))?.plainText == "497.36")
        for table in tables2024 + tables2025 {
            #expect(table.indicators.filter { $0.isCore == true }.count == 1, "\(table.name)")
            #expect(
                Amount.sum(table.indicators.compactMap(\.weight)).map { $0.isNumericallyEqual(to: Amount(90)) } == true
            )
            #expect(table.indicators.allSatisfy { $0.indicatorOperator != nil })
        }
    }

    @Test func extractionDamageIsRepaired() throws {
        let document2025 = try SeedFixtures.disclosure(SeedFixtures.names[1])
        // A wrapped cell: `机关事业单位职业年金缴` / `费支出` in 表七.
        #expect(document2025.tables.departmentIncome?.row(code: "2080506")?.name == "机关事业单位职业年金缴费支出")
        // Rows that lost their leading tab in 表十 and 表十一.
        let lastOverall = try #require(document2025.tables.overallPerformance?.indicators.last)
        #expect(lastOverall.name == "电子政务外网高危漏洞个数")
        #expect(
            lastOverall.weight == Amount(10) && lastOverall.unit == "个" && lastOverall.operatorSymbol == "≤"
                && lastOverall.value == "0"
        )
        let government = try #require(document2025.tables.projectPerformance.first { $0.name == "政府政务专项" })
        #expect(government.indicators.last?.name == "完成区政府交办的全年工作任务")
        #expect(government.indicators.last?.isCore == false)
        #expect(government.department == "202-重庆市南岸区人民政府办公室")
        // `编制单位： … 单位：万元` on one line.
        let publicAffairs = try #require(document2025.tables.projectPerformance.first { $0.name == "重庆市南岸区政务公开建设工作" })
        #expect(publicAffairs.compilingUnit == "202-重庆市南岸区人民政府办公室")
        #expect(publicAffairs.header.unitLine == "单位：万元")
        // Thousand separators are read exactly.
        #expect(
            document2025.tables.generalBudgetExpenditure?.totalRow?.amounts.total
                == Amount(minorUnits: 282973, scale: 2)
        )
        // A paragraph split by a page break is one block.
        #expect(document2025.narrative.blocks.contains { $0.text.contains("行政中心互联网统一接入、南岸区政务公开建设工作") })

        let document2024 = try SeedFixtures.disclosure(SeedFixtures.names[0])
        // `编制单位：` with its value on a later line.
        #expect(document2024.tables.projectPerformance[4].compilingUnit == "236-重庆市南岸区政务服务管理办公室")
        // HTML residue is kept as published (the validator reports it), never silently dropped.
        #expect(document2024.tables.projectPerformance[3].basis.hasPrefix("<ol style="))
        // The empty 表五 is present with its note.
        let fund = try #require(document2024.tables.governmentFundExpenditure)
        #expect(fund.isEmpty)
        #expect(fund.header.note == "备注：本部门无该项收支，故此表无数据。")
        #expect(document2024.narrative.blocks.contains { $0.text.hasSuffix("2024年无购置车辆的预算安排。") })
    }

    @Test func blankIsNotZero() throws {
        let document = try SeedFixtures.disclosure(SeedFixtures.names[0])
        let row = try #require(document.tables.generalBudgetExpenditure?.row(code: "2010306"))
        #expect(row.amounts.basic == nil)
        #expect(row.amounts.project == Amount(minorUnits: 26792, scale: 2))
        let three = try #require(document.tables.threePublicExpenditure?.amounts)
        #expect(three.abroad == nil && three.vehiclePurchase == nil)
        #expect(three.reception == Amount(minorUnits: 100, scale: 2))
    }

    @Test func narrativeFactsOf2024() throws {
        let facts = try SeedFixtures.disclosure(SeedFixtures.names[0]).narrative.facts
        #expect(facts.income?.amount.plainText == "967.73")
        #expect(facts.income?.change?.direction == .increase)
        #expect(facts.income?.change?.amount?.plainText == "19.32")
        #expect(facts.income?.change?.comparedYear == 2023)
        #expect(facts.expenditure?.parts.map(\.label) == ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"])
        #expect(facts.expenditure?.change?.components.map(\.signedAmount.plainText) == ["66.60", "-47.28"])
        #expect(facts.basicExpenditure?.amount.plainText == "699.81")
        #expect(facts.basicExpenditure?.change?.reason == "本年新增人员相应增加工资福利等基本支出")
        #expect(facts.projectExpenditure?.change?.signedAmount?.plainText == "-47.28")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        #expect(facts.threePublic?.total?.change?.signedAmount?.plainText == "-2.10")
        #expect(facts.threePublic?.abroad?.change?.direction == .unchanged)
        #expect(facts.threePublic?.reception?.amount.plainText == "1")
        #expect(facts.threePublic?.vehicleOperation?.change?.reason?.hasPrefix("本部门继续厉行节约") == true)
        #expect(facts.threePublic?.vehiclePurchase?.change?.direction == .unchanged)
        #expect(facts.operatingCost?.amount.plainText == "40.12")
        #expect(facts.operatingCost?.change?.amount?.plainText == "4.3")
        #expect(facts.procurement?.all?.total.amount.plainText == "186.90")
        #expect(facts.procurement?.all?.services?.amount.plainText == "186.90")
        #expect(facts.procurement?.generalBudget?.goods?.amount.plainText == "0")
        #expect(facts.performanceTargetAmount?.amount.plainText == "267.92")
        #expect(facts.assets?.vehicles?.count == 1 && facts.assets?.generalVehicles?.count == 1)
        #expect(facts.assets?.plannedPurchases?.count == 0)
        #expect(facts.assets?.asOfYear == 2023 && facts.assets?.asOfMonth == 12)
        #expect(facts.expenditure?.sentence.line == 21)
    }

    @Test func narrativeFactsOf2025() throws {
        let facts = try SeedFixtures.disclosure(SeedFixtures.names[1]).narrative.facts
        #expect(facts.expenditure?.parts.map(\.amount.plainText) == ["2197.4", "383.3", "119.83", "129.2"])
        #expect(facts.expenditure?.change?.components.map(\.amount.plainText) == ["957.93", "207"])
        #expect(facts.threePublic?.total?.amount.plainText == "75.65")
        #expect(facts.threePublic?.total?.change?.signedAmount?.plainText == "-15.7")
        #expect(facts.threePublic?.abroad?.amount.plainText == "20")
        #expect(facts.threePublic?.reception?.change?.signedAmount?.plainText == "-6.5")
        #expect(facts.threePublic?.vehicleOperation?.change?.signedAmount?.plainText == "-9.2")
        #expect(facts.operatingCost?.change?.comparedWith == "上年")
        #expect(facts.operatingCost?.change?.comparedYear == nil)
        #expect(facts.procurement?.all?.goods?.amount.plainText == "12.14")
        #expect(facts.procurement?.all?.services?.amount.plainText == "194.7")
        #expect(facts.assets?.lawEnforcementVehicles?.count == 0)
        #expect(facts.assets?.vehicles?.count == 8)
        #expect(facts.carryOverStatement != nil)
        #expect(facts.governmentFund?.statesNoExpenditure == true)
    }
}
