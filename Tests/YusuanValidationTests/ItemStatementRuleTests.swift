import Testing
import YusuanCore

@testable import YusuanValidation

/// N17–N20 on constructed per-项 statements (the figures are those of real statements of the corpus).
@Suite struct ItemStatementRuleTests {
    static func statement(
        code: String = "2040601",
        section: String = "司法",
        item: String = "行政运行",
        x: String?,
        prior: String? = nil,
        y: String? = nil,
        direction: ChangeDirection? = nil,
        percent: String? = nil,
        change: String? = nil,
        text: String = "分项说明。"
    ) -> ItemStatement {
        ItemStatement(
            code: code,
            className: "公共安全支出",
            sectionName: section,
            itemName: item,
            amount: x.flatMap(Amount.init),
            priorYear: 2025,
            priorAmount: prior.flatMap(Amount.init),
            priorLabel: prior == nil ? nil : "当年预算执行数",
            budgetAmount: y.flatMap(Amount.init),
            direction: direction,
            statedPercent: percent.flatMap(Amount.init),
            statedChange: change.flatMap(Amount.init),
            sentence: Sentence(text: text, line: 100),
            priorLine: prior == nil ? nil : 101,
            budgetLine: y == nil ? nil : 102
        )
    }

    static func row(_ code: String, _ name: String, _ total: Amount?) -> FunctionRow {
        FunctionRow(code: code, name: name, amounts: ExpenditureSplit(total: total, basic: nil, project: nil))
    }

    /// A Shanghai-like document: the narrative in 万元, the function table in 元.
    static func document(
        _ statements: [ItemStatement]?,
        rows: [FunctionRow]? = [Self.row("2210201", "住房公积金", Amount("2087959.00"))],
        departmentTable: Bool = false
    ) -> Disclosure {
        var facts = NarrativeFacts()
        facts.itemStatements = statements
        let table = rows.map {
            FunctionExpenditureTable(
                header: TableHeader(caption: nil, title: "一般公共预算支出功能分类预算表", unitLine: "单位：元", unit: .yuan),
                totalRow: nil,
                rows: $0
            )
        }
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: "测试局",
                year: 2026,
                unit: .yuan,
                profile: .shanghaiDistrictBudget
            ),
            narrative: Narrative(title: "2026年部门预算", blocks: [], facts: facts),
            tables: departmentTable
                ? DisclosureTables(departmentExpenditure: table) : DisclosureTables(generalBudgetExpenditure: table)
        )
    }

    static func findings(_ id: String, _ statements: [ItemStatement], rows: [FunctionRow]? = nil) -> [Finding] {
        let built = rows.map { document(statements, rows: $0) } ?? document(statements)
        return Check.outcome(id, built)?.findings ?? []
    }

    static let housingFund = statement(
        code: "2210201",
        section: "住房改革支出",
        item: "住房公积金",
        x: "208.8",
        prior: "198.34",
        y: "201.50",
        direction: .increase,
        percent: "5.27"
    )

    // MARK: N17

    @Test("N17: 208.8 then 201.50 is an error at the second figure, and the table says which one is right")
    func amountStatedTwiceDiffers() throws {
        let findings = Self.findings("N17", [Self.housingFund])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.location.line == 102)
        #expect(finding.actual == Amount("201.50"))
        #expect(finding.expected == Amount("208.8"))
        #expect(finding.message.zh.contains("208.8万元"))
        #expect(finding.message.zh.contains("201.50万元"))
        #expect(finding.message.zh.contains("与前一处一致"))
        #expect(finding.message.en.contains("as the first figure"))
    }

    @Test("N17: the same figure written with another precision agrees; within the coarser rounding it is info")
    func amountStatedTwiceAgrees() {
        #expect(Self.findings("N17", [Self.statement(x: "686", y: "686.00")]).isEmpty)
        let rounding = Self.findings("N17", [Self.statement(x: "57.8", y: "57.83")])
        #expect(rounding.count == 1)
        #expect(rounding.first?.severity == .info)
        #expect(rounding.first?.isRounding == true)
        #expect(Self.findings("N17", [Self.statement(x: "57.8", y: "57.86")]).first?.severity == .error)
    }

    @Test(
        "N17–N20: a narrative without per-项 statements is insufficient data",
        arguments: ["N17", "N18", "N19", "N20"]
    )
    func noStatements(_ id: String) {
        #expect(Check.outcome(id, Self.document(nil))?.status == .insufficientData)
        #expect(Check.outcome(id, Self.document([]))?.status == .insufficientData)
    }

    // MARK: N18

    @Test("N18: 208.8 万元 against 2,087,959.00 元 agrees (±0.05); 208.9 and 208.81 do not")
    func amountMatchesTableInYuan() throws {
        #expect(Check.outcome("N18", Self.document([Self.housingFund]))?.status == .passed)
        var wrong = Self.housingFund
        wrong.amount = Amount("208.9")
        let finding = try #require(Self.findings("N18", [wrong]).first)
        #expect(finding.severity == .error)
        #expect(finding.expected == Amount("208.795900"))
        #expect(finding.related?.row == "2210201")
        #expect(finding.message.zh.contains("2087959.00元"))
        #expect(finding.message.zh.contains("208.795900万元"))
        wrong.amount = Amount("208.81")
        #expect(Self.findings("N18", [wrong]).count == 1)
        wrong.amount = Amount("208.80")
        #expect(Self.findings("N18", [wrong]).isEmpty)
    }

    @Test("N18: without a code the 项 is found by its name under the 款 of the same name")
    func amountMatchesTableByNames() throws {
        let rows = [
            Self.row("20129", "群众团体事务", Amount(454_100)),
            Self.row("2012902", "一般行政管理事务", Amount(454_100)),
            Self.row("20132", "组织事务", Amount(656_900)),
            Self.row("2013202", "一般行政管理事务", Amount(656_900)),
        ]
        let groups = Self.statement(code: "", section: "群众团体事务", item: "一般行政管理事务", x: "45.41")
        let organisation = Self.statement(code: "", section: "组织事务", item: "一般行政管理事务", x: "65.69")
        #expect(Self.findings("N18", [groups, organisation], rows: rows).isEmpty)
        var wrong = organisation
        wrong.amount = Amount("45.41")
        let finding = try #require(Self.findings("N18", [wrong], rows: rows).first)
        #expect(finding.related?.row == "2013202")
        // A name the table does not have under that 款 is not guessed.
        let unknown = Self.statement(code: "", section: "宣传事务", item: "一般行政管理事务", x: "1.00")
        #expect(Check.outcome("N18", Self.document([unknown], rows: rows))?.status == .insufficientData)
    }

    @Test("N18: a code the table does not have is a warning; no table is insufficient data")
    func missingRowAndTable() {
        let missing = Self.findings("N18", [Self.statement(x: "1672.67")])
        #expect(missing.count == 1)
        #expect(missing.first?.severity == .warning)
        #expect(Check.outcome("N18", Self.document([Self.housingFund], rows: nil))?.status == .insufficientData)
    }

    @Test("N18: against the 部门支出 table only a statement larger than the 项 is an error")
    func departmentTable() {
        let rows = [Self.row("2210201", "住房公积金", Amount(2_500_000))]
        let smaller = Self.document([Self.housingFund], rows: rows, departmentTable: true)
        #expect(Check.outcome("N18", smaller)?.status == .passed)
        var larger = Self.housingFund
        larger.amount = Amount("260.00")
        let outcome = Check.outcome("N18", Self.document([larger], rows: rows, departmentTable: true))
        #expect(outcome?.findings.map(\.severity) == [.error])
    }

    // MARK: N19

    /// 江苏省委办公厅 2017: `行政运行…6106.99万元，比上年增加101.48万元，增长1.66%` — 1.66% is 101.48 / 6,106.99;
    /// against last year's 6,005.51 it is 1.69%. The message says which base was taken.
    @Test func aPercentageTakenOnThisYearsAmountSaysSo() throws {
        let withoutPrior = Self.statement(x: "6106.99", direction: .increase, percent: "1.66", change: "101.48")
        let finding = try #require(Self.findings("N19", [withoutPrior]).first)
        #expect(finding.expected == Amount("1.69"))
        #expect(finding.message.zh.contains("所写 1.66% 是增减额除以本年数所得"))
        #expect(finding.message.en.contains("divided by this year's amount"))
        // With last year's figure stated: 200 → 250 is +25%, and 20.00% is 50 / 250.
        let withPrior = Self.statement(x: "250", prior: "200", direction: .increase, percent: "20.00")
        let againstPrior = try #require(Self.findings("N19", [withPrior]).first)
        #expect(againstPrior.expected == Amount("25.00"))
        #expect(againstPrior.message.zh.contains("所写 20.00% 是增减额除以本年数所得"))
        // A percentage wrong in another way gets no such hint.
        let other = Self.statement(x: "91.97", prior: "77.99", y: "91.97", direction: .increase, percent: "17.66")
        let otherFinding = try #require(Self.findings("N19", [other]).first)
        #expect(!otherFinding.message.zh.contains("本年数所得"))
    }

    @Test("N19: 77.99 → 91.97 is +17.93%, not the stated +17.66%")
    func percentContradicts() throws {
        let pension = Self.statement(x: "91.97", prior: "77.99", y: "91.97", direction: .increase, percent: "17.66")
        let finding = try #require(Self.findings("N19", [pension]).first)
        #expect(finding.severity == .error)
        #expect(finding.expected == Amount("17.93"))
        #expect(finding.actual == Amount("17.66"))
        #expect(finding.location.line == 102)
        #expect(finding.message.zh.contains("17.93%"))
        // The right percentage passes, and N20 finds no slip in 77.99.
        var right = pension
        right.statedPercent = Amount("17.93")
        #expect(Self.findings("N19", [right]).isEmpty)
        #expect(Self.findings("N20", [pension]).isEmpty)
    }

    @Test(
        "N19: the interval of (Y − P) / P over the printed figures: 0.50 → 0.62 spans 21.78%–26.26%",
        arguments: [
            ("22.22", true), ("24.00", true), ("26.26", true), ("26.30", false), ("21.70", false), ("24", true),
            ("28", false),
        ]
    )
    func roundingInterval(_ percent: String, _ holds: Bool) {
        let statement = Self.statement(x: "0.62", prior: "0.50", y: "0.62", direction: .increase, percent: percent)
        #expect(Self.findings("N19", [statement]).filter { $0.severity == .error }.isEmpty == holds)
    }

    @Test("N19: a direction word against the sign, 持平 against different figures, a change amount against Y − P")
    func directionAndAmount() throws {
        let wrongWay = Self.statement(x: "90.00", prior: "100.00", y: "90.00", direction: .increase, percent: "10.00")
        let finding = try #require(Self.findings("N19", [wrongWay]).first)
        #expect(finding.message.zh.contains("方向相反"))
        let unchanged = Self.statement(x: "16.00", prior: "15.00", y: "16.00", direction: .unchanged)
        #expect(Self.findings("N19", [unchanged]).first?.severity == .error)
        var roughly = unchanged
        roughly.sentence.text = "比上年增加1.00万元，与上年基本持平。"
        #expect(Self.findings("N19", [roughly]).isEmpty)
        let flat = Self.statement(x: "15.00", prior: "15.00", y: "15.00", direction: .unchanged)
        #expect(Self.findings("N19", [flat]).isEmpty)
        let amount = Self.statement(x: "110.00", prior: "100.00", y: "110.00", direction: .increase, change: "10.00")
        #expect(Self.findings("N19", [amount]).isEmpty)
        var wrongAmount = amount
        wrongAmount.statedChange = Amount("12.00")
        #expect(Self.findings("N19", [wrongAmount]).first?.severity == .error)
        let decrease = Self.statement(x: "90.00", prior: "100.00", y: "90.00", direction: .increase)
        #expect(Self.findings("N19", [decrease]).first?.severity == .error)
    }

    @Test("N19: without P, Z against D / (Y ∓ D); a percentage cut instead of rounded is info")
    func changeOfAmount() {
        let cut = Self.statement(x: "2354.4", y: nil, direction: .decrease, percent: "35.77", change: "1311.6")
        let findings = Self.findings("N19", [cut])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.expected == Amount("35.78"))
        var rounded = cut
        rounded.statedPercent = Amount("35.78")
        #expect(Self.findings("N19", [rounded]).isEmpty)
        let housing = Self.statement(x: "1442.74", direction: .increase, percent: "34.38", change: "368.97")
        #expect(Self.findings("N19", [housing]).map(\.severity) == [.error])
    }

    @Test("N19: when X and Y differ Z may follow from either; from neither, and against the sign, is an error")
    func twoAmounts() throws {
        #expect(Self.findings("N19", [Self.housingFund]).isEmpty)
        let purchase = Self.statement(
            code: "2210203",
            item: "购房补贴",
            x: "207",
            prior: "241.76",
            y: "170.03",
            direction: .increase,
            percent: "21.74"
        )
        let finding = try #require(Self.findings("N19", [purchase]).first)
        #expect(finding.expected == Amount("-29.67"))
        #expect(finding.message.zh.contains("增减方向也相反"))
        #expect(finding.message.zh.contains("按前一处 207万元 计算为 -14.38%"))
    }

    @Test("N19: a prior figure of 0 (a new 项, 增加100%) is not checked")
    func newItem() {
        let new = Self.statement(x: "60.13", prior: "0", y: "60.13", direction: .increase, percent: "100.00")
        #expect(Check.outcome("N19", Self.document([new]))?.status == .insufficientData)
    }

    // MARK: N20

    @Test("N20: 43269.3 with +17.62% to 3845.49 is a mistyped 3269.3, reported at the prior figure, not by N19")
    func mistypedPrior() throws {
        let other = Self.statement(
            code: "2040699",
            item: "其他司法支出",
            x: "3845.49",
            prior: "43269.3",
            y: "3845.49",
            direction: .increase,
            percent: "17.62"
        )
        let finding = try #require(Self.findings("N20", [other]).first)
        #expect(finding.severity == .error)
        #expect(finding.location.line == 101)
        #expect(finding.expected == Amount("3269.3"))
        #expect(finding.actual == Amount("43269.3"))
        #expect(finding.message.zh.contains("3269.4"))
        #expect(finding.message.zh.contains("43269.3万元"))
        #expect(Self.findings("N19", [other]).isEmpty)
        // Two swapped digits and one wrong digit are slips too.
        var swapped = other
        swapped.priorAmount = Amount("3296.3")
        #expect(Self.findings("N20", [swapped]).first?.expected == Amount("3269.3"))
        var wrongDigit = other
        wrongDigit.priorAmount = Amount("3869.3")
        #expect(Self.findings("N20", [wrongDigit]).first?.expected == Amount("3269.3"))
    }

    @Test("the slips of a figure: a digit less, one digit changed, two neighbours swapped; never a leading zero")
    func slips() {
        let candidates = PriorFigureTypos.candidates(of: Check.amount("43269.3"))
        #expect(candidates.contains(Check.amount("3269.3")))
        #expect(candidates.contains(Check.amount("34269.3")))
        #expect(candidates.contains(Check.amount("43269.8")))
        #expect(candidates.contains(Check.amount("43269")))
        #expect(!candidates.contains { $0.plainText.hasPrefix("0") })
        #expect(!candidates.contains { $0.isNumericallyEqual(to: Check.amount("43269.3")) })
    }
}
