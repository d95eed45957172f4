import Testing
import YusuanCore

@testable import YusuanValidation

/// The narrative rules on what a reader by hand finds explained or consistent: a change of 0, a change called
/// negligible, a total explained by its items, a special vehicle bought outside the “三公”, an item not budgeted at
/// the start of the year, an income that holds the carried-over money.
struct NarrativeWarningTests {
    static func sentence(_ text: String) -> Sentence { Sentence(text: text, line: 1) }

    static func figure(
        _ label: String,
        _ amount: String,
        _ direction: ChangeDirection? = nil,
        by change: String? = nil,
        reason: String? = nil
    ) -> StatedFigure {
        StatedFigure(
            label: label,
            amount: Check.amount(amount),
            change: direction.map {
                StatedChange(
                    direction: $0,
                    amount: change.map(Check.amount),
                    comparedWith: "上年",
                    comparedYear: nil,
                    reason: reason
                )
            },
            sentence: sentence(label)
        )
    }

    static func document(_ facts: NarrativeFacts, threePublic table: ThreePublicAmounts? = nil) -> Disclosure {
        Disclosure(
            identity: DocumentIdentity(departmentCode: "999", departmentName: "测试部门", year: 2026),
            narrative: Narrative(title: "2026年部门预算情况说明", blocks: [], facts: facts),
            tables: DisclosureTables(
                threePublicExpenditure: table.map {
                    ThreePublicTable(
                        header: TableHeader(caption: "表七", title: "2026年一般公共预算“三公”经费支出表"),
                        yearLabel: "2026年",
                        amounts: $0
                    )
                }
            )
        )
    }

    static func findings(_ id: String, _ facts: NarrativeFacts, threePublic table: ThreePublicAmounts? = nil)
        -> [Finding]
    {
        Check.outcome(id, document(facts, threePublic: table))?.findings ?? []
    }

    // MARK: - N7

    /// `公务用车购置预算支出0万元，比上年预算增加（减少）0万元`: a change of 0 is no change.
    @Test func aChangeOfZeroNeedsNoReason() {
        var facts = NarrativeFacts()
        facts.operatingCost = Self.figure("机关运行经费", "100", .increase, by: "0")
        #expect(Self.findings("N7", facts).isEmpty)
        facts.operatingCost = Self.figure("机关运行经费", "100", .increase, by: "0.01")
        #expect(Self.findings("N7", facts).count == 1)
    }

    /// The “三公” total whose change is the sum of its items' changes, each explained (公务用车购置及运行费 by its
    /// purchase and operation), needs no reason of its own; an item not stated adds nothing.
    @Test func aThreePublicTotalExplainedByItsItems() {
        var three = ThreePublicFacts(
            total: Self.figure("“三公”经费", "4112.82", .increase, by: "11.97"),
            reception: Self.figure("公务接待费", "100.93", .unchanged),
            vehicleOperation: Self.figure("公务用车运行维护费", "2987.20", .decrease, by: "26.00", reason: "与上年基本持平"),
            vehiclePurchase: Self.figure("公务用车购置费", "1024.69", .increase, by: "37.97", reason: "计划购车数较上年增加"),
            vehicles: Self.figure("公务用车购置及运行维护费", "4011.89", .increase, by: "11.97")
        )
        var facts = NarrativeFacts()
        facts.threePublic = three
        #expect(Self.findings("N7", facts).isEmpty)
        // Items whose changes do not add up to the total's leave it unexplained.
        three.vehiclePurchase = Self.figure("公务用车购置费", "1024.69", .increase, by: "30.00", reason: "计划购车数较上年增加")
        facts.threePublic = three
        let findings = Self.findings("N7", facts)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.actual == Check.amount("11.97") })
        // An item that changed without a reason leaves both unexplained.
        three.vehiclePurchase = Self.figure("公务用车购置费", "1024.69", .increase, by: "37.97")
        facts.threePublic = three
        #expect(Self.findings("N7", facts).count == 3)
    }

    /// The same figure stated twice with the same change (收入 and 支出 of a balanced budget) is explained once.
    @Test func aChangeExplainedWhereTheSameFigureIsStatedAgain() {
        var facts = NarrativeFacts()
        facts.income = Self.figure("收入预算", "5876.67", .increase, by: "48.92", reason: "人员增加")
        facts.expenditure = Self.figure("支出预算", "5876.67", .increase, by: "48.92")
        #expect(Self.findings("N7", facts).isEmpty)
        facts.expenditure = Self.figure("支出预算", "5876.67", .increase, by: "48.93")
        #expect(Self.findings("N7", facts).count == 1)
    }

    // MARK: - N11

    /// `购置车辆1辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆`: no 公务用车 is bought from the “三公”
    /// 公务用车购置费, so a table without it is right; one 一般公务用车 to buy without it is not.
    @Test func specialVehiclesAreNotBoughtFromTheThreePublicPurchase() {
        let table = ThreePublicAmounts(
            total: Check.amount("24.02"),
            abroad: nil,
            vehicleSubtotal: Check.amount("18.00"),
            vehiclePurchase: nil,
            vehicleOperation: Check.amount("18.00"),
            reception: Check.amount("6.02")
        )
        var facts = NarrativeFacts()
        let purchaseSentence = Self.sentence("2026年部门预算安排购置车辆1辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆")
        var assets = AssetFacts(
            plannedPurchases: StatedCount(label: "购置车辆", count: 1, sentence: purchaseSentence),
            plannedGeneralVehicles: StatedCount(label: "一般公务用车", count: 0, sentence: purchaseSentence),
            plannedLawEnforcementVehicles: StatedCount(label: "执法执勤用车", count: 0, sentence: purchaseSentence)
        )
        facts.assets = assets
        #expect(Self.findings("N11", facts, threePublic: table).isEmpty)
        assets.plannedGeneralVehicles?.count = 1
        facts.assets = assets
        let findings = Self.findings("N11", facts, threePublic: table)
        #expect(findings.count == 1)
        #expect(findings.first?.message.zh == "情况说明称计划购置公务用车 1 辆，表四未安排公务用车购置费，请核对。")
        // Without the breakdown every vehicle to buy counts, as before.
        assets.plannedGeneralVehicles = nil
        assets.plannedLawEnforcementVehicles = nil
        facts.assets = assets
        #expect(
            Self.findings("N11", facts, threePublic: table).map(\.message.zh) == [
                "情况说明称计划购置车辆 1 辆，表四未安排公务用车购置费，请核对。"
            ]
        )
    }

    // MARK: - R3

    /// `因公出国（境）费用：…本部门年初不编制因公出国（境）费用预算…` with the table's cell blank: the item is stated.
    /// A table that budgets it still needs its amount in the narrative.
    @Test func anItemNotBudgetedIsStatedWithoutAnAmount() {
        var table = ThreePublicAmounts(
            total: Check.amount("24.02"),
            abroad: nil,
            vehicleSubtotal: Check.amount("18.00"),
            vehiclePurchase: Check.amount("0.00"),
            vehicleOperation: Check.amount("18.00"),
            reception: Check.amount("6.02")
        )
        var three = ThreePublicFacts(
            total: Self.figure("“三公”经费", "24.02", .unchanged),
            reception: Self.figure("公务接待费", "6.02", .unchanged),
            vehicles: Self.figure("公务用车购置及运行维护费", "18.00", .unchanged)
        )
        var facts = NarrativeFacts()
        facts.threePublic = three
        #expect(Self.findings("R3", facts, threePublic: table).count == 1)
        three.itemsWithoutAmount = [
            ThreePublicItemStatement(item: .abroad, sentence: Self.sentence("1.因公出国（境）费用：…本部门年初不编制因公出国（境）费用预算"))
        ]
        facts.threePublic = three
        #expect(Self.findings("R3", facts, threePublic: table).isEmpty)
        table.abroad = Check.amount("0.00")
        #expect(Self.findings("R3", facts, threePublic: table).isEmpty)
        table.abroad = Check.amount("5.00")
        #expect(Self.findings("R3", facts, threePublic: table).count == 1)
    }

    // MARK: - N3

    /// `结转金额已纳入相应性质的资金收入中进行反映`: the narrative's 一般公共预算 income is 表一's income plus its
    /// carried-over 一般公共预算拨款.
    @Test func anIncomeThatHoldsTheCarriedOverMoney() throws {
        let seed = try Seeds.year2025
        #expect(seed.narrative.facts.carryOverStatement != nil)
        #expect(Check.outcome("N3", seed)?.status == .passed)
        func carryingOver(_ current: String, _ carried: String) -> Disclosure {
            seed.with { document in
                guard var table = document.tables.financialSummary else { return }
                let income = table.lines.firstIndex { $0.incomeLabel == "一般公共预算资金" }
                let carriedOver = table.lines.firstIndex { $0.incomeLabel == "一般公共预算拨款" }
                if let income { table.lines[income].incomeAmount = Check.amount(current) }
                if let carriedOver { table.lines[carriedOver].incomeAmount = Check.amount(carried) }
                document.tables.financialSummary = table
            }
        }
        // 2700.00 + 129.73 = 2829.73, the narrative's income.
        let split = carryingOver("2700.00", "129.73")
        #expect(Check.outcome("N3", split)?.status == .passed)
        #expect(Check.worst("N3", split) == nil)
        // A sum that is not the narrative's income is still an error, and so is the split without the statement.
        #expect(Check.worst("N3", carryingOver("2700.00", "120.00")) == .error)
        var silent = split
        silent.narrative.facts.carryOverStatement = nil
        #expect(Check.worst("N3", silent) == .error)
    }

    // MARK: - R2

    /// `部门预算公开联系人：金梦宇联系电话：023—89016090…` run into the text after it is the contact.
    @Test func aContactInAParagraphIsTheContact() {
        var facts = NarrativeFacts()
        facts.operatingCost = Self.figure("机关运行经费", "1815")
        var document = Self.document(facts)
        document.narrative.blocks = [
            NarrativeBlock(kind: .paragraph, text: "（一）机关运行经费。2026年一般公共预算财政拨款运行经费1,815万元。", line: 2)
        ]
        func lacksContact() -> Bool {
            let outcome = Check.outcome("R2", document)
            #expect(outcome?.status != .insufficientData)
            return (outcome?.findings ?? []).contains { $0.message.zh.contains("联系人及联系方式") }
        }
        #expect(lacksContact())
        document.narrative.blocks.append(
            NarrativeBlock(kind: .paragraph, text: "部门预算公开联系人：金梦宇联系电话：023—89016090贯彻落实党中央和国务院的决策部署", line: 3)
        )
        #expect(!lacksContact())
    }
}
