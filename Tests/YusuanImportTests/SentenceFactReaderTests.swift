import Testing
import YusuanCore

@testable import YusuanImport

/// The pieces of the sentence-level reader of every family's narrative, on sentences written as the families
/// write them.
struct SentenceFactReaderTests {
    static func facts(_ paragraphs: String...) -> NarrativeFacts {
        SentenceFactReader.facts(from: paragraphs.map { NarrativeBlock(kind: .paragraph, text: $0, line: 1) })
    }

    @Test(arguments: [
        ("比2024年预算减少2,389.52万元", ChangeDirection.decrease, "2389.52", Int?(2024)),
        ("比上年执行数增加48.92万元", .increase, "48.92", nil),
        ("较2025年年初预算减少247.70万元", .decrease, "247.70", 2025),
        ("比2025年年初预算数99024.2万元减少1172.69万元", .decrease, "1172.69", 2025),
        ("与上年相比减少了1237.7万元", .decrease, "1237.7", nil),
        ("比 2023 年增加 19.32 万元", .increase, "19.32", 2023),
        ("比2025年财政拨款“三公”经费年初预算减少36.72万元", .decrease, "36.72", 2025),
    ])
    func changePhrases(_ text: String, _ direction: ChangeDirection, _ amount: String, _ year: Int?) throws {
        let (prefix, change) = try #require(ChangePhrase.generalChange(in: text))
        #expect(prefix.isEmpty)
        #expect(change.direction == direction)
        #expect(change.amount == Amount(amount))
        #expect(change.comparedYear == year)
    }

    @Test(arguments: ["与2025年预算数持平", "与上年基本持平", "与上年预算数相同", "与 2025 持平", "与上年保持一致"])
    func unchangedPhrases(_ text: String) throws {
        #expect(try #require(ChangePhrase.generalChange(in: text)).change.direction == .unchanged)
    }

    /// `与` compares only with `相比`; a reason's `较去年有所增加` is read as a change only where no reason is open.
    @Test func comparisonsThatAreNoChangeOfAFigure() {
        #expect(ChangePhrase.generalChange(in: "与上年增加5万元") == nil)
        #expect(ChangePhrase.generalChange(in: "与上年相比收") == nil)
        let facts = Self.facts("一般公共预算财政拨款收入100万元，比2025年增加10万元，主要原因是在职人员较去年有所增加。")
        #expect(facts.appropriationIncome?.change?.amount == Amount("10"))
        #expect(facts.appropriationIncome?.change?.reason == "在职人员较去年有所增加")
    }

    @Test func clausesKeepBracketedAsidesTogether() {
        let clauses = NarrativeClauses.clauses(
            of: "公务用车购置及运行维护费2.5万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费2.5万元。）比上年减少1万元；公务接待费2.3万元。"
        )
        #expect(clauses.count == 2)
        #expect(clauses[0].scan == "公务用车购置及运行维护费2.5万元比上年减少1万元")
        #expect(clauses[0].endsSentence == false)
        #expect(clauses[1].endsSentence)
        // A half-width comma splits a clause unless it separates thousands; page numbers caught in a line go.
        let segments = NarrativeClauses.segments(of: NarrativeClauses.removingAsides("预算数174,900.64万元,其中:一般公共-3-预算"))
        #expect(segments.map(\.text) == ["预算数174,900.64万元", "其中", "一般公共预算"])
    }

    @Test(arguments: [
        ("收入预算", FigureKind.income), ("部门预算收入", .income), ("本年支出预算合计", .expenditure),
        ("一般公共预算拨款支出预算", .appropriationExpenditure), ("一般公共预算拨款收入", .appropriationIncome),
        ("一般公共预算财政拨款基本支出预算", .basicExpenditure(ofGeneralBudget: true)),
        ("公务用车购置和运行维护费", .vehicles), ("公务车用车运行费", .vehicleOperation), ("因公出国费用", .abroad),
        ("2026年财政拨款“三公”经费预算", .threePublicTotal), ("政府采购预算总额", .procurementTotal),
        ("纳入2026年部门预算的政府采购项目共有", .procurementTotal), ("一般公共预算拨款政府采购", .procurementOfGeneralBudget),
        ("机关运行经费财政拨款预算", .operatingCost),
    ])
    func kindsOfSubjects(_ subject: String, _ kind: FigureKind) {
        #expect(FigureKind(subject: subject, context: FigureKind.Context()) == kind)
    }

    /// Words that could be two facts, or are no budget figure, classify as nothing.
    @Test(arguments: [
        "收入、支出预算总计", "收支总预算", "财政拨款支出预算", "“三公”经费及会议费、培训费预算支出共", "市本级政府采购业务费",
        "面向中小企业预留政府采购项目预算金额", "2025年当年预算执行数为", "政府性基金预算拨款收入", "一般公共预算当年拨款",
    ])
    func ambiguousSubjects(_ subject: String) {
        #expect(FigureKind(subject: subject, context: FigureKind.Context()) == nil)
    }

    @Test func aFinalAccountsBudgetFigureIsNotItsFigure() {
        var context = FigureKind.Context()
        context.isFinalAccount = true
        #expect(FigureKind(subject: "一般公共预算财政拨款支出年初预算为", context: context) == nil)
        #expect(FigureKind(subject: "一般公共预算财政拨款支出", context: context) == .appropriationExpenditure)
    }

    @Test func partsThatCannotBeAddedUpAreLeftOut() {
        // Nested parts.
        let nested = Self.facts("收入预算100万元，其中：财政拨款收入80万元，其中：一般公共预算拨款70万元；事业收入20万元。")
        #expect(nested.income?.amount == Amount("100"))
        #expect(nested.income?.parts.isEmpty == true)
        // A list announced at the end of a paragraph that goes on beyond the next one.
        let continued = SentenceFactReader.facts(from: [
            NarrativeBlock(kind: .paragraph, text: "（二）支出预算总计100万元。包括：", line: 1),
            NarrativeBlock(kind: .paragraph, text: "1．公共安全（类）支出60万元。", line: 2),
            NarrativeBlock(kind: .paragraph, text: "2．住房保障（类）支出40万元。", line: 3),
        ])
        #expect(continued.expenditure?.amount == Amount("100"))
        #expect(continued.expenditure?.parts.isEmpty == true)
        // Parts of another kind than sources are not kept.
        let mixed = Self.facts("支出预算100万元，其中：财政拨款支出预算100万元。")
        #expect(mixed.expenditure?.parts.isEmpty == true)
    }

    /// Chongqing municipal: `（二）支出预算：2026 年年初预算数 186549.30 万元。` names the figure by a segment whose
    /// words are all generic ones (支出预算), which still name the fact.
    @Test func aSegmentNamedOnlyByGenericWordsStillNamesTheFigure() {
        let facts = Self.facts(
            "（一）收入预算：2026年年初预算数186549.30万元，其中：一般公共预算财政拨款128148.56万元。",
            "（二）支出预算：2026年年初预算数186549.30万元。按支出功能分类，包括一般公共服务支出59.56万元。"
        )
        #expect(facts.income?.amount == Amount("186549.30"))
        #expect(facts.expenditure?.amount == Amount("186549.30"))
        #expect(facts.expenditure?.sentence.text.hasPrefix("（二）支出预算") == true)
    }

    /// `主要原因是工会经费人均定额增加1000元` names no component of a change in 万元.
    @Test func componentsAreInTheFiguresUnit() {
        let facts = Self.facts("机关运行经费预算支出1642.08万元，与上年相比增加62.7万元。主要原因是工会经费人均定额增加1000元，人员经费增加60万元。")
        #expect(facts.operatingCost?.change?.components.map(\.signedAmount) == [Amount(60)])
    }

    @Test func aChangeWithoutItsReasonTakesTheReasonOfTheNextParagraph() {
        let facts = SentenceFactReader.facts(from: [
            NarrativeBlock(kind: .paragraph, text: "一般公共预算拨款支出预算90万元，比2024年预算减少10万元。", line: 1),
            NarrativeBlock(kind: .paragraph, text: "主要原因是项目调整。", line: 2),
        ])
        #expect(facts.appropriationExpenditure?.change?.reason == "项目调整")
    }

    @Test func vehiclesAsEveryFamilyCountsThem() {
        var assets = AssetFacts()
        FamilyAssetReader.read(
            "截至2022年12月31日，本部门固定资产3149.52万元，其中：车辆7辆（一般公务用车3辆，执法执勤用车4辆，其他用车0辆）。2023年部门预算安排购置车辆1辆。",
            line: 1,
            into: &assets
        )
        #expect(assets.asOfYear == 2022)
        #expect(assets.asOfMonth == 12)
        #expect(assets.vehicles?.count == 7)
        #expect(assets.generalVehicles?.count == 3)
        #expect(assets.lawEnforcementVehicles?.count == 4)
        #expect(assets.plannedPurchases?.count == 1)
        var beijing = AssetFacts()
        FamilyAssetReader.read("截至2025年底，北京市某局共有车辆56台，单位价值100万元以上的设备10台（套）。", line: 1, into: &beijing)
        #expect(beijing.vehicles?.count == 56)
        #expect(beijing.asOfMonth == nil)
    }

    // MARK: - Reasons N7 reads

    /// `与上年基本持平` after an increase calls it negligible: those words are its explanation. 持平 alone stays a
    /// change of none.
    @Test func aChangeCalledNegligibleIsExplainedByThoseWords() throws {
        let facts = Self.facts(
            "（二）收入预算情况说明（详见表1-3）2026年收入预算5,876.67万元，比上年执行数增加48.92万元，增长0.8%，与上年基本持平。",
            "2.公务接待费：2026年安排公务接待费预算6.02万元，与上年预算数持平，主要用于接待国家、各省及本省各地区气象部门等支出。"
        )
        let change = try #require(facts.income?.change)
        #expect(change.direction == .increase)
        #expect(change.amount == Amount("48.92"))
        #expect(change.reason == "与上年基本持平")
        #expect(facts.threePublic?.reception?.change?.direction == .unchanged)
        #expect(facts.threePublic?.reception?.change?.reason == nil)
        // 持平 said of another figure than the one that changed is no explanation of the change.
        let other = Self.facts("支出预算100万元，比上年增加10万元；政府性基金预算支出与上年持平。")
        #expect(other.expenditure?.change?.reason == nil)
    }

    /// `减少的主要原因是…` after a bracketed percentage: the reason of the decrease.
    @Test func aReasonThatNamesTheDirectionFirst() {
        let facts = Self.facts(
            "1、“三公”经费预算18.6万元，按照财政预算定额标准编报，较上年减少24.5万元（43%），减少的主要原因是严格执行公务接待管理办法，对公务接待费预算进行了控制和压缩；公务接待费8.6万元，较上年增加1.5万元（1.21%），主要原因工作任务增加。"
        )
        #expect(facts.threePublic?.total?.change?.reason?.hasPrefix("严格执行公务接待管理办法") == true)
        #expect(facts.threePublic?.reception?.change?.reason == "工作任务增加")
        #expect(ClauseFigures.dropReasonPrefix("增减变化的原因是人员增加") == "人员增加")
        #expect(ClauseFigures.dropReasonPrefix("增加基本支出844.15万元") == nil)
    }

    /// A paragraph of its own that gives the reason of the change just stated, also when its words state a change
    /// (`较上年有较大幅度上升`) or name the size of the change before `原因是`.
    @Test func aReasonParagraphAfterTheChange() {
        let rising = SentenceFactReader.facts(from: [
            NarrativeBlock(
                kind: .paragraph,
                text: "2017年本部门一般公共预算机关运行经费预算支出10101.76万元，比上年增加7952.30万元，增长369.97%。",
                line: 1
            ),
            NarrativeBlock(
                kind: .paragraph,
                text: "主要原因是根据财政部统一规定，2017年“机关运行经费”统计口径发生调整，较上年有较大幅度上升。",
                line: 2
            ),
        ])
        #expect(rising.operatingCost?.change?.reason?.hasPrefix("根据财政部统一规定") == true)
        let large = SentenceFactReader.facts(from: [
            NarrativeBlock(kind: .heading, text: "十、一般公共预算机关运行经费支出预算表情况说明", line: 1),
            NarrativeBlock(
                kind: .paragraph,
                text: "2017年本部门一般公共预算机关运行经费预算支出5619.31万元，比2016年增加4032.99万元，增加254.23%。",
                line: 2
            ),
            NarrativeBlock(
                kind: .paragraph,
                text: "此项数据变动较大的原因是财政部对“机关运行经费”口径调整，将专项中包含的运行经费统计在这张表中。",
                line: 3
            ),
        ])
        #expect(large.operatingCost?.change?.reason?.hasPrefix("财政部对“机关运行经费”口径调整") == true)
    }

    // MARK: - Vehicles to buy and “三公” items without an amount

    /// The kinds counted after the vehicles to buy are those bought, not those held.
    @Test func theKindsOfVehiclesToBuy() {
        var assets = AssetFacts()
        let text =
            "2026年部门预算安排购置车辆1辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆、其他用车0辆。"
            + "截至2025年12月31日，本部门共有车辆5辆，其中，一般公务用车2辆、执法执勤用车1辆、特种专业技术用车2辆。"
        FamilyAssetReader.read(text, line: 1, into: &assets)
        #expect(assets.plannedPurchases?.count == 1)
        #expect(assets.plannedGeneralVehicles?.count == 0)
        #expect(assets.plannedLawEnforcementVehicles?.count == 0)
        #expect(assets.vehicles?.count == 5)
        #expect(assets.generalVehicles?.count == 2)
        #expect(assets.lawEnforcementVehicles?.count == 1)
    }

    /// `1.因公出国（境）费用：…本部门年初不编制因公出国（境）费用预算…`: the item is spoken of without an amount. A
    /// title followed by its amount, or a definition, is not.
    @Test func aThreePublicItemSpokenOfWithoutAnAmount() throws {
        let facts = Self.facts(
            "2026年“三公”经费预算数为24.02万元，与上年预算数持平。具体如下：",
            "1.因公出国（境）费用：根据市本级因公出国（境）费用预算管理模式，本部门年初不编制因公出国（境）费用预算，年度执行中，根据实际工作需要相应调增因公出国（境）费用预算。",
            "2.公务接待费：2026年安排公务接待费预算6.02万元，与上年预算数持平。"
        )
        let items = try #require(facts.threePublic?.itemsWithoutAmount)
        #expect(items.map(\.item) == [.abroad])
        #expect(items.first?.sentence.text.hasPrefix("1.因公出国（境）费用：") == true)
        #expect(facts.threePublic?.abroad == nil)
        let definition = Self.facts("因公出国（境）费：指单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。")
        #expect(definition.threePublic == nil)
    }
}
