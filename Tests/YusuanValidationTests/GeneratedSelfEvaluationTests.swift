import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanRender

@testable import YusuanGenerator
@testable import YusuanValidation

/// The 项目支出绩效自评表 of generated 部门决算: one per project of the year's budget, with the budget's indicators and
/// targets and scores computed by the default method, so that P7 and P8 (given the budget) pass, F11's narrative
/// figures are the tables', and a changed 得分 or 年度指标值 is reported.
struct GeneratedSelfEvaluationTests {
    static func imported(_ text: String, name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: Data(text.utf8), fileName: name)
    }

    static func budgetText(seed: UInt64, index: Int) -> String {
        var generator = DisclosureGenerator(seed: seed)
        return PublishedTextRenderer.render(generator.makeDisclosure(index: index))
    }

    static func finalText(seed: UInt64, index: Int) -> String {
        PublishedTextRenderer.render(DisclosureGenerator.finalAccount(seed: seed, index: index))
    }

    /// The imported budget and 决算 of document `index` of `seed`.
    static func pair(seed: UInt64, index: Int) throws -> (budget: Disclosure, final: Disclosure) {
        (
            try imported(budgetText(seed: seed, index: index), name: "budget.txt"),
            try imported(finalText(seed: seed, index: index), name: "final.txt")
        )
    }

    /// The 决算 text validated with its budget.
    static func report(_ finalText: String, seed: UInt64, index: Int) throws -> ValidationReport {
        let budget = try imported(budgetText(seed: seed, index: index), name: "budget.txt")
        return Validator().validate(try imported(finalText, name: "final.txt"), budget: budget)
    }

    /// Before, every generated project came out 优 or 良: a reader of the demo or a test of the lower grades had none.
    @Test func generatedProjectsSpanEveryGradeAndExplainTheirShortfalls() throws {
        var grades: [String: Int] = [:]
        for index in 1...40 {
            for evaluation in DisclosureGenerator.finalAccount(seed: 1, index: index).tables.projectSelfEvaluations
                ?? []
            {
                let grade = try #require(evaluation.grade)
                grades[grade, default: 0] += 1
                let total = try #require(evaluation.totalScore)
                if total.compare(Amount(80)) == .orderedAscending {
                    // A project below 良 misses a target, and says why.
                    #expect(evaluation.indicators.contains { !$0.deviationReason.isEmpty }, "\(evaluation.projectName)")
                }
            }
        }
        for grade in SelfEvaluationGrade.allCases {
            #expect(grades[grade.rawValue, default: 0] > 0, "no generated project graded \(grade.rawValue): \(grades)")
        }
        // Most projects still reach 优 or 良.
        let high = grades["优", default: 0] + grades["良", default: 0]
        #expect(high * 2 > grades.values.reduce(0, +))
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func selfEvaluationsAreTheBudgetsProjects(seed: UInt64) throws {
        for index in 1...14 {
            let (budget, final) = try Self.pair(seed: seed, index: index)
            let projects = budget.tables.projectPerformance
            let evaluations = try #require(final.tables.projectSelfEvaluations)
            #expect(evaluations.count == projects.count)
            #expect(!evaluations.isEmpty)
            for (project, evaluation) in zip(projects, evaluations) {
                #expect(evaluation.projectName == project.name)
                #expect(evaluation.year == final.identity.year)
                let funds = try #require(evaluation.totalFunds)
                let initial = try #require(funds.initialBudget)
                #expect(initial.isNumericallyEqual(to: try #require(project.budget)))
                #expect(evaluation.indicators.count == project.indicators.count)
                for planned in project.indicators {
                    let evaluated = try #require(evaluation.indicators.first { $0.name == planned.name })
                    #expect(evaluated.target == planned.operatorSymbol + planned.value + planned.unit)
                    #expect(evaluated.weight == planned.weight)
                    #expect(IndicatorCategory(label: evaluated.level1) != nil)
                    #expect(!evaluated.level2.isEmpty)
                }
                let total = try #require(evaluation.totalScore)
                #expect(evaluation.grade == SelfEvaluationScoring.grade(for: total).rawValue)
                #expect(evaluation.totalWeight.map { $0.isNumericallyEqual(to: Amount(100)) } == true)
            }
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func selfEvaluationsValidateWithoutErrorOrWarning(seed: UInt64) throws {
        let validator = Validator()
        for index in 1...28 {
            let (budget, final) = try Self.pair(seed: seed, index: index)
            let report = validator.validate(final, budget: budget)
            let reported = report.findings.filter { $0.severity == .error || $0.severity == .warning }
            #expect(reported.isEmpty, "\(index): \(reported.map { "\($0.ruleID) \($0.message.zh)" })")
            for rule in ["P7", "P8", "F11"] {
                let outcome = report.outcomes.first { $0.ruleID == rule }
                #expect(outcome?.status == .passed, "\(index) \(rule): \(outcome?.reason?.zh ?? "")")
            }
        }
    }

    /// The narrative's 绩效自评 figures are the tables': the number of projects, their average 总分 and the grades.
    @Test func performanceStatementStatesTheTables() throws {
        for index in 1...14 {
            let final = try Self.imported(Self.finalText(seed: 6, index: index), name: "final.txt")
            let evaluations = try #require(final.tables.projectSelfEvaluations)
            let statement = try #require(final.narrative.facts.finalAccount?.performance)
            #expect(statement.selfEvaluation?.projects == evaluations.count)
            let totals = evaluations.compactMap(\.totalScore)
            let sum = try #require(Amount.sum(totals))
            let cents = try #require(sum.rescaled(to: 2)).minorUnits
            let count = Int64(totals.count)
            let average = Amount(minorUnits: (cents * 2 + count) / (2 * count), scale: 2)
            #expect(statement.averageScore.map { $0.isNumericallyEqual(to: average) } == true)
            let grades = totals.map { SelfEvaluationScoring.grade(for: $0) }
            #expect(statement.excellent == grades.filter { $0 == .excellent }.count)
            #expect(statement.good == grades.filter { $0 == .good }.count)
            #expect(statement.pass == grades.filter { $0 == .fair }.count)
            #expect(statement.fail == grades.filter { $0 == .poor }.count)
        }
    }

    /// Most targets are reached and most budgets spent at 85–100 %, but not all: a missed target has its reason.
    @Test func someTargetsAreMissedWithAReason() throws {
        var indicators: [SelfEvaluationIndicator] = []
        var rates: [Amount] = []
        for index in 1...28 {
            let final = try Self.imported(Self.finalText(seed: 7, index: index), name: "final.txt")
            for evaluation in final.tables.projectSelfEvaluations ?? [] {
                indicators += evaluation.indicators
                rates += evaluation.totalFunds?.executionRate.map { [$0] } ?? []
            }
        }
        var missed = 0
        for indicator in indicators {
            guard case .exact(_, let reached) = SelfEvaluationScoring.score(indicator) else {
                Issue.record("\(indicator.name): no exact score")
                continue
            }
            #expect(reached == indicator.deviationReason.isEmpty, "\(indicator.name) \(indicator.achieved)")
            if !reached { missed += 1 }
        }
        #expect(missed > 0)
        #expect(missed * 4 < indicators.count)
        let usual = rates.filter {
            $0.compare(Amount(85)) != .orderedAscending && $0.compare(Amount(100)) != .orderedDescending
        }
        #expect(usual.count * 10 >= rates.count * 7)
        #expect(usual.count < rates.count)
    }

    /// The line index of the first indicator row of the first self-evaluation.
    static func firstIndicatorLine(in lines: [String]) throws -> Int {
        let header = try #require(lines.firstIndex { $0.hasPrefix("绩效指标\t一级指标") })
        return header + 1
    }

    @Test func changedScoreIsAP7Error() throws {
        let original = Self.finalText(seed: 5, index: 3)
        #expect(try Self.report(original, seed: 5, index: 3).findings.filter { $0.severity == .error }.isEmpty)
        var lines = original.components(separatedBy: "\n")
        let index = try Self.firstIndicatorLine(in: lines)
        var cells = lines[index].components(separatedBy: "\t")
        let score = try #require(Amount(cells[7]))
        cells[7] = (score - Amount(minorUnits: 100, scale: 2)).formatted(groupingThousands: false)
        lines[index] = cells.joined(separator: "\t")
        let report = try Self.report(lines.joined(separator: "\n"), seed: 5, index: 3)
        let errors = report.findings.filter { $0.severity == .error }
        // 总分 no longer adds up.
        #expect(errors.contains { $0.ruleID == "P7" && $0.location.column == "得分" })
        #expect(errors.allSatisfy { $0.ruleID == "P7" })
    }

    @Test func changedTargetIsAP8Warning() throws {
        let original = Self.finalText(seed: 5, index: 3)
        var lines = original.components(separatedBy: "\n")
        let index = try Self.firstIndicatorLine(in: lines)
        var cells = lines[index].components(separatedBy: "\t")
        let target = IndicatorValueText(cells[4])
        let value = try #require(target.value)
        cells[4] = (target.indicatorOperator?.rawValue ?? "") + (value + Amount(1)).plainText + target.unit
        lines[index] = cells.joined(separator: "\t")
        let report = try Self.report(lines.joined(separator: "\n"), seed: 5, index: 3)
        let changed = report.findings.filter { $0.ruleID == "P8" }
        #expect(changed.count == 1)
        #expect(changed.first?.severity == .warning)
        #expect(changed.first?.location.line == index + 1)
        #expect(report.findings.filter { $0.severity == .error }.isEmpty)
    }

    @Test func sameSeedWritesSameSelfEvaluations() {
        let first = Self.finalText(seed: 11, index: 9)
        #expect(first.contains("项目支出绩效自评表"))
        #expect(first == Self.finalText(seed: 11, index: 9))
    }
}
