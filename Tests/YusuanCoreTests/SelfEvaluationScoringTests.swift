import Foundation
import Testing
import YusuanCore

/// The default scoring of DOMAIN §9 on examples worked by hand, and how a printed 年度指标值 is read.
@Suite("self-evaluation scoring by the default method")
struct SelfEvaluationScoringTests {
    static func indicator(_ target: String, _ achieved: String, weight: Int = 20) -> SelfEvaluationIndicator {
        SelfEvaluationIndicator(
            level1: "产出指标",
            level2: "数量指标",
            name: "指标",
            target: target,
            achieved: achieved,
            weight: Amount(weight),
            score: nil
        )
    }

    static func amount(_ text: String) throws -> Amount { try #require(Amount(text)) }

    @Test("预算执行率: min(10, 10 × 执行数 / 预算数), rounded half up to hundredths")
    func budgetExecution() throws {
        // 114 / 120 = 0.95 → 9.50.
        #expect(SelfEvaluationScoring.budgetExecutionScore(actual: Amount(114), budget: Amount(120)) == Amount("9.50"))
        // 98.765 / 100 → 9.8765 → 9.88 (half up at the third decimal).
        let rounded = SelfEvaluationScoring.budgetExecutionScore(
            actual: try Self.amount("98.765"),
            budget: Amount(100)
        )
        #expect(rounded == Amount("9.88"))
        // Over budget: capped at the weight.
        #expect(SelfEvaluationScoring.budgetExecutionScore(actual: Amount(130), budget: Amount(120)) == Amount("10.00"))
        // No budget: no score.
        #expect(SelfEvaluationScoring.budgetExecutionScore(actual: Amount(1), budget: Amount(0)) == nil)
        // 执行率 in percent: 2 / 3 = 66.666… % → 66.67.
        #expect(SelfEvaluationScoring.executionRate(actual: Amount(2), budget: Amount(3)) == Amount("66.67"))
        #expect(SelfEvaluationScoring.executionRate(actual: Amount(114), budget: Amount(120)) == Amount("95.00"))
    }

    @Test("a quantitative indicator reached scores its weight, else weight × B/A (≥) or A/B (≤)")
    func quantitative() {
        // ≥50台, 52台: reached → 20.
        #expect(SelfEvaluationScoring.score(Self.indicator("≥50台", "52台")) == .exact(Amount("20.00")!, reached: true))
        // ≥99%, 98.01%: 20 × 98.01 / 99 = 19.80.
        #expect(
            SelfEvaluationScoring.score(Self.indicator("≥99%", "98.01%")) == .exact(Amount("19.80")!, reached: false)
        )
        // ≥3个, 2个: 20 × 2 / 3 = 13.333… → 13.33.
        #expect(SelfEvaluationScoring.score(Self.indicator("≥3个", "2个")) == .exact(Amount("13.33")!, reached: false))
        // ≤2小时, 2.5小时: 10 × 2 / 2.5 = 8.00.
        #expect(
            SelfEvaluationScoring.score(Self.indicator("≤2小时", "2.5小时", weight: 10))
                == .exact(Amount("8.00")!, reached: false)
        )
        // ≤90万元, 89.97万元: reached.
        #expect(
            SelfEvaluationScoring.score(Self.indicator("≤90万元", "89.97万元", weight: 8))
                == .exact(Amount("8.00")!, reached: true)
        )
        // =100%, 100%: reached; the unit written 百分比 is the same unit.
        #expect(
            SelfEvaluationScoring.score(Self.indicator("=100百分比", "100%")) == .exact(Amount("20.00")!, reached: true)
        )
        // No operator: higher is better. 80 of 100 → 16.
        #expect(SelfEvaluationScoring.score(Self.indicator("100", "80")) == .exact(Amount("16.00")!, reached: false))
    }

    @Test("a qualitative indicator is scored by band; no score without comparable figures")
    func qualitativeAndUndetermined() {
        #expect(
            SelfEvaluationScoring.score(Self.indicator("效果明显", "达成预期指标", weight: 30))
                == .band(low: Amount("24.00")!, high: Amount("30.00")!)
        )
        #expect(
            SelfEvaluationScoring.score(Self.indicator("效果明显", "部分达成", weight: 10))
                == .band(low: Amount("6.00")!, high: Amount("8.00")!)
        )
        #expect(
            SelfEvaluationScoring.score(Self.indicator("效果明显", "未达成", weight: 10))
                == .band(low: Amount("0.00")!, high: Amount("6.00")!)
        )
        #expect(SelfEvaluationScoring.score(Self.indicator("≥50台", "较多")) == .undetermined(.achievedNotNumeric))
        #expect(SelfEvaluationScoring.score(Self.indicator("≥50台", "52套")) == .undetermined(.unitsDiffer))
        var blank = Self.indicator("≥50台", "52台")
        blank.weight = nil
        #expect(SelfEvaluationScoring.score(blank) == .undetermined(.noWeight))
    }

    @Test("grades: 优 ≥ 90, 良 80 to < 90, 中 60 to < 80, 差 < 60")
    func grades() throws {
        #expect(SelfEvaluationScoring.grade(for: Amount(90)) == .excellent)
        #expect(SelfEvaluationScoring.grade(for: try Self.amount("89.99")) == .good)
        #expect(SelfEvaluationScoring.grade(for: Amount(80)) == .good)
        #expect(SelfEvaluationScoring.grade(for: try Self.amount("79.5")) == .fair)
        #expect(SelfEvaluationScoring.grade(for: Amount(60)) == .fair)
        #expect(SelfEvaluationScoring.grade(for: try Self.amount("59.99")) == .poor)
        #expect(SelfEvaluationGrade(printed: "优秀") == .excellent)
        #expect(SelfEvaluationGrade(printed: "合格") == .fair)
        #expect(SelfEvaluationGrade.isNational("良"))
        #expect(!SelfEvaluationGrade.isNational("良好"))
    }

    @Test("a printed value is read as operator, number and unit, with the operators of the budget tables")
    func valueText() {
        let target = IndicatorValueText("≥50个")
        #expect(target.indicatorOperator == .atLeast)
        #expect(target.value == Amount(50))
        #expect(target.unit == "个")
        let ascii = IndicatorValueText(" <= 2.5 小时 ")
        #expect(ascii.indicatorOperator == .atMost)
        #expect(ascii.value == Amount("2.5"))
        #expect(ascii.unit == "小时")
        let text = IndicatorValueText("效果明显")
        #expect(text.value == nil)
        #expect(text.indicatorOperator == nil)
        #expect(!text.isQuantitative)
        #expect(IndicatorValueText("＝100％").unit == "％")
    }

    @Test("a self-evaluation survives the canonical JSON, compact and pretty, unchanged")
    func canonicalJSON() throws {
        let evaluation = ProjectSelfEvaluation(
            year: 2024,
            projectName: "项目",
            department: "部门",
            implementingUnit: "单位",
            funds: [
                SelfEvaluationFundRow(
                    label: "年度资金总额",
                    initialBudget: Amount("1.00"),
                    fullYearBudget: Amount("2.00"),
                    actual: Amount("1.50"),
                    weight: Amount(10),
                    executionRate: Amount("75.00"),
                    score: Amount("7.50"),
                    line: 3
                )
            ],
            goal: "目标",
            achievement: "完成",
            indicators: [Self.indicator("≥50个", "52个")],
            totalWeight: Amount(30),
            totalScore: Amount("27.50"),
            grade: "优",
            line: 1,
            totalLine: 9,
            gradeLine: 10
        )
        let document = Disclosure(
            identity: DocumentIdentity(departmentCode: nil, departmentName: "部门", year: 2024),
            narrative: Narrative(title: "2024年部门决算", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables(projectSelfEvaluations: [evaluation])
        )
        let pretty = try CanonicalJSON.encode(document)
        #expect(try CanonicalJSON.decode(pretty) == document)
        let compact = CanonicalJSON.encodeCompact(document)
        #expect(try CanonicalJSON.decode(compact) == document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Envelope: Encodable {
            var disclosure: Disclosure
            var format = CanonicalJSON.formatIdentifier
            var schemaVersion = Disclosure.schemaVersion
        }
        #expect(try encoder.encode(Envelope(disclosure: document)) == compact)
        // Lines move with the document.
        let shifted = document.shiftingSourceLines(by: 100)
        let moved = try #require(shifted.tables.projectSelfEvaluations?.first)
        #expect(moved.line == 101 && moved.totalLine == 109 && moved.gradeLine == 110 && moved.funds[0].line == 103)
    }
}
