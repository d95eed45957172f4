import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The narrative warnings on the corpus PDFs that a reading by hand refutes, and the ones it confirms. Each case
/// quotes the document (`pdftotext -layout FILE -`).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct NarrativeWarningCorpusTests {
    static func load(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
    }

    static func findings(_ id: String, _ document: Disclosure) -> [Finding] {
        Validator().validate(document).outcomes.first { $0.ruleID == id }?.findings ?? []
    }

    /// 杭州市气象局: `2026年收入预算5,876.67万元，比上年执行数增加48.92万元，增长0.8%，与上年基本持平。` (and the same
    /// 支出预算) calls the change negligible; `1.因公出国（境）费用：…本部门年初不编制因公出国（境）费用预算…` states the
    /// item; `2026年部门预算安排购置车辆1辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆、其他用车0辆`
    /// buys no vehicle the “三公” 公务用车购置费 pays for.
    @Test func hangzhouMeteorology() throws {
        let document = try Self.load("hangzhou-meteorology-2026-budget.pdf")
        let facts = document.narrative.facts
        #expect(facts.income?.change?.reason == "与上年基本持平")
        #expect(facts.expenditure?.change?.reason == "与上年基本持平")
        #expect(facts.threePublic?.itemsWithoutAmount?.map(\.item) == [.abroad])
        #expect(facts.assets?.plannedPurchases?.count == 1)
        #expect(facts.assets?.plannedGeneralVehicles?.count == 0)
        #expect(facts.assets?.plannedLawEnforcementVehicles?.count == 0)
        // The vehicles held are still those of `本部门共有车辆5辆，其中，一般公务用车0辆、执法执勤用车0辆…`.
        #expect(facts.assets?.vehicles?.count == 5)
        for id in ["N7", "N11", "R3"] {
            #expect(Self.findings(id, document).isEmpty, "\(id): \(Self.findings(id, document).map(\.message.zh))")
        }
    }

    /// 杭州市公安局: the “三公” total's `比上年预算数增加11.97万元` is the 公务用车购置及运行维护费's, which is
    /// `公务用车购置支出…比上年预算数增加37.97万元…主要原因是计划购车数较上年增加` and `公务用车运行维护费支出…比上年
    /// 预算数减少26.00万元，下降0.9%，与上年基本持平`; 公务接待费 is `与上年预算数持平` and 因公出国 is not budgeted. The
    /// 机关运行经费's `增长0.9%，与上年基本持平` is explained too.
    @Test func hangzhouPublicSecurity() throws {
        let document = try Self.load("hangzhou-public-security-2026-budget.pdf")
        let facts = document.narrative.facts
        #expect(facts.threePublic?.vehicleOperation?.change?.reason == "与上年基本持平")
        #expect(facts.operatingCost?.change?.reason == "与上年基本持平")
        #expect(facts.threePublic?.itemsWithoutAmount?.map(\.item) == [.abroad])
        #expect(facts.assets?.plannedLawEnforcementVehicles?.count == 32)
        for id in ["N7", "N11", "R3"] {
            #expect(Self.findings(id, document).isEmpty, "\(id): \(Self.findings(id, document).map(\.message.zh))")
        }
    }

    /// 江苏省人大常委会办公厅 2019: `（1）公务用车购置预算支出0万元，比上年预算增加（减少）0万元。`: no change.
    @Test func jiangsuChangesOfZero() throws {
        let document = try Self.load("jiangsu-npc-office-2019-budget-narrative.pdf")
        #expect(document.narrative.facts.threePublic?.vehiclePurchase?.change?.amount == Amount("0"))
        #expect(Self.findings("N7", document).isEmpty)
    }

    /// The reason in the paragraph after the change: `此项数据变动较大的原因是财政部对“机关运行经费”口径调整…` (人大
    /// 2017) and `主要原因是根据财政部统一规定，2017年“机关运行经费”统计口径发生调整，较上年有较大幅度上升。` (省委办公厅
    /// 2017). One warning stays: `江苏省人大常委会办公厅2017年一般公共预算财政拨款支出预算13649.07万元，与上年相比增加
    /// 844.15万元，增长6.59%。` gives no reason where it is stated (its section 一 explains the whole budget's
    /// `各增加844.15万元`, which the reader does not read as this figure's change).
    @Test func jiangsuReasonsInTheNextParagraph() throws {
        let npc = try Self.load("jiangsu-npc-office-2017-budget.pdf")
        #expect(npc.narrative.facts.operatingCost?.change?.reason?.hasPrefix("财政部对“机关运行经费”口径调整") == true)
        let remaining = Self.findings("N7", npc)
        #expect(remaining.count == 1)
        #expect(remaining.first?.location.sentence?.hasPrefix("江苏省人大常委会办公厅2017年一般公共预算财政拨款支出预算") == true)
        let party = try Self.load("jiangsu-party-office-2017-budget-narrative.pdf")
        #expect(party.narrative.facts.operatingCost?.change?.reason?.hasPrefix("根据财政部统一规定") == true)
        #expect(Self.findings("N7", party).isEmpty)
    }

    /// 西安市发展和改革委员会 2019: `“三公”经费预算18.6万元，…较上年减少24.5万元（43%），减少的主要原因是严格执行…`
    /// gives its reason. Its three percentages are real defects and stay: 24.5 of 43.1 is 57 %, 1.5 of 7.1 is
    /// 21.13 %, 1 of 11 is 9.1 %.
    @Test func xianReasonAndPercentages() throws {
        let document = try Self.load("xian-development-reform-2019-budget.pdf")
        let reason = document.narrative.facts.threePublic?.total?.change?.reason
        #expect(reason?.hasPrefix("严格执行公务接待管理办法") == true)
        #expect(Self.findings("N7", document).isEmpty)
        let percentages = Self.findings("N13", document).map { [$0.actual, $0.expected] }
        #expect(
            percentages == [
                [Amount("43"), Amount("57")], [Amount("1.21"), Amount("21.13")], [Amount("1.1"), Amount("9.1")],
            ]
        )
    }

    /// The Chongqing municipal narratives: `按照我市预算管理要求，结转金额已纳入相应性质的资金收入中进行反映，上述收入包括
    /// 2025年结转…的资金。` — their 一般公共预算财政拨款收入 (重庆市人民政府办公厅 18,417.70) is 表四's 一般公共预算资金
    /// (17,552.65) plus its 上年结转 一般公共预算拨款 (865.06); `（二）支出预算：2026年年初预算数…` states the
    /// expenditure; `部门预算公开联系人：金梦宇 联系电话：023—89016090` is the contact.
    @Test(arguments: [
        "chongqing-municipal-govoffice-2026-budget.pdf", "chongqing-municipal-planning-resources-2026-budget.pdf",
        "chongqing-municipal-water-2026-budget.pdf", "chongqing-municipal-commerce-2026-budget.pdf",
    ])
    func chongqingMunicipal(_ name: String) throws {
        let document = try Self.load(name)
        #expect(document.narrative.facts.carryOverStatement != nil)
        #expect(document.narrative.facts.expenditure != nil)
        #expect(Self.findings("N3", document).filter { $0.severity != .info }.isEmpty)
        #expect(Self.findings("R2", document).isEmpty, "\(Self.findings("R2", document).map(\.message.zh))")
    }

    @Test func chongqingIncomeWithCarryOverIsComparedWithBothLines() throws {
        let document = try Self.load("chongqing-municipal-govoffice-2026-budget.pdf")
        let findings = Self.findings("N3", document)
        // 17,552.65 + 865.06 = 18,417.71 against the narrative's 18,417.70: rounding.
        #expect(findings.count == 1)
        #expect(findings.first?.isRounding == true)
        #expect(findings.first?.expected == Amount("18417.71"))
    }
}
