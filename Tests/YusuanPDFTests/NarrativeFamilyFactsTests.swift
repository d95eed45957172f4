import Foundation
import Testing
import YusuanCore

@testable import YusuanImport

/// The facts the sentence-level reader reads from the real narratives of every family in the corpus, from the
/// blocks the PDF importers make (so the files the importer cannot read yet are covered too). Every amount was
/// checked by hand against the PDF (`pdftotext -layout`).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct NarrativeFamilyFactsTests {
    /// Checks a figure's amount (compared as written: `9101.68` is not `9101.680`), and its change when given
    /// (`-2389.52` a decrease, `0` 持平 without an amount).
    static func expect(
        _ figure: StatedFigure?,
        _ amount: String,
        change: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let figure else {
            Issue.record("no figure, expected \(amount)", sourceLocation: sourceLocation)
            return
        }
        #expect(figure.amount == Amount(amount), "\(figure.label)", sourceLocation: sourceLocation)
        #expect(figure.unit == .tenThousandYuan, sourceLocation: sourceLocation)
        guard let change else { return }
        let stated = figure.change
        if change == "0" {
            #expect(stated?.direction == .unchanged, "\(figure.label)", sourceLocation: sourceLocation)
        } else {
            #expect(stated?.signedAmount == Amount(change), "\(figure.label)", sourceLocation: sourceLocation)
        }
    }

    static func amounts(_ figures: [StatedFigure]) -> [Amount] { figures.map(\.amount) }

    // MARK: - Shanghai

    @Test func shanghaiDepartmentBudget() throws {
        let facts = try NarrativeBlocks.facts("shanghai-putuo-govoffice-2025-budget.pdf")
        // `收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元；…`
        Self.expect(facts.income, "9101.68")
        #expect(facts.income?.parts.map(\.label) == ["财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"])
        #expect(facts.income?.parts.first?.change?.signedAmount == Amount("-2389.52"))
        Self.expect(facts.expenditure, "9101.68")
        // `财政拨款支出预算` holds 政府性基金 too: not read as the 一般公共预算 appropriation.
        #expect(facts.expenditure?.parts.isEmpty == true)
        Self.expect(facts.appropriationExpenditure, "9101.68", change: "-2389.52")
        #expect(facts.appropriationExpenditure?.change?.comparedYear == 2024)
        // The reason stands in a paragraph of its own: `财政拨款收入支出减少的主要原因是项目调整。`
        #expect(facts.appropriationExpenditure?.change?.reason == "项目调整")
        #expect(facts.governmentFund?.statesNoExpenditure == false)
        #expect(facts.governmentFund?.amount == Amount("0"))
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "867.50", change: "0")
        Self.expect(three.abroad, "839", change: "0")
        Self.expect(three.vehicles, "0")
        Self.expect(three.vehiclePurchase, "0", change: "0")
        Self.expect(three.vehicleOperation, "0", change: "0")
        Self.expect(three.reception, "28.50", change: "0")
        Self.expect(facts.operatingCost, "213.28")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "34")
        Self.expect(procurement.goods, "0")
        Self.expect(procurement.works, "0")
        Self.expect(procurement.services, "34")
        // `面向中小企业预留政府采购项目预算金额34万元` is no second split.
        #expect(facts.procurement?.generalBudget == nil)
        Self.expect(facts.performanceTargetAmount, "6626")
        #expect(facts.assets?.vehicles?.count == 0)
        #expect(facts.assets?.lawEnforcementVehicles?.count == 0)
        #expect(facts.assets?.plannedPurchases?.count == 0)
        #expect(facts.assets?.asOfYear == 2024)
        #expect(facts.assets?.asOfMonth == 8)
    }

    @Test func shanghaiSubdistrictWithBracketsInItsSentences() throws {
        let facts = try NarrativeBlocks.facts("shanghai-putuo-wanli-subdistrict-2023-budget.pdf")
        // `比2022年（上一年度，下同）预算增加1421.25万元`: the aside's comma splits nothing.
        Self.expect(facts.income, "16497.86")
        #expect(Self.amounts(facts.income?.parts ?? []) == ["16497.86", "0", "0", "0"].compactMap(Amount.init))
        Self.expect(facts.appropriationExpenditure, "16497.86", change: "1421.25")
        // The defect N15 reports: `政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元`.
        #expect(facts.governmentFund?.amount == Amount("0"))
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "22.91", change: "0")
        // `公务车购置及运行费21.56万元，其中：公务用车购置费0万元…；公务车用车运行费21.56万元…`
        Self.expect(three.vehicles, "21.56")
        Self.expect(three.vehiclePurchase, "0", change: "0")
        Self.expect(three.vehicleOperation, "21.56", change: "0")
        Self.expect(three.reception, "1.35", change: "0")
        Self.expect(facts.operatingCost, "786.09")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "830.00")
        Self.expect(procurement.goods, "10.00")
        Self.expect(procurement.works, "550.00")
        Self.expect(procurement.services, "270.00")
        Self.expect(facts.performanceTargetAmount, "3328.13")
        // `车辆7辆（一般公务用车3辆，执法执勤用车4辆，…）`
        #expect(facts.assets?.vehicles?.count == 7)
        #expect(facts.assets?.generalVehicles?.count == 3)
        #expect(facts.assets?.lawEnforcementVehicles?.count == 4)
    }

    @Test func shanghaiUnitBudget() throws {
        let facts = try NarrativeBlocks.facts("shanghai-putuo-justice-unit-2026-budget.pdf")
        Self.expect(facts.income, "8695.94")
        Self.expect(facts.appropriationExpenditure, "8695.94", change: "794.88")
        Self.expect(facts.threePublic?.total, "10.71", change: "0")
        Self.expect(facts.threePublic?.vehicles, "9.98", change: "0")
        Self.expect(facts.operatingCost, "184.59")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "1484.2")
        Self.expect(procurement.goods, "1.44")
        Self.expect(procurement.works, "36.44")
        Self.expect(procurement.services, "1446.32")
        Self.expect(facts.performanceTargetAmount, "6484.05")
        #expect(facts.assets?.vehicles?.count == 3)
        #expect(facts.assets?.lawEnforcementVehicles?.count == 3)
    }

    @Test func shanghaiFinalAccountReadsTheFinalFigures() throws {
        let facts = try NarrativeBlocks.facts(PDFFixtures.finalAccount)
        Self.expect(facts.income, "2946.25")
        #expect(Self.amounts(facts.income?.parts ?? []) == ["2940.05", "6.2"].compactMap(Amount.init))
        Self.expect(facts.expenditure, "2940.05")
        #expect(facts.expenditure?.parts.map(\.label) == ["基本支出", "项目支出"])
        Self.expect(facts.appropriationExpenditure, "2940.05")
        Self.expect(facts.basicExpenditure, "2336.91")
        Self.expect(facts.operatingCost, "184.65", change: "2.55")
        // `“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元`: the 决算, not the budget.
        Self.expect(facts.threePublic?.total, "0.00")
        Self.expect(facts.threePublic?.vehicles, "0.00")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "251.25")
        Self.expect(procurement.goods, "4.79")
        Self.expect(procurement.works, "0")
        Self.expect(procurement.services, "246.47")
        #expect(facts.assets?.vehicles?.count == 0)
    }

    // MARK: - Jiangsu

    @Test func jiangsuProvincialBudget() throws {
        let facts = try NarrativeBlocks.facts(PDFFixtures.jiangsuBudget)
        Self.expect(facts.income, "24169.74")
        Self.expect(facts.expenditure, "24169.74")
        // `本年支出预算合计24,169.74万元，其中：基本支出15,844.04万元…；项目支出4335.3万元…；单位预留机动经费3990.4万元`
        #expect(
            Self.amounts(facts.expenditure?.parts ?? []) == ["15844.04", "4335.3", "3990.4"].compactMap(Amount.init)
        )
        Self.expect(facts.appropriationIncome, "24169.74", change: "2228.78")
        Self.expect(facts.appropriationExpenditure, "24169.74", change: "2228.78")
        // The reason opens the paragraph after the change (the line before it ends with `。`).
        #expect(facts.appropriationExpenditure?.change?.reason?.hasPrefix("住房补贴") == true)
        Self.expect(facts.basicExpenditure, "15844.04")
        #expect(facts.projectExpenditure == nil)
        Self.expect(facts.operatingCost, "2391.92", change: "-330.65")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        let three = try #require(facts.threePublic)
        // The narrative states no “三公” total, only the items (and their shares, which are no changes).
        #expect(three.total == nil)
        Self.expect(three.abroad, "80", change: "-20")
        Self.expect(three.vehicles, "237")
        Self.expect(three.vehicleOperation, "237", change: "-30.8")
        Self.expect(three.reception, "101.26", change: "-15.24")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "2744.84")
        Self.expect(procurement.goods, "303.4")
        #expect(procurement.works == nil)
        Self.expect(procurement.services, "2441.44")
        #expect(facts.assets?.vehicles?.count == 55)
        #expect(facts.assets?.generalVehicles?.count == 13)
        #expect(facts.assets?.lawEnforcementVehicles?.count == 40)
    }

    @Test func jiangsuNarrativeOnlyFile() throws {
        let facts = try NarrativeBlocks.facts("jiangsu-party-office-2018-budget-narrative.pdf")
        Self.expect(facts.income, "24458.43")
        Self.expect(facts.appropriationIncome, "24458.43", change: "3756.18")
        #expect(facts.governmentFund?.amount == Amount("0"))
        Self.expect(facts.operatingCost, "2094.58", change: "-8007.18")
        let three = try #require(facts.threePublic)
        Self.expect(three.abroad, "70", change: "0")
        Self.expect(three.vehicles, "411.20")
        Self.expect(three.vehiclePurchase, "0", change: "0")
        Self.expect(three.vehicleOperation, "411.20", change: "0")
        Self.expect(three.reception, "27", change: "-1")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "1449.50")
        Self.expect(procurement.goods, "90")
        Self.expect(procurement.works, "0")
        Self.expect(procurement.services, "1359.50")
        Self.expect(facts.performanceTargetAmount, "0")
    }

    @Test func jiangsuPartsInTheNextSentence() throws {
        // `政府采购预算总金额为 2247.85 万元。` / `其中拟购买货物 59 万元，拟购买工程 0 万元，拟购买服务2188.85 万元。`
        let facts = try NarrativeBlocks.facts("jiangsu-npc-office-2017-budget.pdf")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "2247.85")
        Self.expect(procurement.goods, "59")
        Self.expect(procurement.works, "0")
        Self.expect(procurement.services, "2188.85")
        #expect(
            Self.amounts(facts.expenditure?.parts ?? []) == ["7666.68", "5853.96", "128.43"].compactMap(Amount.init)
        )
    }

    // MARK: - Beijing, Shenzhen, Guangzhou, Hangzhou, Suzhou, Xi'an

    @Test func beijing() throws {
        let facts = try NarrativeBlocks.facts("beijing-development-reform-2026-budget.pdf")
        // `比2025年年初预算数99024.2万元减少1172.69万元`: the prior amount is read past.
        Self.expect(facts.income, "97851.51", change: "-1172.69")
        Self.expect(facts.expenditure, "97851.51", change: "-1172.69")
        // `（一）本年财政拨款收入92600.3万元` and `1.一般公共预算拨款收入92600.3万元。`, joined where the line broke.
        Self.expect(facts.appropriationIncome, "92600.3")
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "247.14", change: "-36.72")
        // `（一）因公出国（境）费用。2026年预算数142.2万元`: named by the sentence before it.
        Self.expect(three.abroad, "142.2")
        Self.expect(three.reception, "17.81")
        Self.expect(three.vehicles, "87.13")
        Self.expect(three.vehiclePurchase, "18.69")
        Self.expect(three.vehicleOperation, "68.44")
        Self.expect(facts.operatingCost, "1739.04")
        Self.expect(facts.procurement?.all?.total, "17551.29")
        Self.expect(facts.procurement?.all?.services, "15718.73")
        // `共有车辆56台`.
        #expect(facts.assets?.vehicles?.count == 56)
    }

    @Test func shenzhen() throws {
        let facts = try NarrativeBlocks.facts("shenzhen-petitions-2026-budget.pdf")
        Self.expect(facts.income, "4684.30", change: "-247.70")
        Self.expect(facts.expenditure, "4684.30", change: "-247.70")
        #expect(facts.income?.change?.reason?.contains("过紧日子") == true)
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "5.58")
        Self.expect(three.abroad, "0.00")
        Self.expect(three.reception, "2.98")
        Self.expect(three.vehicles, "2.60")
        Self.expect(three.vehiclePurchase, "0.00")
        Self.expect(three.vehicleOperation, "2.60")
        Self.expect(facts.operatingCost, "357.43", change: "-16.16")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "1100.30")
        Self.expect(procurement.goods, "3.00")
        Self.expect(procurement.works, "0.00")
        Self.expect(procurement.services, "1097.30")
        Self.expect(facts.performanceTargetAmount, "1612.29")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        #expect(facts.assets?.vehicles?.count == 1)
        #expect(facts.assets?.plannedPurchases?.count == 0)
    }

    @Test func shenzhenProcurementFeeIsNoProcurementBudget() throws {
        // `市本级政府采购业务费-4-3600.00万元` (a project, with a page number caught in it) comes first.
        let facts = try NarrativeBlocks.facts("shenzhen-finance-2026-budget.pdf")
        Self.expect(facts.procurement?.all?.total, "3790.75")
        Self.expect(facts.procurement?.all?.goods, "242.80")
    }

    @Test func guangzhou() throws {
        let facts = try NarrativeBlocks.facts("guangzhou-petitions-2026-budget.pdf")
        Self.expect(facts.income, "3944.08", change: "286.07")
        Self.expect(facts.expenditure, "3944.08", change: "286.07")
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "4.8", change: "-1")
        Self.expect(three.abroad, "0")
        // `公务用车购置及运行维护费2.5万元（公务用车购置费0万元，…。）比上年减少1万元`
        Self.expect(three.vehicles, "2.5", change: "-1")
        Self.expect(three.reception, "2.3")
        Self.expect(facts.operatingCost, "444.39", change: "-23.32")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "625.65")
        Self.expect(procurement.works, "18")
        // `服务类采购预算586.7万元等`.
        Self.expect(procurement.services, "586.7")
        #expect(facts.assets?.vehicles?.count == 2)
    }

    @Test func hangzhou() throws {
        let facts = try NarrativeBlocks.facts("hangzhou-meteorology-2026-budget.pdf")
        // `比上年执行数增加48.92万元，增长0.8%，与上年基本持平`: the first change is the figure's.
        Self.expect(facts.income, "5876.67", change: "48.92")
        Self.expect(facts.expenditure, "5876.67", change: "48.92")
        Self.expect(facts.appropriationIncome, "5753.07")
        Self.expect(facts.basicExpenditure, "3745.07")
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "24.02", change: "0")
        #expect(three.abroad == nil)
        Self.expect(three.reception, "6.02", change: "0")
        Self.expect(three.vehicles, "18.00", change: "0")
        // `公务用车购置支出 0.00 万元（含购置税等附加费用）`.
        Self.expect(three.vehiclePurchase, "0.00")
        Self.expect(three.vehicleOperation, "18.00")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        Self.expect(facts.procurement?.all?.total, "1113.52")
        Self.expect(facts.performanceTargetAmount, "2131.61")
        #expect(facts.assets?.vehicles?.count == 5)
        #expect(facts.assets?.plannedPurchases?.count == 1)
    }

    @Test func suzhou() throws {
        let facts = try NarrativeBlocks.facts("suzhou-audit-2026-budget.pdf")
        Self.expect(facts.income, "4651.67")
        #expect(
            Self.amounts(facts.expenditure?.parts ?? []) == ["4312.17", "339.5", "0", "0", "0"].compactMap(Amount.init)
        )
        Self.expect(facts.appropriationIncome, "4651.67", change: "47.15")
        Self.expect(facts.basicExpenditure, "4312.17")
        Self.expect(facts.operatingCost, "395.6", change: "-3.61")
        Self.expect(facts.threePublic?.total, "10", change: "-3")
        // `整体支出…涉及财政性资金4,651.67万元；本部门共7个项目…涉及财政性资金合计339.5万元`: the projects' amount.
        Self.expect(facts.performanceTargetAmount, "339.5")
        Self.expect(facts.procurement?.all?.total, "188.5")
    }

    @Test func xian() throws {
        let facts = try NarrativeBlocks.facts("xian-development-reform-2019-budget.pdf")
        Self.expect(facts.income, "203091.65", change: "69010.99")
        #expect(facts.income?.parts.map(\.label) == ["一般公共预算拨款收入"])
        Self.expect(facts.appropriationExpenditure, "203091.65")
        let three = try #require(facts.threePublic)
        // `“三公”经费及会议费、培训费预算支出共263.72万元` is no “三公” figure.
        Self.expect(three.total, "18.6", change: "-24.5")
        Self.expect(three.abroad, "0")
        Self.expect(three.reception, "8.6", change: "1.5")
        Self.expect(three.vehicleOperation, "10", change: "-1")
        Self.expect(facts.operatingCost, "343.61", change: "116.78")
        let procurement = try #require(facts.procurement?.all)
        Self.expect(procurement.total, "890.65")
        Self.expect(procurement.services, "890.65")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        #expect(facts.assets?.vehicles?.count == 4)
    }

    // MARK: - Chongqing municipal (the seeds' family, municipal wording)

    @Test func chongqingMunicipal() throws {
        let facts = try NarrativeBlocks.facts("chongqing-municipal-govoffice-2026-budget.pdf")
        // `（一）收入预算。2026 年年初预算数 19,230.18 万元，其中：…`: named by its title sentence.
        Self.expect(facts.income, "19230.18", change: "2784.38")
        #expect(Self.amounts(facts.income?.parts ?? []) == ["18417.70", "812.48"].compactMap(Amount.init))
        Self.expect(facts.expenditure, "19230.18", change: "2784.38")
        #expect(facts.expenditure?.parts.count == 6)
        #expect(
            facts.expenditure?.change?.components.map(\.signedAmount) == ["362.10", "2422.28"].compactMap(Amount.init)
        )
        Self.expect(facts.appropriationIncome, "18417.70")
        Self.expect(facts.appropriationExpenditure, "18417.70", change: "2781.90")
        Self.expect(facts.basicExpenditure, "9018.47", change: "362.10")
        Self.expect(facts.projectExpenditure, "9399.23", change: "2419.80")
        #expect(facts.governmentFund?.statesNoExpenditure == true)
        let three = try #require(facts.threePublic)
        Self.expect(three.total, "394.49", change: "-2.48")
        // `因公出国（境）费用 184.49 万元，与 2025 持平`.
        Self.expect(three.abroad, "184.49", change: "0")
        Self.expect(three.reception, "10", change: "0")
        Self.expect(three.vehicleOperation, "200.00", change: "-2.48")
        Self.expect(three.vehiclePurchase, "0", change: "0")
        Self.expect(facts.operatingCost, "1815", change: "21.99")
        Self.expect(facts.procurement?.all?.total, "4542.69")
        Self.expect(facts.procurement?.all?.services, "4432.69")
        Self.expect(facts.performanceTargetAmount, "9399.23")
        #expect(facts.assets?.vehicles?.count == 46)
        #expect(facts.assets?.plannedPurchases?.count == 0)
    }

    /// The components of a change: listed after `其中` (`收入比 2025 年增加 2,784.38 万元，其中：一般公共预算财政拨款增加
    /// 2,781.90 万元…；事业收入增加 2.48 万元…`), and across a footnote joined into the paragraph.
    @Test func chongqingMunicipalChangeComponents() throws {
        let office = try NarrativeBlocks.facts("chongqing-municipal-govoffice-2026-budget.pdf")
        #expect(office.income?.change?.components.map(\.signedAmount) == ["2781.90", "2.48"].compactMap(Amount.init))
        let planning = try NarrativeBlocks.facts("chongqing-municipal-planning-resources-2026-budget.pdf")
        let change = try #require(planning.income?.change)
        #expect(change.signedAmount == Amount("-29815.76"))
        #expect(change.components.count == 5)
        #expect(Amount.sum(change.components.map(\.signedAmount)) == Amount("-29815.76"))
    }

    // MARK: - Mutated narratives read as such

    /// The blocks of a file with one piece of text replaced (it must occur).
    static func mutated(_ name: String, _ old: String, _ new: String) throws -> NarrativeFacts {
        var blocks = try NarrativeBlocks.of(name)
        let index = try #require(blocks.firstIndex { $0.text.contains(old) }, "\(old)")
        blocks[index].text = blocks[index].text.replacingOccurrences(of: old, with: new)
        return PDFNarrativeFacts.extract(from: blocks)
    }

    @Test func mutatedAppropriationIsReadAsWritten() throws {
        let facts = try Self.mutated(
            "shanghai-putuo-govoffice-2025-budget.pdf",
            "一般公共预算拨款支出预算9,101.68万元",
            "一般公共预算拨款支出预算0.00万元"
        )
        Self.expect(facts.appropriationExpenditure, "0.00", change: "-2389.52")
    }

    @Test func mutatedThreePublicItemIsReadAsWritten() throws {
        let facts = try Self.mutated(
            "beijing-development-reform-2026-budget.pdf",
            "2026年预算数17.81万元",
            "2026年预算数71.81万元"
        )
        Self.expect(facts.threePublic?.reception, "71.81")
    }

    // MARK: - Narrative-only files: what the sentences state beside the facts

    /// The figures of a narrative that no fact holds, with these words.
    static func others(_ facts: NarrativeFacts, _ label: String) -> [StatedFigure] {
        (facts.otherFigures ?? []).filter { $0.label == label }
    }

    @Test func beijingTwoFiguresOfOneAmountInOneSentence() throws {
        let facts = try NarrativeBlocks.facts("beijing-development-reform-2026-budget.pdf")
        // `（一）本年财政拨款收入92600.3万元` / `1.一般公共预算拨款收入92600.3万元。`, joined into one sentence where the
        // line broke: two figures, the 财政拨款 one (政府性基金 included) not the 一般公共预算 appropriation.
        Self.expect(facts.appropriationIncome, "92600.3")
        Self.expect(Self.others(facts, "本年财政拨款收入").first, "92600.3")
    }

    @Test func jiangsuChangeCutOffByAPageBreak() throws {
        let facts = try NarrativeBlocks.facts("jiangsu-party-office-2019-budget-narrative.pdf")
        // `2．社会保障和就业（类）支出1374.63万元，主要用于…的支出。` (page 5 ends) `与上年相比增加85.11万元，增长6.60%。
        // 主要原因是因增设机构而增加了在职人数，…`
        let figure = Self.others(facts, "社会保障和就业支出").first
        Self.expect(figure, "1374.63", change: "85.11")
        #expect(figure?.change?.reason?.hasPrefix("因增设机构") == true)
    }

    @Test func jiangsuChangeComparedInTheSegmentBefore() throws {
        let facts = try NarrativeBlocks.facts("jiangsu-party-office-2019-budget-narrative.pdf")
        // `江苏省委办公厅2019年财政拨款预算支出27664.22万元，占本年支出合计的100%。与上年相比，财政拨款支出增加
        // 3205.79万元，增长13.11%。`
        Self.expect(Self.others(facts, "江苏省委办公厅2019年财政拨款预算支出").first, "27664.22", change: "3205.79")
        // `收入、支出预算总计27664.22万元，与上年相比收、支预算总计各增加3205.79万元`: a change of both sides at once
        // (explained by the parts after `其中：`) is no change of the 支出预算总计 alone.
        Self.expect(facts.expenditure, "27664.22")
        #expect(facts.expenditure?.change == nil)
    }

    @Test func xianChangeNamesItsFigure() throws {
        let facts = try NarrativeBlocks.facts("xian-development-reform-2019-budget.pdf")
        // `2019 年本部门财政拨款收入 203091.65 万元，…较上年增加 69010.99 万元，…；2019 年本部门财政拨款支出
        // 203091.65 万元、其中一般公共预算拨款支出 203091.65 万元，2019 年本部门财政拨款支出较上年增加 69010.99 万元`
        Self.expect(Self.others(facts, "2019年本部门财政拨款收入").first, "203091.65", change: "69010.99")
        Self.expect(Self.others(facts, "2019年本部门财政拨款支出").first, "203091.65", change: "69010.99")
        Self.expect(facts.appropriationExpenditure, "203091.65")
    }

    @Test func componentsOfAChangeInItsReason() throws {
        // `（5）其他发展与改革事务支出（2010499）195284.3 万元，较上年增加 147303.4 万元，原因为：…，三是新增一个二级
        // 预算单位（公共资源交易中心）专项业务经费增加 300 万元，四是财政预算内基本建设资金增加了 28000 万元等。`
        let xian = try NarrativeBlocks.facts("xian-development-reform-2019-budget.pdf")
        let item = Self.others(xian, "其他发展与改革事务支出").first
        Self.expect(item, "195284.3", change: "147303.4")
        #expect(item?.change?.components.map(\.amount) == [Amount("300")!, Amount("28000")!])
        #expect(item?.change?.components.last?.label == "四是财政预算内基本建设资金")
        // Direction first: `主要原因是增加省人大立法研究所办公用房以及省级老同志阅文室专项经费23.3万元，信息化建设经费增加
        // 35万元，扶贫经费压减10万元。`
        let npc = try NarrativeBlocks.facts("jiangsu-npc-office-2019-budget-narrative.pdf")
        let other = Self.others(npc, "人大事务其他人大事务支出").first
        Self.expect(other, "628.3", change: "48.3")
        #expect(
            other?.change?.components
                == [
                    ComponentChange(
                        label: "省人大立法研究所办公用房以及省级老同志阅文室专项经费",
                        direction: .increase,
                        amount: Amount("23.3")!
                    ),
                    ComponentChange(label: "信息化建设经费", direction: .increase, amount: Amount("35")!),
                ]
        )
    }
}
