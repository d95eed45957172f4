import Testing
import YusuanCore
import YusuanTestSupport

@testable import YusuanValidation

/// P7 (each self-evaluation adds up, scored by the default method) and P8 (its indicators against the budget's
/// 项目绩效目标表 of the same year).
@Suite("P7 and P8: the 项目支出绩效自评表")
struct SelfEvaluationRuleTests {
    /// The 2024 seed as a 决算 with the hand-worked sample self-evaluation.
    static func finalAccount(_ change: (inout ProjectSelfEvaluation) -> Void = { _ in }) throws -> Disclosure {
        var evaluation = SelfEvaluationSample.table()
        change(&evaluation)
        return try Seeds.year2024.with { document in
            document.identity.kind = .finalAccount
            document.tables.projectSelfEvaluations = [evaluation]
        }
    }

    static func findings(_ id: String, _ document: Disclosure) -> [Finding] {
        Check.outcome(id, document)?.findings.filter { !$0.isRounding } ?? []
    }

    @Test("P7 passes on a table whose figures follow the default method, and does not apply without one")
    func p7PassesOnCorrectTable() throws {
        let outcome = try #require(Check.outcome("P7", try Self.finalAccount()))
        #expect(outcome.status == .passed, "\(outcome.findings.map(\.message.zh))")
        #expect(outcome.findings.isEmpty)
        #expect(Check.outcome("P7", try Seeds.year2024)?.status == .notApplicable)
    }

    @Test("P7: a changed 执行率 is an error at the fund row")
    func p7ChangedRate() throws {
        let document = try Self.finalAccount { $0.funds[0].executionRate = Amount("96.00") }
        let findings = Self.findings("P7", document)
        let error = try #require(findings.first { $0.severity == .error })
        #expect(error.location.row == "年度资金总额")
        #expect(error.location.column == "执行率")
        #expect(error.message.zh.contains("95.00%"))
        #expect(error.location.caption == "项目支出绩效自评表（信息系统运行维护）")
        // A rate printed to fewer decimals is its rounding, not an error.
        let rounded = try Self.finalAccount {
            $0.funds[0].executionRate = Amount("95")
            $0.funds[1].executionRate = Amount("95.0")
        }
        #expect(Check.outcome("P7", rounded)?.status == .passed)
    }

    @Test("P7: a rate printed as a fraction, or a 分值 total with the 预算执行率's 分值 left blank, is no error")
    func p7ReadsOnlyWhatIsCertain() throws {
        let fraction = try Self.finalAccount { $0.funds[0].executionRate = Amount("0.95") }
        #expect(Check.outcome("P7", fraction)?.status == .passed)
        let implicitWeight = try Self.finalAccount { $0.funds[0].weight = nil }
        // 100 against 90 printed weights: not checked, the 10 of the 预算执行率 is implicit.
        #expect(!Self.findings("P7", implicitWeight).contains { $0.location.column == "分值" })
        // With every weight printed, a 分值 total that does not add up is an error.
        let wrongWeights = try Self.finalAccount { $0.totalWeight = Amount(90) }
        #expect(Self.findings("P7", wrongWeights).contains { $0.location.column == "分值" && $0.severity == .error })
    }

    @Test("P7: a rate over the initial budget is a warning (a province's method), not an error")
    func p7RateOverInitialBudget() throws {
        // 114 / 100 = 114.00 %: the 年初预算数, not the 全年预算数.
        let document = try Self.finalAccount { $0.funds[1].executionRate = Amount("114.00") }
        let findings = Self.findings("P7", document)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.zh.contains("年初预算数") == true)
    }

    @Test("P7: a changed 得分 makes the 总分 an error and the score a warning against the default method")
    func p7ChangedScore() throws {
        let document = try Self.finalAccount { $0.indicators[1].score = Amount("15.00") }
        let findings = Self.findings("P7", document)
        let total = try #require(findings.first { $0.location.row == "总分" })
        #expect(total.severity == .error)
        #expect(total.expected == Amount("90.50"))
        #expect(total.actual == Amount("95.30"))
        let scored = try #require(findings.first { $0.location.row == "系统可用率" })
        #expect(scored.severity == .warning)
        #expect(scored.expected == Amount("19.80"))
        #expect(scored.message.zh.contains("本省办法"))
    }

    @Test("P7: a changed 总分 is an error, and so is a grade that does not follow from it")
    func p7ChangedTotalAndGrade() throws {
        let document = try Self.finalAccount { $0.totalScore = Amount("85.30") }
        let findings = Self.findings("P7", document)
        #expect(findings.contains { $0.location.row == "总分" && $0.severity == .error })
        // 85.30 is 良, the table prints 优.
        let grade = try #require(findings.first { $0.location.row == "自评等级" })
        #expect(grade.severity == .error)
        // A province's own grade word is a warning only.
        let provincial = try Self.finalAccount { $0.grade = "良好" }
        #expect(Self.findings("P7", provincial).map(\.severity) == [.warning])
        // A total within the rows' rounding is no error: 95.3 printed for 95.30.
        let rounded = try Self.finalAccount { $0.totalScore = Amount("95.3") }
        #expect(Check.outcome("P7", rounded)?.status == .passed)
    }

    @Test("P7: a 得分 above its 分值 is an error; a 预算执行率 得分 off the default method a warning")
    func p7ScoreBeyondWeight() throws {
        let over = try Self.finalAccount {
            $0.indicators[0].score = Amount(25)
            $0.totalScore = Amount("100.30")
        }
        let findings = Self.findings("P7", over)
        #expect(findings.contains { $0.location.row == "运维设备数量" && $0.severity == .error })
        let execution = try Self.finalAccount {
            // 10.00, not 10: a score printed whole may be 9.50 rounded.
            $0.funds[0].score = Amount("10.00")
            $0.totalScore = Amount("95.80")
        }
        let warnings = Self.findings("P7", execution)
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.expected == Amount("9.50"))
    }

    /// The seed's first 项目绩效目标表 turned into a self-evaluation with the same indicators and targets.
    static func matchingEvaluation(of budget: Disclosure) throws -> ProjectSelfEvaluation {
        let project = try #require(budget.tables.projectPerformance.first)
        var evaluation = SelfEvaluationSample.table(project: project.name)
        evaluation.indicators = project.indicators.map { planned in
            SelfEvaluationIndicator(
                level1: "产出指标",
                level2: "数量指标",
                name: planned.name,
                target: planned.operatorSymbol + planned.value + planned.unit,
                achieved: planned.value + planned.unit,
                weight: planned.weight,
                score: planned.weight
            )
        }
        return evaluation
    }

    static func p8(_ evaluation: ProjectSelfEvaluation, budget: Disclosure?) throws -> RuleOutcome {
        let document = try Seeds.year2024.with { document in
            document.identity.kind = .finalAccount
            document.tables.projectSelfEvaluations = [evaluation]
        }
        let report = Validator(catalogue: RuleCatalogue.standard.only(["P8"])).validate(document, budget: budget)
        return try #require(report.outcome(of: "P8"))
    }

    @Test("P8 passes when the targets are the budget's and lacks data without the budget")
    func p8PassesAndNeedsBudget() throws {
        let budget = try Seeds.year2024
        let evaluation = try Self.matchingEvaluation(of: budget)
        let outcome = try Self.p8(evaluation, budget: budget)
        #expect(outcome.status == .passed, "\(outcome.findings.map(\.message.zh))")
        let alone = try Self.p8(evaluation, budget: nil)
        #expect(alone.status == .insufficientData)
        #expect(alone.reason?.zh.contains("预算") == true)
        // A project name printed with its code (`51000021R000000019951-工资性支出`) is the same project.
        var coded = evaluation
        coded.projectName = "51000021R000000019951-" + evaluation.projectName
        let codedOutcome = try Self.p8(coded, budget: budget)
        #expect(codedOutcome.status == .passed && codedOutcome.findings.isEmpty)
        let otherYear = try Self.p8(evaluation, budget: try Seeds.year2025)
        #expect(otherYear.status == .insufficientData)
    }

    @Test("P8: a target changed since the budget is a warning at the indicator, with the budget's as related")
    func p8ChangedTarget() throws {
        let budget = try Seeds.year2024
        var evaluation = try Self.matchingEvaluation(of: budget)
        let planned = try #require(budget.tables.projectPerformance.first?.indicators.first { $0.numericValue != nil })
        let index = try #require(evaluation.indicators.firstIndex { $0.name == planned.name })
        let value = try #require(planned.numericValue)
        evaluation.indicators[index].target = planned.operatorSymbol + (value + Amount(1)).plainText + planned.unit
        evaluation.indicators[index].line = 77
        let outcome = try Self.p8(evaluation, budget: budget)
        #expect(outcome.status == .failed)
        let finding = try #require(outcome.findings.first)
        #expect(outcome.findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.location.row == planned.name)
        #expect(finding.location.column == "年度指标值")
        #expect(finding.location.line == 77)
        #expect(finding.related?.table == .projectPerformance)
        #expect(finding.related?.line == planned.line)
        // The same value printed without its operator and unit is the same target.
        evaluation.indicators[index].target = planned.value
        #expect(try Self.p8(evaluation, budget: budget).status == .passed)
    }

    @Test("P8: an indicator dropped from the self-evaluation is a warning; an unknown project an info finding")
    func p8DroppedIndicatorAndUnknownProject() throws {
        let budget = try Seeds.year2024
        var evaluation = try Self.matchingEvaluation(of: budget)
        let dropped = evaluation.indicators.removeLast()
        let outcome = try Self.p8(evaluation, budget: budget)
        let finding = try #require(outcome.findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.row == dropped.name)
        #expect(finding.message.zh.contains("未出现在"))
        let unknown = try Self.p8(SelfEvaluationSample.table(project: "预算中没有的项目"), budget: budget)
        #expect(unknown.status == .passed)
        #expect(unknown.findings.map(\.severity) == [.info])
    }
}
